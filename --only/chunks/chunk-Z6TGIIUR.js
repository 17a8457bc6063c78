import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  formatSummary,
  parseLessonNumber,
  planLessonStep,
  printPreview,
  requireState
} from "./chunk-JUILJUFQ.js";
import {
  assertProjectSettled
} from "./chunk-33LYYOQB.js";
import {
  applyChange,
  stateWrite
} from "./chunk-5EMXRJVM.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import {
  commitLesson,
  gitIdentityEnv
} from "./chunk-GJRGLFF2.js";
import {
  run
} from "./chunk-XAJHGC3A.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_FAILED,
  EXIT_OK
} from "./chunk-ZJR56DXC.js";

// src/commands/goto.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
async function moveToLesson(project, state, target, command, hooks = {}) {
  const repository = scaffoldedRepository(project.dir);
  const plan = await planLessonStep(project.dir, state.answers, state.lesson, target);
  const { lastVerify: _olderLesson, ...kept } = state;
  const writes = plan.changes.flatMap((change) => change.write === void 0 ? [] : [{ path: change.path, content: change.write }]);
  writes.push(stateWrite({ ...kept, lesson: target }));
  await applyChange(project.dir, writes, { command, summary: `lesson ${state.lesson} \u2192 ${target}`, ...hooks });
  const text = await readLessonText(target);
  const conflicts = plan.changes.filter((change) => change.outcome === "conflict").map((change) => change.path);
  console.log(kleur_default.bold().green(`${text.title}`));
  console.log(formatSummary(plan.changes));
  console.log(`
${text.opening}
`);
  if (conflicts.length) {
    console.log(kleur_default.red().bold(`Your edits and lesson ${target} changed the same lines in: ${conflicts.join(", ")}`));
    console.log(
      `Between ${kleur_default.bold("<<<<<<< your code")} and ${kleur_default.bold(`>>>>>>> lesson ${target}`)} both versions are written out: keep what you want, delete the marker lines, then run \`flash-login verify\`. \`flash-login undo\` puts everything back as it was.`
    );
  } else await commitIfScaffolded(project.dir, await repository, target, text.title);
  return { plan, conflicts };
}
async function scaffoldedRepository(dir) {
  if (!existsSync(join(dir, ".git"))) return void 0;
  const identity = gitIdentityEnv(dir);
  identity.catch(() => void 0);
  const tags = await run("git", ["tag", "--list", "lesson-*"], { cwd: dir, reject: false });
  return tags.failed || tags.stdout.trim() === "" ? void 0 : { identity };
}
async function commitIfScaffolded(dir, repository, lesson, title) {
  if (!repository) return;
  try {
    await commitLesson(dir, lesson, title, repository.identity);
    const compare = lesson > 1 ? `: \`git diff lesson-${lesson - 1} lesson-${lesson}\` shows the lesson's changes` : "";
    console.log(kleur_default.dim(`Committed and tagged lesson-${lesson}${compare}.`));
  } catch (error) {
    console.log(kleur_default.yellow(`! git could not commit (${error.message.split("\n")[0]}); your files are written all the same.`));
  }
}
async function verifyAfterMove(project, lesson, options) {
  if (options.verify === false) {
    console.log(kleur_default.dim("Run `flash-login verify` when you are ready."));
    return EXIT_OK;
  }
  const { lessonHasChecks } = await import("./catalog-KGUE7RLJ.js");
  if (!lessonHasChecks(lesson)) {
    console.log(kleur_default.dim(`Lesson ${lesson} has no checks in this version of flash-login yet.`));
    return EXIT_OK;
  }
  const { verifyCommand } = await import("./verify-A7ETAS4I.js");
  return verifyCommand({ dir: project.dir, ...options.python ? { python: options.python } : {} });
}
async function gotoCommand(lessonArgument, options, hooks = {}) {
  const target = parseLessonNumber(lessonArgument, "goto");
  const project = await openProject(options.dir);
  const state = requireState(project, "goto");
  await assertProjectSettled(project.dir, "goto");
  if (target === state.lesson) {
    console.log(`You are on lesson ${target} already; nothing to do (\`flash-login reset\` restores its reference files).`);
    return EXIT_OK;
  }
  if (options.dryRun) {
    await printPreview(await planLessonStep(project.dir, state.answers, state.lesson, target));
    return EXIT_OK;
  }
  const moved = await moveToLesson(project, state, target, "goto", hooks);
  if (moved.conflicts.length) return EXIT_FAILED;
  return verifyAfterMove(project, target, options);
}

export {
  moveToLesson,
  verifyAfterMove,
  gotoCommand
};
