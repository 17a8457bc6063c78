import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  BACKUPS_DIR,
  latestUndoableChange,
  recoverAndReport,
  undoChange
} from "./chunk-5EMXRJVM.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import "./chunk-XAJHGC3A.js";
import {
  readState
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/undo.ts
async function undoCommand(options, hooks = {}) {
  const project = await openProject(options.dir);
  await recoverAndReport(project.dir);
  const entry = await latestUndoableChange(project.dir);
  if (!entry) throw new UserError("nothing to undo: no next-lesson, goto or reset has changed this project (or every change is undone already).");
  const result = await undoChange(project.dir, entry, hooks.afterStep);
  const state = await readState(project.dir);
  const count = entry.files.filter((file) => !file.path.startsWith(".flash-login/")).length;
  console.log(
    `Undid ${entry.command} (${entry.summary}): ${count} file${count === 1 ? "" : "s"} put back as ${count === 1 ? "it was" : "they were"}` + (state ? `; you are on lesson ${state.lesson}.` : ".")
  );
  if (result.editedSince.length)
    console.log(
      kleur_default.yellow(`Your later edits to ${result.editedSince.join(", ")} are saved in ${BACKUPS_DIR}/${result.saved.id}/files/.`)
    );
  return EXIT_OK;
}
export {
  undoCommand
};
