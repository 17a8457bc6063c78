import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/engine/spawn.ts
import { spawn } from "node:child_process";
var RunError = class extends Error {
  constructor(result) {
    const why = result.code ? `could not start (${result.code})` : result.timedOut ? "timed out" : result.signal ? `was killed by ${result.signal}` : `failed with exit code ${String(result.exitCode)}`;
    super(`Command ${why}: ${result.command}${result.stderr ? `
${result.stderr}` : ""}`);
    this.result = result;
  }
  result;
};
var withoutFinalNewline = (text) => text.replace(/\r?\n$/, "");
function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    let startError;
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    const timer = options.timeout === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
    }, options.timeout);
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (error) => startError = error);
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      const result = {
        command: [file, ...args].join(" "),
        stdout: withoutFinalNewline(Buffer.concat(stdout).toString()),
        stderr: withoutFinalNewline(Buffer.concat(stderr).toString()),
        exitCode: startError ? void 0 : exitCode ?? void 0,
        signal: signal ?? void 0,
        code: startError?.code,
        timedOut,
        failed: startError !== void 0 || timedOut || exitCode !== 0
      };
      if (result.failed && options.reject !== false) reject(new RunError(result));
      else resolve(result);
    });
  });
}

// src/engine/python.ts
import { accessSync, constants, existsSync } from "node:fs";
import { delimiter, join } from "node:path";
var REQUIREMENTS = [
  ["flask", "Flask"],
  ["werkzeug", "Werkzeug"],
  ["flask_login", "Flask-Login"],
  ["flask_sqlalchemy", "Flask-SQLAlchemy"],
  ["flask_wtf", "Flask-WTF"],
  ["email_validator", "email-validator"]
];
var DEBIAN_PACKAGES = "python3-flask python3-flask-login python3-flask-sqlalchemy python3-flaskext.wtf python3-email-validator";
var APT_FIX = `sudo apt-get install -y ${DEBIAN_PACKAGES}`;
var IMPORT_PROBE = `
import importlib, importlib.metadata as md, json, sys
packages = {}
for module, dist in ${JSON.stringify(REQUIREMENTS)}:
    try:
        importlib.import_module(module)
        packages[dist] = md.version(dist)
    except Exception:
        packages[dist] = None
print(json.dumps({"executable": sys.executable, "version": sys.version.split()[0],
                  "inVenv": sys.prefix != sys.base_prefix, "packages": packages}))
`;
var FIND_PROBE = `
import importlib.util, json, os, re, sys
def key(name):
    return re.sub(r"[-_.]+", "_", name).lower()
versions = {}
for entry in sys.path:
    try:
        names = os.listdir(entry or ".")
    except OSError:
        continue
    for name in names:
        found = re.match(r"(.+?)-([^-]+?)(?:-py[0-9.]+)?\\.(?:dist|egg)-info$", name)
        if found:
            versions.setdefault(key(found.group(1)), found.group(2))
packages = {}
for module, dist in ${JSON.stringify(REQUIREMENTS)}:
    try:
        installed = importlib.util.find_spec(module) is not None
    except Exception:
        installed = False
    version = versions.get(key(dist)) if installed else None
    if installed and version is None:
        try:
            import importlib.metadata as md
            version = md.version(dist)
        except Exception:
            version = "0"
    packages[dist] = version
print(json.dumps({"executable": sys.executable, "version": sys.version.split()[0],
                  "inVenv": sys.prefix != sys.base_prefix, "packages": packages}))
`;
var probes = /* @__PURE__ */ new Map();
function probePython(python, depth = "import") {
  const key = `${depth}\0${python}`;
  let probe = probes.get(key);
  if (!probe) {
    probe = runProbe(python, depth === "import" ? IMPORT_PROBE : FIND_PROBE);
    probes.set(key, probe);
  }
  return probe;
}
async function runProbe(python, script) {
  try {
    const { stdout } = await run(python, ["-c", script], { timeout: 2e4 });
    return JSON.parse(stdout.trim().split("\n").pop() ?? "");
  } catch {
    return void 0;
  }
}
function missingPackages(probe) {
  return Object.entries(probe.packages).filter(([, version]) => version === null).map(([name]) => name);
}
function major(version) {
  return Number.parseInt(version ?? "0", 10);
}
function compareVersions(a, b) {
  const left = a.split(".").map((part) => Number.parseInt(part, 10) || 0);
  const right = b.split(".").map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
function brokenMixes(probe) {
  const { packages } = probe;
  if (major(packages["Werkzeug"]) < 3) return [];
  const problems = [];
  const login = packages["Flask-Login"];
  if (login && compareVersions(login, "0.6.3") < 0)
    problems.push(`Flask-Login ${login} breaks on Werkzeug ${packages["Werkzeug"]}: pip install "Flask-Login>=0.6.3"`);
  const wtf = packages["Flask-WTF"];
  if (wtf && compareVersions(wtf, "1.1.2") < 0)
    problems.push(`Flask-WTF ${wtf} breaks on Werkzeug ${packages["Werkzeug"]}: pip install "Flask-WTF>=1.1.2"`);
  return problems;
}
function isReady(probe) {
  return missingPackages(probe).length === 0 && brokenMixes(probe).length === 0;
}
function venvPython(venvDir) {
  return process.platform === "win32" ? join(venvDir, "Scripts", "python.exe") : join(venvDir, "bin", "python");
}
function folderOnPath(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return dir;
    } catch {
    }
  }
  return void 0;
}
function systemPythonCandidates() {
  if (process.platform === "win32") return ["python", "py"];
  const python3 = folderOnPath("python3");
  const names = python3 !== void 0 && python3 === folderOnPath("python") ? ["python3"] : ["python3", "python"];
  return [...names, ...["/usr/bin/python3", "/usr/local/bin/python3"].filter((path) => existsSync(path))];
}
async function findReadyPython(candidates, depth = "import") {
  const answers = candidates.map((candidate) => probePython(candidate, depth));
  const seen = /* @__PURE__ */ new Set();
  for (const answer of answers) {
    const probe = await answer;
    if (!probe || seen.has(probe.executable)) continue;
    seen.add(probe.executable);
    if (isReady(probe)) return probe;
  }
  return void 0;
}

export {
  RunError,
  run,
  REQUIREMENTS,
  APT_FIX,
  probePython,
  missingPackages,
  compareVersions,
  brokenMixes,
  isReady,
  venvPython,
  systemPythonCandidates,
  findReadyPython
};
