import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  APT_FIX,
  findReadyPython,
  missingPackages,
  probePython,
  systemPythonCandidates,
  venvPython
} from "./chunk-XAJHGC3A.js";
import {
  readState
} from "./chunk-4JFHORTE.js";
import {
  UserError
} from "./chunk-ZJR56DXC.js";

// src/engine/project.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
var START_ONE = "start one with `npx create-flash-login my-app`";
async function openProject(dirOption) {
  const dir = resolve(dirOption ?? process.cwd());
  if (!existsSync(dir)) throw new UserError(`${dir} does not exist: pass --dir with your project folder, or ${START_ONE}.`);
  const state = await readState(dir);
  if (!state && !existsSync(join(dir, "app.py")))
    throw new UserError(`${dir} has no app.py: run this in your project folder (or pass --dir PATH), or ${START_ONE}.`);
  return { dir, state };
}
async function resolvePython(project, flag) {
  const choice = await choosePython(project, flag);
  await choice.checked;
  return choice.python;
}
async function choosePython(project, flag) {
  const chosen = flag ?? project.state?.python;
  if (chosen) return { python: chosen, checked: checkChosen(chosen) };
  return { python: await findPython(project), checked: Promise.resolve() };
}
async function checkChosen(chosen) {
  const probe = await probePython(chosen, "find");
  if (!probe) throw new UserError(`cannot run Python at ${chosen}: pass --python with a working interpreter (\`flash-login doctor\` helps).`);
  if (probe.packages["Flask"] === null)
    throw new UserError(`Flask does not import in ${chosen}: run \`${chosen} -m pip install -r requirements.txt\` (or: ${APT_FIX}).`);
}
async function findPython(project) {
  for (const venv of [".venv", "venv"]) {
    const python = venvPython(join(project.dir, venv));
    if (existsSync(python)) return python;
  }
  const ready = await findReadyPython(systemPythonCandidates(), "find");
  if (ready) return ready.executable;
  const anyFlask = await firstWithFlask(systemPythonCandidates());
  if (anyFlask) return anyFlask;
  throw new UserError(
    `no Python with Flask found: create one with \`python3 -m venv .venv && .venv/bin/pip install -r requirements.txt\`, or run: ${APT_FIX}`
  );
}
async function firstWithFlask(candidates) {
  for (const candidate of candidates) {
    const probe = await probePython(candidate, "find");
    if (probe && !missingPackages(probe).includes("Flask")) return probe.executable;
  }
  return void 0;
}

export {
  openProject,
  resolvePython,
  choosePython
};
