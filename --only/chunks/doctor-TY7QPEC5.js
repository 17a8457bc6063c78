import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  DEFAULT_PORT,
  LOOPBACK,
  firstFreePort,
  isPortFree,
  tryListen
} from "./chunk-3DTSMGTB.js";
import {
  isProjectFolder
} from "./chunk-7MIRJNG5.js";
import "./chunk-32HMTD2O.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import "./chunk-4ISB2RKU.js";
import {
  APT_FIX,
  REQUIREMENTS,
  brokenMixes,
  compareVersions,
  findReadyPython,
  probePython,
  systemPythonCandidates,
  venvPython
} from "./chunk-XAJHGC3A.js";
import {
  STATE_FILE,
  STATE_VERSION,
  describeStateProblem,
  statePath
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  LESSON_COUNT
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_FAILED,
  EXIT_OK
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/doctor.ts
import fs from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";

// src/engine/shell-words.ts
import { isAbsolute, relative } from "node:path";
function shellQuote(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function displayPath(path, cwd = process.cwd()) {
  const below = relative(cwd, path);
  const shown = below === "" ? "." : below.startsWith("..") || isAbsolute(below) ? path : below;
  return shellQuote(shown);
}

// src/commands/doctor.ts
var MINIMUM_PYTHON = "3.8";
var SYMBOLS = { ok: kleur_default.green("\u2713"), note: kleur_default.dim("\xB7"), warn: kleur_default.yellow("!"), fail: kleur_default.red("\u2717") };
var DATABASE = /\.(db|sqlite3?)$/i;
async function readRawState(projectDir) {
  let text;
  try {
    text = await fs.readFile(statePath(projectDir), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { exists: false };
    return { exists: true, problem: `cannot be read (${error.message})` };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { exists: true, problem: "is not valid JSON" };
  }
  const object = typeof data === "object" && data !== null ? data : void 0;
  return { exists: true, data: object, problem: describeStateProblem(data) };
}
function choosePython(projectDir, flag, state) {
  if (flag) return { python: flag, source: "--python" };
  if (typeof state.data?.python === "string") return { python: state.data.python, source: STATE_FILE };
  for (const venv of [".venv", "venv"]) {
    const python = venvPython(join(projectDir, venv));
    if (existsSync(python)) return { python, source: `the project's ${venv}` };
  }
  return void 0;
}
var isDebian = () => existsSync("/etc/debian_version");
var installPythonCommand = () => isDebian() ? "sudo apt-get install -y python3 python3-venv" : "install Python 3 from https://www.python.org/downloads/";
function newVenvCommand(projectDir) {
  const venv = join(projectDir, ".venv");
  return `python3 -m venv --clear ${displayPath(venv)} && ${displayPath(venvPython(venv))} -m pip install -r ${displayPath(join(projectDir, "requirements.txt"))}`;
}
function installCommand(probe, projectDir) {
  if (probe.inVenv) return `${displayPath(probe.executable)} -m pip install -r ${displayPath(join(projectDir, "requirements.txt"))}`;
  return isDebian() && probe.executable.startsWith("/usr/") ? APT_FIX : newVenvCommand(projectDir);
}
function rewriteStateCommand(projectDir, state, python) {
  const data = state.data ?? {};
  const lesson = Number.isInteger(data.lesson) && data.lesson >= 1 && data.lesson <= LESSON_COUNT ? data.lesson : 1;
  const answers = data.answers;
  const projectName = typeof answers?.projectName === "string" ? answers.projectName : basename(projectDir);
  const json = JSON.stringify({ version: STATE_VERSION, lesson, answers: { projectName }, python: python ?? "python3" });
  return `printf '%s\\n' ${shellQuote(json)} > ${displayPath(statePath(projectDir))}`;
}
function checkState(projectDir, state, workingPython) {
  if (!state.exists)
    return { level: "note", text: `no ${STATE_FILE}: \`flash-login verify\` checks lesson 1 unless you pass --lesson N` };
  if (!state.problem) return { level: "ok", text: `${STATE_FILE} is valid: lesson ${String(state.data?.lesson)}` };
  const version = state.data?.version;
  if (typeof version === "number" && version > STATE_VERSION)
    return { level: "fail", text: `${STATE_FILE} ${state.problem}`, fix: "npm install -g create-flash-login@latest" };
  return { level: "fail", text: `${STATE_FILE} ${state.problem}`, fix: rewriteStateCommand(projectDir, state, workingPython) };
}
async function checkPython(projectDir, choice, state) {
  let probe = choice ? await probePython(choice.python) : void 0;
  if (choice && !probe) {
    const venv = dirname(dirname(choice.python));
    const insideProject = resolve(choice.python).startsWith(resolve(projectDir) + sep) && existsSync(join(venv, "pyvenv.cfg"));
    const other = (await findReadyPython(systemPythonCandidates()))?.executable;
    const fix = insideProject ? newVenvCommand(projectDir) : choice.source === STATE_FILE && other ? rewriteStateCommand(projectDir, state, other) : other ? `flash-login doctor --python ${shellQuote(other)}` : newVenvCommand(projectDir);
    return { findings: [{ level: "fail", text: `cannot run Python at ${choice.python} (from ${choice.source})`, fix }] };
  }
  let source = choice?.source;
  if (!probe) {
    probe = await findReadyPython(systemPythonCandidates()) ?? await firstProbe(systemPythonCandidates());
    source = "the system";
  }
  if (!probe) return { findings: [{ level: "fail", text: "no Python 3 found", fix: installPythonCommand() }] };
  const findings = [];
  const python = displayPath(probe.executable);
  findings.push(
    compareVersions(probe.version, MINIMUM_PYTHON) >= 0 ? { level: "ok", text: `Python ${probe.version} at ${python} (from ${source})` } : { level: "fail", text: `Python ${probe.version} at ${python} is older than Flask needs (${MINIMUM_PYTHON})`, fix: installPythonCommand() }
  );
  findings.push(
    probe.inVenv ? { level: "ok", text: `virtual environment ${displayPath(dirname(dirname(probe.executable)))}` } : { level: "note", text: `no virtual environment: ${python} uses the system's packages (fine where they are all there)` }
  );
  for (const [, dist] of REQUIREMENTS) {
    const version = probe.packages[dist];
    findings.push(
      version ? { level: "ok", text: `${dist} ${version}` } : { level: "fail", text: `${dist} does not import`, fix: installCommand(probe, projectDir) }
    );
  }
  for (const mix of brokenMixes(probe)) {
    const [problem, pipArguments] = mix.split(": pip install ");
    findings.push({ level: "warn", text: problem, fix: `${python} -m pip install ${pipArguments ?? "--upgrade -r requirements.txt"}` });
  }
  findings.push(...await checkScryptHashes(projectDir, probe));
  return { findings, probe };
}
async function firstProbe(candidates) {
  for (const candidate of candidates) {
    const probe = await probePython(candidate);
    if (probe) return probe;
  }
  return void 0;
}
async function checkScryptHashes(projectDir, probe) {
  const werkzeug = probe.packages["Werkzeug"];
  if (!werkzeug || compareVersions(werkzeug, "3") >= 0) return [];
  const instance = join(projectDir, "instance");
  const names = existsSync(instance) ? (await fs.readdir(instance)).filter((name) => DATABASE.test(name)) : [];
  const findings = [];
  for (const name of names) {
    const content = await fs.readFile(join(instance, name)).catch(() => void 0);
    if (!content?.includes("scrypt:")) continue;
    const database = join(instance, name);
    findings.push({
      level: "warn",
      text: `${displayPath(database)} holds scrypt password hashes from Werkzeug 3, which Werkzeug ${werkzeug} cannot check: those users cannot log in`,
      fix: probe.inVenv ? `${displayPath(probe.executable)} -m pip install --upgrade -r ${displayPath(join(projectDir, "requirements.txt"))}` : `rm ${displayPath(database)}   # the users register again`
    });
  }
  return findings;
}
async function checkPort() {
  const bound = await tryListen(0);
  if ("error" in bound)
    return [
      {
        level: "fail",
        text: `cannot listen on ${LOOPBACK} (${bound.error.code ?? bound.error.message}), so neither verify nor run can serve your app`,
        fix: "sudo ip link set lo up"
        // a container or sandbox whose loopback is down
      }
    ];
  const findings = [{ level: "ok", text: `can listen on ${LOOPBACK} (verify serves your app on a free port)` }];
  if (!await isPortFree(DEFAULT_PORT))
    findings.push({ level: "note", text: `port ${DEFAULT_PORT} is in use: \`flash-login run\` will take ${await firstFreePort([DEFAULT_PORT + 1])} instead` });
  return findings;
}
function formatFindings(findings) {
  const lines = [];
  findings.forEach((finding, index) => {
    lines.push(`  ${SYMBOLS[finding.level]} ${finding.level === "ok" || finding.level === "note" ? finding.text : kleur_default.bold(finding.text)}`);
    if (finding.fix && findings[index + 1]?.fix !== finding.fix) lines.push(`      ${kleur_default.cyan("fix:")} ${finding.fix}`);
  });
  return lines.join("\n");
}
async function doctorCommand(options) {
  const projectDir = resolve(options.dir ?? process.cwd());
  if (!isProjectFolder(projectDir)) await openProject(projectDir);
  const state = await readRawState(projectDir);
  const { findings: pythonFindings, probe } = await checkPython(projectDir, choosePython(projectDir, options.python, state), state);
  const working = probe && brokenMixes(probe).length === 0 && !Object.values(probe.packages).includes(null) ? probe.executable : void 0;
  const findings = [...pythonFindings, checkState(projectDir, state, working), ...await checkPort()];
  console.log(`${kleur_default.bold("flash-login doctor")} \xB7 ${projectDir}`);
  console.log(formatFindings(findings));
  console.log("");
  const problems = findings.filter((finding) => finding.level === "warn" || finding.level === "fail").length;
  if (problems === 0) {
    console.log(kleur_default.green("Everything looks right."));
    return EXIT_OK;
  }
  console.log(kleur_default.red(`${problems} problem${problems === 1 ? "" : "s"}: run the fix${problems === 1 ? "" : "es"} above, then \`flash-login doctor\` again.`));
  return EXIT_FAILED;
}
export {
  doctorCommand,
  formatFindings
};
