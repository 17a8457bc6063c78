// Moving a project to another lesson (src/course/merge.ts plans it: in practice mode forward, the
// learner's code only gains TODO lines; otherwise a three-way merge), and committing in the
// scaffolder's repository: `lesson-N` for the learner's lesson N that verify passed (committed before
// the move changes anything), `lesson-N-start` for what the move added. goto, next-lesson and undo
// drive it; verify concludes a move whose conflicts were resolved.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import kleur from 'kleur';
import { readLessonText } from '../course/lessons.js';
import { conflictLabels, type LessonStepPlan, planLessonStep } from '../course/merge.js';
import { catalog, listOf } from '../i18n/i18n.js';
import {
  commitLesson,
  gitIdentityEnv,
  lessonTagMissing,
  lessonTags,
  passedTag,
  startTag,
  tagHead,
  workTreeChanged,
} from '../project/git.js';
import { applyChange, type ChangeOptions, stateWrite } from '../project/journal.js';
import type { Project } from '../project/project.js';
import { changedFiles, fingerprintProject } from '../project/project-files.js';
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
    committed: (lesson: number, compare: string) => `Committed what it added and tagged it lesson-${lesson}-start${compare}.`,
    passed: (lesson: number) => `Your lesson ${lesson}, as verify passed it, is committed and tagged lesson-${lesson}.`,
    passedTitle: (lesson: number, title: string) => `Lesson ${lesson}, yours: passes flash-login verify (${title})`,
    startTitle: (lesson: number, title: string) => `Lesson ${lesson} starts: what flash-login added (${title})`,
    resolvedTitle: (lesson: number, title: string) =>
      `Lesson ${lesson} starts: the lesson merged with your code, conflicts resolved (${title})`,
    noCommit: (why: string) => `! git could not commit (${why}); your files are written all the same.`,
    resolvedCommitted: (lesson: number) =>
      `The start of lesson ${lesson}, with the conflicts you resolved, is committed and tagged lesson-${lesson}-start.`,
    noCommitLesson: (lesson: number, why: string) => `! git could not commit lesson ${lesson} (${why}); your files are as you left them.`,
  },
  'zh-CN': {
    filled: (lesson, ids) => `已按参考答案写好，因为第 ${lesson} 课要在它们之上继续：${ids}（\`flash-login status\` 会标出它们）。`,
    conflicts: (lesson, files) => `你的修改和第 ${lesson} 课改动了同样的行：${files}`,
    markers: (ours, theirs) =>
      `${ours} 和 ${theirs} 之间写出了两个版本：保留你想要的，删掉标记行，然后运行 \`flash-login verify\`。\`flash-login undo\` 可以把一切恢复原样。`,
    large: (file, untrack) => `! ${file} 超过 1 MB 且被 git 跟踪，所以它也在这次提交里（\`${untrack}\` 可以停止跟踪它）。`,
    compare: (command) => `：\`${command}\` 可以查看这一课的改动`,
    committed: (lesson, compare) => `已提交新增的内容，并打上标签 lesson-${lesson}-start${compare}。`,
    passed: (lesson) => `你通过 verify 的第 ${lesson} 课已提交，并打上标签 lesson-${lesson}。`,
    passedTitle: (lesson, title) => `第 ${lesson} 课，你的代码：通过 flash-login verify（${title}）`,
    startTitle: (lesson, title) => `第 ${lesson} 课开始：flash-login 新增的内容（${title}）`,
    resolvedTitle: (lesson, title) => `第 ${lesson} 课开始：课程与你的代码合并，冲突已解决（${title}）`,
    noCommit: (why) => `! git 无法提交（${why}）；你的文件照样已经写入。`,
    resolvedCommitted: (lesson) => `第 ${lesson} 课的开头（含你解决的冲突）已提交，并打上标签 lesson-${lesson}-start。`,
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

/** A lesson change: the project, its state, the lesson to move to, and the command that moves it. */
export interface MoveRequest {
  project: Project;
  state: ProjectState;
  target: number;
  command: string;
  hooks?: ChangeHooks;
}

/**
 * A lesson change as goto and next-lesson make it: first what the learner has is committed (a lesson
 * whose conflicts were resolved keeps a commit of its own; the lesson verify passed is tagged as it
 * was), then the move. The step is planned, and git's read-only questions asked, meanwhile: none of
 * those commits changes a file.
 */
export async function commitAndMove(request: MoveRequest): Promise<MoveResult> {
  const { project, state, target } = request;
  const plan = planLessonStep(project.dir, state.answers, state.lesson, target, stepModes(state));
  plan.catch(() => undefined); // awaited below, after the commits
  void scaffoldedRepository(project.dir); // starts git's read-only questions; each is asked once per command
  await commitResolvedLesson(project);
  await commitPassedLesson(project, state);
  return moveToLesson({ ...request, plan: await plan });
}

/**
 * Write the planned step from the project's lesson to `target` onto its files and record the new
 * lesson, as one change that undo reverts; then tell the learner what happened.
 */
async function moveToLesson({
  project,
  state,
  target,
  command,
  hooks = {},
  plan,
}: MoveRequest & { plan: LessonStepPlan }): Promise<MoveResult> {
  const repository = scaffoldedRepository(project.dir);
  const modes = stepModes(state);
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
  if (plan.filled?.length) console.log(kleur.dim(moveText().filled(target, listOf(plan.filled))));
  console.log(`\n${text.opening}\n`);
  if (conflicts.length) {
    console.log(kleur.red().bold(moveText().conflicts(target, listOf(conflicts))));
    const labels = conflictLabels();
    console.log(moveText().markers(kleur.bold(`<<<<<<< ${labels.ours}`), kleur.bold(`>>>>>>> ${labels.lesson(target)}`)));
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
async function scaffoldedRepository(dir: string): Promise<{ identity: Promise<Record<string, string>>; tags: string[] } | undefined> {
  if (!existsSync(join(dir, '.git'))) return undefined;
  const identity = gitIdentityEnv(dir);
  identity.catch(() => undefined); // awaited only when there is a commit to make
  const tags = await lessonTags(dir);
  return tags.length === 0 ? undefined : { identity, tags };
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
    const large = await commitLesson(dir, startTag(lesson), moveText().startTitle(lesson, title), repository.identity, lessonFiles);
    for (const file of large) console.log(kleur.yellow(moveText().large(file, `git rm --cached ${shellQuote(file)}`)));
    // The earlier lesson's tags, as they were before this commit added lesson N's.
    const earlier = [passedTag(lesson - 1), startTag(lesson - 1)].find((tag) => repository.tags.includes(tag));
    const compare = earlier ? moveText().compare(`git diff ${earlier} ${startTag(lesson)}`) : '';
    console.log(kleur.dim(moveText().committed(lesson, compare)));
  } catch (error) {
    console.log(kleur.yellow(moveText().noCommit((error as Error).message.split('\n')[0]!)));
  }
}

/**
 * Before a move changes anything: the learner's lesson N, if the last verify passed it and the files
 * are still as that verify read them, is committed and tagged lesson-N (the tag only ever names
 * passing code). Elsewhere (no scaffolder's repository, no pass, files changed since) nothing happens.
 */
async function commitPassedLesson(project: Project, state: ProjectState, log: (line: string) => void = console.log): Promise<void> {
  const last = state.lastVerify;
  if (!last || last.lesson !== state.lesson || last.status !== 'pass') return;
  const repository = await scaffoldedRepository(project.dir);
  if (!repository) return;
  try {
    // git's answer comes while the files are read
    const [files, treeChanged] = await Promise.all([last.files && fingerprintProject(project.dir), workTreeChanged(project.dir)]);
    if (last.files && files && changedFiles(last.files, files).length > 0) return;
    const title = moveText().passedTitle(state.lesson, (await readLessonText(state.lesson)).title);
    if (treeChanged) await commitLesson(project.dir, passedTag(state.lesson), title, repository.identity);
    else await tagHead(project.dir, passedTag(state.lesson));
    log(kleur.dim(moveText().passed(state.lesson)));
  } catch (error) {
    log(kleur.yellow(moveText().noCommitLesson(state.lesson, (error as Error).message.split('\n')[0]!)));
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
    await commitLesson(
      project.dir,
      startTag(lesson),
      moveText().resolvedTitle(lesson, (await readLessonText(lesson)).title),
      repository.identity,
    );
    log(kleur.dim(moveText().resolvedCommitted(lesson)));
  } catch (error) {
    log(kleur.yellow(moveText().noCommitLesson(lesson, (error as Error).message.split('\n')[0]!)));
  }
}
