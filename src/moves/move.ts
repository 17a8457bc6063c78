// Moving a project to another lesson, forward or back, in one three-way merge from the current
// lesson's reference app to lesson N's, and committing the lessons in the scaffolder's repository.
// goto, next-lesson and undo drive it; verify commits a lesson whose conflicts were resolved.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import kleur from 'kleur';
import { readLessonText } from '../course/lessons.js';
import { type LessonStepPlan, planLessonStep } from '../course/merge.js';
import { catalog } from '../i18n/i18n.js';
import { commitLesson, gitIdentityEnv, lessonTagMissing, lessonTags } from '../project/git.js';
import { applyChange, type ChangeOptions, stateWrite } from '../project/journal.js';
import type { Project } from '../project/project.js';
import { type ProjectState, stepModes } from '../project/state.js';
import { shellQuote } from '../terminal/shell-words.js';
import { formatSummary } from './preview.js';

const moveText = catalog({
  en: {
    filled: (lesson: number, ids: string) =>
      `Written from the solution, as lesson ${lesson} builds on them: ${ids} (\`flash-login status\` marks them).`,
    conflicts: (lesson: number, files: string) => `Your edits and lesson ${lesson} changed the same lines in: ${files}`,
    markers: (ours: string, theirs: string) =>
      `Between ${ours} and ${theirs} both versions are written out: keep what you want, ` +
      'delete the marker lines, then run `flash-login verify`. `flash-login undo` puts everything back as it was.',
    large: (file: string, untrack: string) =>
      `! ${file} is over 1 MB and you track it, so it is in this commit too (\`${untrack}\` stops tracking it).`,
    compare: (command: string) => `: \`${command}\` shows the lesson's changes`,
    committed: (lesson: number, compare: string) => `Committed and tagged lesson-${lesson}${compare}.`,
    noCommit: (why: string) => `! git could not commit (${why}); your files are written all the same.`,
    resolvedCommitted: (lesson: number) => `Your resolved lesson ${lesson} is committed and tagged lesson-${lesson}.`,
    noCommitLesson: (lesson: number, why: string) => `! git could not commit lesson ${lesson} (${why}); your files are as you left them.`,
  },
  'zh-CN': {
    filled: (lesson, ids) => `已按参考答案写好，因为第 ${lesson} 课要在它们之上继续：${ids}（\`flash-login status\` 会标出它们）。`,
    conflicts: (lesson, files) => `你的修改和第 ${lesson} 课改动了同样的行：${files}`,
    markers: (ours, theirs) =>
      `${ours} 和 ${theirs} 之间写出了两个版本：保留你想要的，删掉标记行，然后运行 \`flash-login verify\`。\`flash-login undo\` 可以把一切恢复原样。`,
    large: (file, untrack) => `! ${file} 超过 1 MB 且被 git 跟踪，所以它也在这次提交里（\`${untrack}\` 可以停止跟踪它）。`,
    compare: (command) => `：\`${command}\` 可以查看这一课的改动`,
    committed: (lesson, compare) => `已提交并打上标签 lesson-${lesson}${compare}。`,
    noCommit: (why) => `! git 无法提交（${why}）；你的文件照样已经写入。`,
    resolvedCommitted: (lesson) => `你解决好冲突的第 ${lesson} 课已提交，并打上标签 lesson-${lesson}。`,
    noCommitLesson: (lesson, why) => `! git 无法提交第 ${lesson} 课（${why}）；你的文件保持原样。`,
  },
});

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
export async function moveToLesson(
  project: Project,
  state: ProjectState,
  target: number,
  command: string,
  hooks: ChangeHooks = {},
): Promise<MoveResult> {
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
  writes.push(
    stateWrite({
      ...kept,
      lesson: target,
      ...(state.mode ? { lessonMode: modes.to } : {}),
      ...(solutions.length || kept.solutions ? { solutions } : {}),
      ...(state.lang ? { lessonLang: modes.langs.to } : {}),
    }),
  );
  await applyChange(project.dir, writes, { command, summary: `lesson ${state.lesson} → ${target}`, ...hooks });

  const text = await readLessonText(target);
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict').map((change) => change.path);
  console.log(kleur.bold().green(`${text.title}`));
  console.log(formatSummary(plan.changes));
  if (plan.filled?.length) console.log(kleur.dim(moveText().filled(target, plan.filled.join(', '))));
  console.log(`\n${text.opening}\n`);
  if (conflicts.length) {
    console.log(kleur.red().bold(moveText().conflicts(target, conflicts.join(', '))));
    console.log(moveText().markers(kleur.bold('<<<<<<< your code'), kleur.bold(`>>>>>>> lesson ${target}`)));
  } else
    await commitIfScaffolded(
      project.dir,
      await repository,
      target,
      text.title,
      plan.changes.map((change) => change.path),
    );
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
  return (await lessonTags(dir)).length === 0 ? undefined : { identity };
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
    for (const file of large) console.log(kleur.yellow(moveText().large(file, `git rm --cached ${shellQuote(file)}`)));
    const compare = lesson > 1 ? moveText().compare(`git diff lesson-${lesson - 1} lesson-${lesson}`) : '';
    console.log(kleur.dim(moveText().committed(lesson, compare)));
  } catch (error) {
    console.log(kleur.yellow(moveText().noCommit((error as Error).message.split('\n')[0]!)));
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
    log(kleur.dim(moveText().resolvedCommitted(lesson)));
  } catch (error) {
    log(kleur.yellow(moveText().noCommitLesson(lesson, (error as Error).message.split('\n')[0]!)));
  }
}
