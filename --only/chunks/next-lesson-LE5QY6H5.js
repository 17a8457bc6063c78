import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  moveToLesson,
  verifyAfterMove
} from "./chunk-Z6TGIIUR.js";
import {
  planLessonStep,
  printPreview,
  requireState
} from "./chunk-JUILJUFQ.js";
import {
  assertProjectSettled
} from "./chunk-33LYYOQB.js";
import "./chunk-5EMXRJVM.js";
import "./chunk-7MIRJNG5.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import "./chunk-GJRGLFF2.js";
import {
  promptsAsk
} from "./chunk-64T7J2C7.js";
import "./chunk-2LSYIKTI.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  LESSON_COUNT
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_FAILED,
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/next-lesson.ts
async function notPassedYet(state) {
  const last = state.lastVerify;
  if (last?.lesson === state.lesson && last.status === "pass") return void 0;
  const { lessonHasChecks } = await import("./catalog-KGUE7RLJ.js");
  if (!lessonHasChecks(state.lesson)) return void 0;
  if (!last || last.lesson !== state.lesson) return `Lesson ${state.lesson} has not passed \`flash-login verify\` yet`;
  if (last.status === "error") return `Your app did not start at the last verify of lesson ${state.lesson}`;
  return `Lesson ${state.lesson} failed ${last.failed.join(", ")} at the last verify`;
}
async function confirmMovingOn(state, force) {
  if (force) return;
  const why = await notPassedYet(state);
  if (!why) return;
  if (!(process.stdin.isTTY && process.stdout.isTTY))
    throw new UserError(`${why}: run \`flash-login verify\` until it passes, or pass --force to move on anyway.`);
  console.log(kleur_default.yellow(`${why}.`));
  const moveOn = await promptsAsk({ type: "confirm", name: "moveOn", message: `Move on to lesson ${state.lesson + 1} anyway?`, initial: false });
  if (!moveOn) throw new UserError(`stayed on lesson ${state.lesson}; nothing was changed.`);
}
async function nextLessonCommand(options, hooks = {}) {
  const project = await openProject(options.dir);
  const state = requireState(project, "next-lesson");
  await assertProjectSettled(project.dir, "next-lesson");
  if (state.lesson >= LESSON_COUNT)
    throw new UserError(`you are on lesson ${LESSON_COUNT}, the last one: there is no next lesson (\`flash-login goto N\` revisits an earlier one).`);
  const target = state.lesson + 1;
  if (options.dryRun) {
    await printPreview(await planLessonStep(project.dir, state.answers, state.lesson, target));
    return EXIT_OK;
  }
  await confirmMovingOn(state, options.force);
  const moved = await moveToLesson(project, state, target, "next-lesson", hooks);
  if (moved.conflicts.length) return EXIT_FAILED;
  return verifyAfterMove(project, target, options);
}
export {
  nextLessonCommand
};
