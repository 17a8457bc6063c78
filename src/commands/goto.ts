// `flash-login goto N`: move the project to any lesson, forward or back, in one three-way
// merge from the current lesson's reference app to lesson N's. next-lesson is goto N+1
// with a few more questions, so the machinery lives here.
import { run } from '../engine/spawn.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import kleur from 'kleur';
import { commitLesson, gitIdentityEnv, lessonTagMissing } from '../create/steps/git.js';
import { assertProjectSettled } from '../engine/conflicts.js';
import { EXIT_FAILED, EXIT_OK } from '../engine/errors.js';
import { applyChange, stateWrite, type ChangeOptions } from '../engine/journal.js';
import { readLessonText } from '../engine/lessons.js';
import { planLessonStep, type LessonStepPlan } from '../engine/merge.js';
import { openLockedProject } from '../engine/lock.js';
import type { Project } from '../engine/project.js';
import { stepModes, type ProjectState } from '../engine/state.js';
import { formatSummary, parseLessonNumber, printPreview, requireState } from './diff.js';
import { shellQuote } from '../engine/shell-words.js';

export interface GotoOptions {
  dir?: string;
  dryRun?: boolean;
  /** commander's --no-verify sets this to false. */
  verify?: boolean;
  python?: string;
}

/** For tests: runs after each file write of the change; throwing there stands in for a crash. */
export interface ChangeHooks {
  afterStep?: ChangeOptions['afterStep'];
}

export interface MoveResult {
  plan: LessonStepPlan;
  /** Files written with conflict markers. */
  conflicts: string[];
}

/**
 * Merge the step from the project's lesson to `target` onto its files and record the new
 * lesson, as one change that undo reverts; then tell the learner what happened.
 */
export async function moveToLesson(project: Project, state: ProjectState, target: number, command: string, hooks: ChangeHooks = {}): Promise<MoveResult> {
  // Git's read-only questions run while the step is planned and written.
  const repository = scaffoldedRepository(project.dir);
  const modes = stepModes(state);
  const plan = await planLessonStep(project.dir, state.answers, state.lesson, target, modes);
  const { lastVerify: _olderLesson, ...kept } = state; // a verify of another lesson says nothing about this one
  const writes = plan.changes.flatMap((change) => (change.write === undefined ? [] : [{ path: change.path, content: change.write }]));
  // Only projects that chose a mode record the lesson's: older guided projects keep their state as it was.
  // Exercises the move wrote as the reference count as taken from the solution; those of lessons
  // left behind by a move back are gone from the files, so they no longer count.
  const solutions = [...new Set([...(state.solutions ?? []), ...(plan.filled ?? [])])].filter((id) => Number(id.split('.')[0]) <= target);
  writes.push(stateWrite({ ...kept, lesson: target, ...(state.mode ? { lessonMode: modes.to } : {}), ...(solutions.length || kept.solutions ? { solutions } : {}), ...(state.lang ? { lessonLang: modes.langs.to } : {}) }));
  await applyChange(project.dir, writes, { command, summary: `lesson ${state.lesson} → ${target}`, ...hooks });

  const text = await readLessonText(target);
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict').map((change) => change.path);
  console.log(kleur.bold().green(`${text.title}`));
  console.log(formatSummary(plan.changes));
  if (plan.filled?.length)
    console.log(kleur.dim(`Written from the solution, as lesson ${target} builds on them: ${plan.filled.join(', ')} (\`flash-login status\` marks them).`));
  console.log(`\n${text.opening}\n`);
  if (conflicts.length) {
    console.log(kleur.red().bold(`Your edits and lesson ${target} changed the same lines in: ${conflicts.join(', ')}`));
    console.log(
      `Between ${kleur.bold('<<<<<<< your code')} and ${kleur.bold(`>>>>>>> lesson ${target}`)} both versions are written out: keep what you want, ` +
        'delete the marker lines, then run `flash-login verify`. `flash-login undo` puts everything back as it was.',
    );
  } else await commitIfScaffolded(project.dir, await repository, target, text.title, plan.changes.map((change) => change.path));
  return { plan, conflicts };
}

/**
 * The identity to commit with, when the project is the repository the scaffolder made (it tagged
 * lesson-*); undefined for no repository, or the learner's own, where we never commit.
 */
