// `flash-login next-lesson`: bring in lesson N+1 as a three-way merge, so the learner's edits stay.
import kleur from 'kleur';
import { LESSON_COUNT } from '../course/lessons.js';
import { planLessonStep } from '../course/merge.js';
import { catalog, listOf } from '../i18n/i18n.js';
import { type ChangeHooks, commitAndMove, type GotoOptions } from '../moves/move.js';
import { printPreview } from '../moves/preview.js';
import { assertProjectSettled } from '../project/conflicts.js';
import { openLockedProject } from '../project/lock.js';
import { requireState } from '../project/project.js';
import { type ProjectState, stepModes } from '../project/state.js';
import { EXIT_FAILED, EXIT_OK, UserError } from '../shared/errors.js';
import { promptsAsk } from '../terminal/prompt.js';
import { verifyAfterMove } from '../verify/after-move.js';

const nextLessonText = catalog({
  en: {
    notPassed: (lesson: number) => `Lesson ${lesson} has not passed \`flash-login verify\` yet`,
    didNotStart: (lesson: number) => `Your app did not start at the last verify of lesson ${lesson}`,
    failed: (lesson: number, ids: string) => `Lesson ${lesson} failed ${ids} at the last verify`,
    verifyFirst: (why: string) => `${why}: run \`flash-login verify\` until it passes, or pass --force to move on anyway.`,
    moveOn: (lesson: number) => `Move on to lesson ${lesson} anyway?`,
    stayed: (lesson: number) => `stayed on lesson ${lesson}; nothing was changed.`,
    stop: '.',
    lastLesson: (count: number) =>
      `you are on lesson ${count}, the last one: there is no next lesson (\`flash-login goto N\` revisits an earlier one).`,
  },
  'zh-CN': {
    notPassed: (lesson) => `第 ${lesson} 课还没有通过 \`flash-login verify\``,
    didNotStart: (lesson) => `第 ${lesson} 课上一次 verify 时你的应用没有启动`,
    failed: (lesson, ids) => `第 ${lesson} 课上一次 verify 时 ${ids} 失败了`,
    verifyFirst: (why) => `${why}：运行 \`flash-login verify\` 直到通过，或者加上 --force 直接进入下一课。`,
    moveOn: (lesson) => `仍然进入第 ${lesson} 课吗？`,
    stayed: (lesson) => `留在第 ${lesson} 课；没有改动任何文件。`,
    stop: '。',
    lastLesson: (count) => `你在第 ${count} 课，也就是最后一课：没有下一课了（\`flash-login goto N\` 可以回到之前的课）。`,
  },
});

export interface NextLessonOptions extends GotoOptions {
  force?: boolean;
}

/** Why the current lesson does not count as passed, or undefined when it does (or has no checks to pass). */
async function notPassedYet(state: ProjectState): Promise<string | undefined> {
  const last = state.lastVerify;
  if (last?.lesson === state.lesson && last.status === 'pass') return undefined;
  // Loaded only here: the checks pull in the HTTP and HTML libraries, which a passed lesson never needs.
  const { lessonHasChecks } = await import('../../lessons/catalog.js');
  if (!lessonHasChecks(state.lesson)) return undefined;
  if (!last || last.lesson !== state.lesson) return nextLessonText().notPassed(state.lesson);
  if (last.status === 'error') return nextLessonText().didNotStart(state.lesson);
  return nextLessonText().failed(state.lesson, listOf(last.failed));
}

/** Moving on from an unpassed lesson needs a yes at a terminal, or --force anywhere else. */
async function confirmMovingOn(state: ProjectState, force: boolean | undefined): Promise<void> {
  if (force) return;
  const why = await notPassedYet(state);
  if (!why) return;
  if (!(process.stdin.isTTY && process.stdout.isTTY)) throw new UserError(nextLessonText().verifyFirst(why));
  console.log(kleur.yellow(`${why}${nextLessonText().stop}`));
  // promptsAsk turns Ctrl-C (which prompts reports as a partial answer) into a clean "cancelled".
  const moveOn = await promptsAsk<boolean>({
    type: 'confirm',
    name: 'moveOn',
    message: nextLessonText().moveOn(state.lesson + 1),
    initial: false,
  });
  if (!moveOn) throw new UserError(nextLessonText().stayed(state.lesson));
}

export async function nextLessonCommand(options: NextLessonOptions, hooks: ChangeHooks = {}): Promise<number> {
  // The lock is held until the lesson is in and committed; the verify after it takes it again.
  const { project, release } = await openLockedProject(options.dir, 'next-lesson');
  let target: number;
  try {
    const state = requireState(project, 'next-lesson');
    await assertProjectSettled(project.dir, 'next-lesson');
    if (state.lesson >= LESSON_COUNT) throw new UserError(nextLessonText().lastLesson(LESSON_COUNT));
    target = state.lesson + 1;
    if (options.dryRun) {
      await printPreview(await planLessonStep(project.dir, state.answers, state.lesson, target, stepModes(state)));
      return EXIT_OK;
    }
    await confirmMovingOn(state, options.force);
    const moved = await commitAndMove({ project, state, target, command: 'next-lesson', hooks });
    if (moved.conflicts.length) return EXIT_FAILED;
  } finally {
    await release();
  }
  return verifyAfterMove(project, target, options);
}
