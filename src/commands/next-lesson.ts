// `flash-login next-lesson`: bring in lesson N+1 as a three-way merge, so the learner's edits stay.
import kleur from 'kleur';
import { promptsAsk } from '../create/context.js';
import { assertProjectSettled } from '../engine/conflicts.js';
import { EXIT_FAILED, EXIT_OK, UserError } from '../engine/errors.js';
import { LESSON_COUNT } from '../engine/lessons.js';
import { planLessonStep } from '../engine/merge.js';
import { openLockedProject } from '../engine/lock.js';
import { stepModes, type ProjectState } from '../engine/state.js';
import { printPreview, requireState } from './diff.js';
import { commitResolvedLesson, moveToLesson, verifyAfterMove, type ChangeHooks, type GotoOptions } from './goto.js';

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
  if (!last || last.lesson !== state.lesson) return `Lesson ${state.lesson} has not passed \`flash-login verify\` yet`;
  if (last.status === 'error') return `Your app did not start at the last verify of lesson ${state.lesson}`;
  return `Lesson ${state.lesson} failed ${last.failed.join(', ')} at the last verify`;
}

/** Moving on from an unpassed lesson needs a yes at a terminal, or --force anywhere else. */
async function confirmMovingOn(state: ProjectState, force: boolean | undefined): Promise<void> {
  if (force) return;
  const why = await notPassedYet(state);
  if (!why) return;
  if (!(process.stdin.isTTY && process.stdout.isTTY))
    throw new UserError(`${why}: run \`flash-login verify\` until it passes, or pass --force to move on anyway.`);
  console.log(kleur.yellow(`${why}.`));
  // promptsAsk turns Ctrl-C (which prompts reports as a partial answer) into a clean "cancelled".
  const moveOn = await promptsAsk<boolean>({ type: 'confirm', name: 'moveOn', message: `Move on to lesson ${state.lesson + 1} anyway?`, initial: false });
  if (!moveOn) throw new UserError(`stayed on lesson ${state.lesson}; nothing was changed.`);
}

export async function nextLessonCommand(options: NextLessonOptions, hooks: ChangeHooks = {}): Promise<number> {
  // The lock is held until the lesson is in and committed; the verify after it takes it again.
  const { project, release } = await openLockedProject(options.dir, 'next-lesson');
  let target: number;
  try {
    const state = requireState(project, 'next-lesson');
    await assertProjectSettled(project.dir, 'next-lesson');
    if (state.lesson >= LESSON_COUNT)
      throw new UserError(`you are on lesson ${LESSON_COUNT}, the last one: there is no next lesson (\`flash-login goto N\` revisits an earlier one).`);
    target = state.lesson + 1;
    if (options.dryRun) {
      await printPreview(await planLessonStep(project.dir, state.answers, state.lesson, target, stepModes(state)));
      return EXIT_OK;
    }
    await confirmMovingOn(state, options.force);
    await commitResolvedLesson(project); // a lesson whose conflicts were resolved keeps a commit of its own
    const moved = await moveToLesson(project, state, target, 'next-lesson', hooks);
    if (moved.conflicts.length) return EXIT_FAILED;
  } finally {
    await release();
  }
  return verifyAfterMove(project, target, options);
}
