import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZJR56DXC.js";

// src/engine/atomic.ts
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, data) {
  await fs.mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

// src/engine/state.ts
import fs2 from "node:fs/promises";
import { join as join2 } from "node:path";
var STATE_DIR = ".flash-login";
var STATE_FILE = join2(STATE_DIR, "state.json");
var STATE_VERSION = 1;
function statePath(projectDir) {
  return join2(projectDir, STATE_FILE);
}
async function readState(projectDir) {
  const path = statePath(projectDir);
  let text;
  try {
    text = await fs2.readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const fix = `fix or delete ${STATE_FILE} (\`flash-login doctor\` explains what is wrong)`;
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${STATE_FILE} is not valid JSON: ${fix}.`);
  }
  const problem = describeStateProblem(data);
  if (problem) throw new UserError(`${STATE_FILE} ${problem}: ${fix}.`);
  return data;
}
function describeStateProblem(data) {
  if (typeof data !== "object" || data === null) return "is not a JSON object";
  const state = data;
  if (state.version !== STATE_VERSION) return `has version ${String(state.version)}, this flash-login reads version ${STATE_VERSION}`;
  if (!Number.isInteger(state.lesson) || state.lesson < 1 || state.lesson > 5) return "names no lesson from 1 to 5";
  if (typeof state.answers?.projectName !== "string") return "lacks answers.projectName";
  if (state.python !== void 0 && typeof state.python !== "string") return "has a python path that is not a string";
  return void 0;
}
async function writeState(projectDir, state) {
  await writeFileAtomic(statePath(projectDir), JSON.stringify(state, null, 2) + "\n");
}

export {
  writeFileAtomic,
  STATE_DIR,
  STATE_FILE,
  STATE_VERSION,
  statePath,
  readState,
  describeStateProblem,
  writeState
};
