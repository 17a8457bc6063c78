import { accessSync, constants, existsSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { run } from '../shared/spawn.js';
import { sandboxFor } from './sandbox.js';
import { scratchFolder, spawnWithFilter } from './serve-process.js';

const pythonText = catalog({
  en: { breaksOn: (what: string, werkzeug: string, fix: string) => `${what} breaks on Werkzeug ${werkzeug}: pip install ${fix}` },
  // doctor splits a finding at ": pip install " ("：pip install " in Chinese) into the problem and its fix: keep that separator.
  'zh-CN': { breaksOn: (what, werkzeug, fix) => `${what} 在 Werkzeug ${werkzeug} 上无法工作：pip install ${fix}` },
});

/** What the five lessons import, as [module, distribution name]. */
export const REQUIREMENTS: ReadonlyArray<readonly [string, string]> = [
  ['flask', 'Flask'],
  ['werkzeug', 'Werkzeug'],
  ['flask_login', 'Flask-Login'],
  ['flask_sqlalchemy', 'Flask-SQLAlchemy'],
  ['flask_wtf', 'Flask-WTF'],
  ['email_validator', 'email-validator'],
];

export interface PythonProbe {
  executable: string;
  version: string;
  inVenv: boolean;
  /** Distribution name -> version, or null where the module does not import. */
  packages: Record<string, string | null>;
}

// One Python run answers everything we need to know about an interpreter.
// "import" imports each requirement (seconds: Flask, SQLAlchemy and friends load for real),
// which catches a package that is installed but broken; doctor wants that.
const IMPORT_PROBE = `
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

// "find" only asks where each requirement is installed and reads its version from the
// name of its metadata folder: tens of milliseconds. A package that is installed but
// broken shows later, with its traceback, when the app imports it.
const FIND_PROBE = `
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

/** How hard a probe looks: "import" each requirement (slow, thorough) or "find" where it is installed (fast). */
export type ProbeDepth = 'import' | 'find';

const probes = new Map<string, Promise<PythonProbe | undefined>>();

/** What an interpreter is and has; undefined when it does not run. Asked once per process for each interpreter and depth. */
export function probePython(python: string, depth: ProbeDepth = 'import'): Promise<PythonProbe | undefined> {
  const key = `${depth}\0${python}`;
  let probe = probes.get(key);
  if (!probe) {
    probe = runProbe(python, depth === 'import' ? IMPORT_PROBE : FIND_PROBE);
    probes.set(key, probe);
  }
  return probe;
}

/**
 * Run a Python for a probe inside the sandbox the app would run in (where there is one): the
 * Python may be the one a project's state file names, and that is the project's word, so it
 * never runs on the host. One the sandbox cannot run is refused as one that does not run.
 */
async function runConfined(python: string, args: string[]): Promise<string> {
  const staging = scratchFolder('probe');
  // Also when the command exits while the probe still runs (it only looked ahead).
  const remove = () => rmSync(staging, { recursive: true, force: true });
  process.once('exit', remove);
  try {
    const sandbox = sandboxFor({ projectDir: staging, staging, python });
    if (sandbox.kind !== 'bwrap') return (await run(python, args, { timeout: 20_000 })).stdout;
    const command = sandbox.command(args, staging);
    const child = spawnWithFilter(command.seccomp, command.file, command.args, { cwd: staging, env: sandbox.environment({}) });
    child.stdin!.end();
    child.stderr!.resume();
    let stdout = '';
    child.stdout!.on('data', (data: Buffer) => void (stdout.length < 1 << 20 && (stdout += data.toString())));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => {
      child.on('error', () => resolve(-1));
      child.on('close', (exit) => resolve(exit));
    });
    clearTimeout(timer);
    if (code !== 0) throw new Error(`${python} exited with ${code}`);
    return stdout;
  } finally {
    process.removeListener('exit', remove);
    remove();
  }
}

async function runProbe(python: string, script: string): Promise<PythonProbe | undefined> {
  try {
    const stdout = await runConfined(python, ['-c', script]);
    return JSON.parse(stdout.trim().split('\n').pop() ?? '') as PythonProbe;
  } catch {
    return undefined;
  }
}

export function missingPackages(probe: PythonProbe): string[] {
  return Object.entries(probe.packages)
    .filter(([, version]) => version === null)
    .map(([name]) => name);
}

function major(version: string | null | undefined): number {
  return Number.parseInt(version ?? '0', 10);
}

/** Compare dotted versions numerically: -1, 0 or 1. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const right = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Known-broken combinations, each as one sentence with its fix. */
export function brokenMixes(probe: PythonProbe): string[] {
  const { packages } = probe;
  if (major(packages.Werkzeug) < 3) return [];
  const problems: string[] = [];
  const login = packages['Flask-Login'];
  if (login && compareVersions(login, '0.6.3') < 0)
    problems.push(pythonText().breaksOn(`Flask-Login ${login}`, String(packages.Werkzeug), '"Flask-Login>=0.6.3"'));
  const wtf = packages['Flask-WTF'];
  if (wtf && compareVersions(wtf, '1.1.2') < 0)
    problems.push(pythonText().breaksOn(`Flask-WTF ${wtf}`, String(packages.Werkzeug), '"Flask-WTF>=1.1.2"'));
  return problems;
}

export function isReady(probe: PythonProbe): boolean {
  return missingPackages(probe).length === 0 && brokenMixes(probe).length === 0;
}

export function venvPython(venvDir: string): string {
  return process.platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
}

/** The folder on PATH where a command is found, as the shell would find it (POSIX only). */
function folderOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return dir;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Interpreters worth trying when the project names none, in order of preference. */
export function systemPythonCandidates(): string[] {
  if (process.platform === 'win32') return ['python', 'py'];
  // `python` beside `python3` (a venv, conda, pyenv's shims, /usr/bin) is the same install or Python 2:
  // asking it too costs a start (a pyenv shim's takes half a second) and never finds another Python.
  const python3 = folderOnPath('python3');
  const names = python3 !== undefined && python3 === folderOnPath('python') ? ['python3'] : ['python3', 'python'];
  return [...names, ...['/usr/bin/python3', '/usr/local/bin/python3'].filter((path) => existsSync(path))];
}

/** The first candidate that has every requirement with no broken mix. All are asked at once. */
export async function findReadyPython(candidates: string[], depth: ProbeDepth = 'import'): Promise<PythonProbe | undefined> {
  const answers = candidates.map((candidate) => probePython(candidate, depth));
  const seen = new Set<string>();
  for (const answer of answers) {
    const probe = await answer;
    if (!probe || seen.has(probe.executable)) continue;
    seen.add(probe.executable);
    if (isReady(probe)) return probe;
  }
  return undefined;
}
