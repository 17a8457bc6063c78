import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  findConflicts
} from "./chunk-33LYYOQB.js";
import "./chunk-5EMXRJVM.js";
import {
  walkProject
} from "./chunk-7MIRJNG5.js";
import {
  currentVerify,
  isLastLesson,
  shortTitle,
  timeAgo
} from "./chunk-32HMTD2O.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import "./chunk-XAJHGC3A.js";
import {
  STATE_FILE
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  LESSON_COUNT,
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_OK
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/status.ts
import { basename } from "node:path";
function nextStep(state, conflicts, changedSinceVerify, nextTitle) {
  if (conflicts.length > 0)
    return { command: `edit ${conflicts[0].file}`, why: `resolve its conflict markers (line ${conflicts[0].line}), keep the code you want, then run \`flash-login verify\`` };
  if (!state) return { command: "flash-login verify", why: "checks your app against lesson 1 (pass --lesson N for another)" };
  const verify = currentVerify(state);
  if (!verify) return { command: "flash-login verify", why: `checks your app against lesson ${state.lesson}` };
  if (changedSinceVerify.length > 0) return { command: "flash-login verify", why: "your files changed since the last verify" };
  if (verify.status === "error") return { command: "flash-login run", why: "shows why your app did not start; fix it, then `flash-login verify`" };
  if (verify.status === "fail") return { command: "flash-login hint", why: `explains ${verify.failed[0] ?? "the first failing check"}; fix it, then \`flash-login verify\`` };
  if (isLastLesson(state.lesson)) return { command: "flash-login run", why: "you finished every lesson: try your app in the browser" };
  return { command: "flash-login next-lesson", why: `brings in lesson ${state.lesson + 1}${nextTitle ? `: ${nextTitle}` : ""}` };
}
function describeVerify(verify, state) {
  if (!state) return kleur_default.dim("none recorded (there is no state file)");
  if (!verify) {
    const older = state.lastVerify ? ` (the last one was of lesson ${state.lastVerify.lesson})` : "";
    return kleur_default.dim(`not run for lesson ${state.lesson} yet${older}`);
  }
  const when = kleur_default.dim(`(${timeAgo(verify.at)})`);
  if (verify.status === "pass") return `${kleur_default.green("passed")} ${when}`;
  if (verify.status === "error") return `${kleur_default.red("your app did not start")} ${when}`;
  const count = verify.failed.length;
  return `${kleur_default.red(`${count} check${count === 1 ? "" : "s"} failed`)}: ${verify.failed.join(", ")} ${when}`;
}
function describeConflicts(conflicts) {
  if (conflicts.length === 0) return [kleur_default.green("none")];
  return conflicts.map(
    (conflict) => `${kleur_default.red(conflict.file)} line ${conflict.line}${conflict.regions > 1 ? ` (${conflict.regions} regions)` : ""}`
  );
}
function changedSince(verify, files) {
  if (!verify) return [];
  const at = Date.parse(verify.at);
  return files.filter((file) => file.mtimeMs > at).map((file) => file.path);
}
async function statusCommand(options) {
  const project = await openProject(options.dir);
  const { state } = project;
  const tree = await walkProject(project.dir);
  const conflicts = await findConflicts(project.dir, tree.files);
  const verify = currentVerify(state);
  const changed = changedSince(verify, tree.files);
  const label = (text) => "  " + kleur_default.dim(text.padEnd(15));
  const lines = [];
  if (state) {
    const title = shortTitle(await readLessonText(state.lesson));
    lines.push(`${kleur_default.bold(state.answers.projectName)} \xB7 lesson ${state.lesson} of ${LESSON_COUNT}: ${kleur_default.bold(title)}`);
  } else lines.push(`${kleur_default.bold(basename(project.dir))} \xB7 ${kleur_default.yellow(`no ${STATE_FILE}, so no lesson is recorded`)}`);
  lines.push(label("last verify") + describeVerify(verify, state));
  if (changed.length > 0)
    lines.push(label("changed since") + changed.slice(0, 3).join(", ") + (changed.length > 3 ? ` and ${changed.length - 3} more` : ""));
  const [firstConflict, ...moreConflicts] = describeConflicts(conflicts);
  lines.push(label("conflicts") + firstConflict);
  for (const more of moreConflicts) lines.push(label("") + more);
  const nextTitle = state && !isLastLesson(state.lesson) ? shortTitle(await readLessonText(state.lesson + 1)) : void 0;
  const step = nextStep(state, conflicts, changed, nextTitle);
  lines.push(label("next") + `${kleur_default.bold().cyan(step.command)}  ${kleur_default.dim(step.why)}`);
  console.log(lines.join("\n"));
  return EXIT_OK;
}
export {
  nextStep,
  statusCommand
};
