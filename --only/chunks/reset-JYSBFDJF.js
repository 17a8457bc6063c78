import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  readProjectFiles,
  requireState
} from "./chunk-JUILJUFQ.js";
import {
  BACKUPS_DIR,
  applyChange,
  recoverAndReport
} from "./chunk-5EMXRJVM.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import {
  renderLesson
} from "./chunk-2LSYIKTI.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import "./chunk-K3KOSKB3.js";
import {
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/reset.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function toProjectPath(dir, file) {
  const fromHere = relative(dir, resolve(file));
  const path = fromHere.startsWith("..") || isAbsolute(fromHere) ? relative(dir, resolve(dir, file)) : fromHere;
  return path.split(sep).join("/");
}
async function resetCommand(files, options) {
  const project = await openProject(options.dir);
  const state = requireState(project, "reset");
  await recoverAndReport(project.dir);
  const reference = await renderLesson(state.lesson, state.answers);
  const paths = files.length ? files.map((file) => toProjectPath(project.dir, file)) : [...reference.keys()];
  const unknown = paths.filter((path) => !reference.has(path));
  if (unknown.length)
    throw new UserError(`lesson ${state.lesson} has no ${unknown.join(", ")}; its files are: ${[...reference.keys()].join(", ")}.`);
  const current = await readProjectFiles(project.dir, paths);
  const writes = paths.filter((path) => !current.get(path)?.equals(reference.get(path))).map((path) => ({ path, content: reference.get(path) }));
  if (writes.length === 0) {
    console.log(`${files.length ? paths.join(", ") : "Every lesson file"} already matches lesson ${state.lesson}'s version; nothing to reset.`);
    return EXIT_OK;
  }
  const names = writes.map((write) => write.path).join(", ");
  const entry = await applyChange(project.dir, writes, { command: "reset", summary: `reset ${names} to lesson ${state.lesson}` });
  console.log(`Reset ${names} to lesson ${state.lesson}'s version.`);
  console.log(kleur_default.dim(`Your copies are saved in ${BACKUPS_DIR}/${entry.id}/files/; \`flash-login undo\` puts them back.`));
  return EXIT_OK;
}
export {
  resetCommand
};