async function scaffoldedRepository(dir: string): Promise<{ identity: Promise<Record<string, string>> } | undefined> {
  if (!existsSync(join(dir, '.git'))) return undefined;
  const identity = gitIdentityEnv(dir);
  identity.catch(() => undefined); // awaited only when there is a commit to make
  const tags = await run('git', ['tag', '--list', 'lesson-*'], { cwd: dir, reject: false });
  return tags.failed || tags.stdout.trim() === '' ? undefined : { identity };
}

/** Commit and tag lesson-N in the scaffolder's repository. */
async function commitIfScaffolded(
  dir: string,
  repository: Awaited<ReturnType<typeof scaffoldedRepository>>,
  lesson: number,
  title: string,
  lessonFiles: string[],
): Promise<void> {
  if (!repository) return;
  try {
    const large = await commitLesson(dir, lesson, title, repository.identity, lessonFiles);
    for (const file of large)
      console.log(kleur.yellow(`! ${file} is over 1 MB and you track it, so it is in this commit too (\`git rm --cached ${shellQuote(file)}\` stops tracking it).`));
    const compare = lesson > 1 ? `: \`git diff lesson-${lesson - 1} lesson-${lesson}\` shows the lesson's changes` : '';
    console.log(kleur.dim(`Committed and tagged lesson-${lesson}${compare}.`));
  } catch (error) {
    console.log(kleur.yellow(`! git could not commit (${(error as Error).message.split('\n')[0]}); your files are written all the same.`));
  }
}

/**
 * A lesson change that stopped at conflict markers committed nothing; once they are resolved this
 * commits and tags the lesson, as `git commit` concludes a merge whose conflicts you resolved.
 * It applies when the scaffolder's repository lacks the current lesson's tag (a clean move tags it
 * at once); call it only when no conflict markers remain. `log` takes the line it prints.
 */
export async function commitResolvedLesson(project: Project, log: (line: string) => void = console.log): Promise<void> {
  const lesson = project.state?.lesson;
  if (!lesson || !(await lessonTagMissing(project.dir, lesson))) return;
  const repository = await scaffoldedRepository(project.dir);
  if (!repository) return;
  try {
    await commitLesson(project.dir, lesson, (await readLessonText(lesson)).title, repository.identity);
    log(kleur.dim(`Your resolved lesson ${lesson} is committed and tagged lesson-${lesson}.`));
  } catch (error) {
    log(kleur.yellow(`! git could not commit lesson ${lesson} (${(error as Error).message.split('\n')[0]}); your files are as you left them.`));
  }
}

/** After a move: run the new lesson's checks, unless --no-verify or the lesson has none yet. */
export async function verifyAfterMove(project: Project, lesson: number, options: GotoOptions): Promise<number> {
  if (options.verify === false) {
    console.log(kleur.dim('Run `flash-login verify` when you are ready.'));
    return EXIT_OK;
  }
  const { lessonHasChecks } = await import('../../lessons/catalog.js');
  if (!lessonHasChecks(lesson)) {
    console.log(kleur.dim(`Lesson ${lesson} has no checks in this version of flash-login yet.`));
    return EXIT_OK;
  }
  const { verifyCommand } = await import('./verify.js');
  return verifyCommand({ dir: project.dir, ...(options.python ? { python: options.python } : {}) });
}

export async function gotoCommand(lessonArgument: string, options: GotoOptions, hooks: ChangeHooks = {}): Promise<number> {
  const target = parseLessonNumber(lessonArgument, 'goto');
  const { project, release } = await openLockedProject(options.dir, 'goto');
  try {
    const state = requireState(project, 'goto');
    await assertProjectSettled(project.dir, 'goto');
    if (target === state.lesson) {
      console.log(`You are on lesson ${target} already; nothing to do (\`flash-login reset\` restores its reference files).`);
      return EXIT_OK;
    }
    if (options.dryRun) {
      await printPreview(await planLessonStep(project.dir, state.answers, state.lesson, target, stepModes(state)));
      return EXIT_OK;
    }
    await commitResolvedLesson(project); // a lesson whose conflicts were resolved keeps a commit of its own
    const moved = await moveToLesson(project, state, target, 'goto', hooks);
    if (moved.conflicts.length) return EXIT_FAILED;
  } finally {
    await release();
  }
  return verifyAfterMove(project, target, options);
}
