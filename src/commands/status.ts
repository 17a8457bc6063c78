import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import kleur from 'kleur';
import { LESSON_COUNT, readLessonText } from '../course/lessons.js';
import { currentVerify, exerciseNotes, isLastLesson, shortTitle, timeAgo } from '../course/progress.js';
import { catalog } from '../i18n/i18n.js';
import { type Conflict, findConflicts } from '../project/conflicts.js';
import { JOURNAL_FILE } from '../project/journal.js';
import { openProject } from '../project/project.js';
import { changedFiles, fingerprintProject, type ProjectFile, walkProject } from '../project/project-files.js';
import { lessonModeOf, type ProjectState, STATE_FILE, type VerifyRecord } from '../project/state.js';
import { EXIT_OK } from '../shared/errors.js';
import { padColumns, prepareColumns } from '../terminal/columns.js';

const statusText = catalog({
  en: {
    edit: (file: string) => `edit ${file}`,
    resolve: (line: number) => `resolve its conflict markers (line ${line}), keep the code you want, then run \`flash-login verify\``,
    checksLesson1: 'checks your app against lesson 1 (pass --lesson N for another)',
    checksLesson: (lesson: number) => `checks your app against lesson ${lesson}`,
    filesChanged: 'your files changed since the last verify',
    showsWhy: 'shows why your app did not start; fix it, then `flash-login verify`',
    explains: (id: string | undefined) => `explains ${id ?? 'the first failing check'}; fix it, then \`flash-login verify\``,
    finished: 'you finished every lesson: try your app in the browser',
    bringsIn: (lesson: number, title: string | undefined) => `brings in lesson ${lesson}${title ? `: ${title}` : ''}`,
    noneRecorded: 'none recorded (there is no state file)',
    notRunYet: (lesson: number, last: number | undefined) =>
      `not run for lesson ${lesson} yet${last ? ` (the last one was of lesson ${last})` : ''}`,
    passed: 'passed',
    didNotStart: 'your app did not start',
    checksFailed: (count: number) => `${count} check${count === 1 ? '' : 's'} failed`,
    /** The checks that failed, after checksFailed; the files changed since. */
    ids: (ids: string[]) => `: ${ids.join(', ')}`,
    files: (files: string[]) => files.join(', '),
    /** How long ago the last verify ran, after its result: the gap, then what is dimmed. */
    whenGap: ' ',
    when: (ago: string) => `(${ago})`,
    none: 'none',
    conflictAt: (line: number, regions: number) => ` line ${line}${regions > 1 ? ` (${regions} regions)` : ''}`,
    heading: (lesson: number, count: number, title: string) => `lesson ${lesson} of ${count}: ${title}`,
    noState: (file: string) => `no ${file}, so no lesson is recorded`,
    lastVerify: 'last verify',
    changedSince: 'changed since',
    andMore: (count: number) => ` and ${count} more`,
    exercises: 'exercises',
    conflicts: 'conflicts',
    missing: 'missing',
    bringsBack: (lesson: number) => `brings back lesson ${lesson}'s app.py`,
    interrupted: 'interrupted',
    cutShort: (command: string) => `a \`flash-login ${command}\` was cut short`,
    finishesFirst: 'first finishes or rolls back the change that was cut short, and says which',
    next: 'next',
  },
  'zh-CN': {
    edit: (file) => `编辑 ${file}`,
    resolve: (line) => `解决其中的冲突标记（第 ${line} 行），保留你想要的代码，然后运行 \`flash-login verify\``,
    checksLesson1: '用第 1 课检查你的应用（加上 --lesson N 检查别的课）',
    checksLesson: (lesson) => `用第 ${lesson} 课检查你的应用`,
    filesChanged: '上次 verify 之后你的文件有改动',
    showsWhy: '显示你的应用为什么没有启动；修好后运行 `flash-login verify`',
    explains: (id) => `解释 ${id ?? '第一项失败的检查'}；修好后运行 \`flash-login verify\``,
    finished: '你已经完成了所有的课：在浏览器里试试你的应用吧',
    bringsIn: (lesson, title) => `引入第 ${lesson} 课${title ? `：${title}` : ''}`,
    noneRecorded: '没有记录（没有状态文件）',
    notRunYet: (lesson, last) => `第 ${lesson} 课还没有运行过${last ? `（上一次是第 ${last} 课的）` : ''}`,
    passed: '已通过',
    didNotStart: '你的应用没有启动',
    checksFailed: (count) => `${count} 项检查失败`,
    ids: (ids) => `：${ids.join('、')}`,
    files: (files) => files.join('、'),
    whenGap: '',
    when: (ago) => `（${ago}）`,
    none: '没有',
    conflictAt: (line, regions) => ` 第 ${line} 行${regions > 1 ? `（${regions} 处）` : ''}`,
    heading: (lesson, count, title) => `第 ${lesson} 课（共 ${count} 课）：${title}`,
    noState: (file) => `没有 ${file}，所以没有记录在哪一课`,
    lastVerify: '上次 verify',
    changedSince: '之后改动的文件',
    andMore: (count) => `，另有 ${count} 个`,
    exercises: '练习',
    conflicts: '冲突',
    missing: '缺少',
    bringsBack: (lesson) => `恢复第 ${lesson} 课的 app.py`,
    interrupted: '被中断',
    cutShort: (command) => `一次 \`flash-login ${command}\` 被中断了`,
    finishesFirst: '先完成或回滚被中断的改动，并说明是哪一种',
    next: '下一步',
  },
});

export interface StatusOptions {
  dir?: string;
}

export interface NextStep {
  command: string;
  why: string;
}

/** The one thing to do next: conflicts first, then verify, then a hint, then the next lesson. */
export function nextStep(
  state: ProjectState | undefined,
  conflicts: Conflict[],
  changedSinceVerify: string[],
  nextTitle: string | undefined,
): NextStep {
  if (conflicts.length > 0) return { command: statusText().edit(conflicts[0]!.file), why: statusText().resolve(conflicts[0]!.line) };
  if (!state) return { command: 'flash-login verify', why: statusText().checksLesson1 };
  const verify = currentVerify(state);
  if (!verify) return { command: 'flash-login verify', why: statusText().checksLesson(state.lesson) };
  if (changedSinceVerify.length > 0) return { command: 'flash-login verify', why: statusText().filesChanged };
  if (verify.status === 'error') return { command: 'flash-login run', why: statusText().showsWhy };
  if (verify.status === 'fail') return { command: 'flash-login hint', why: statusText().explains(verify.failed[0]) };
  if (isLastLesson(state.lesson)) return { command: 'flash-login run', why: statusText().finished };
  return { command: 'flash-login next-lesson', why: statusText().bringsIn(state.lesson + 1, nextTitle) };
}

function describeVerify(verify: VerifyRecord | undefined, state: ProjectState | undefined): string {
  if (!state) return kleur.dim(statusText().noneRecorded);
  if (!verify) {
    return kleur.dim(statusText().notRunYet(state.lesson, state.lastVerify?.lesson));
  }
  const when = statusText().whenGap + kleur.dim(statusText().when(timeAgo(verify.at)));
  if (verify.status === 'pass') return `${kleur.green(statusText().passed)}${when}`;
  if (verify.status === 'error') return `${kleur.red(statusText().didNotStart)}${when}`;
  const count = verify.failed.length;
  return `${kleur.red(statusText().checksFailed(count))}${statusText().ids(verify.failed)}${when}`;
}

function describeConflicts(conflicts: Conflict[]): string[] {
  if (conflicts.length === 0) return [kleur.green(statusText().none)];
  return conflicts.map((conflict) => `${kleur.red(conflict.file)}${statusText().conflictAt(conflict.line, conflict.regions)}`);
}

/**
 * Files whose content changed since the last verify of this lesson: its result no longer says much
 * about them. By content, as git status does: a `touch` or a checkout of the same bytes is no change.
 * (A record from before verify kept fingerprints falls back to modification times.)
 */
async function changedSince(projectDir: string, verify: VerifyRecord | undefined, files: ProjectFile[]): Promise<string[]> {
  if (!verify) return [];
  if (verify.files) return changedFiles(verify.files, await fingerprintProject(projectDir, files));
  const at = Date.parse(verify.at);
  return files.filter((file) => file.mtimeMs > at).map((file) => file.path);
}

export async function statusCommand(options: StatusOptions): Promise<number> {
  const project = await openProject(options.dir);
  const { state } = project;
  const tree = await walkProject(project.dir);
  const conflicts = await findConflicts(project.dir, tree.files);
  const verify = currentVerify(state);
  const changed = await changedSince(project.dir, verify, tree.files);
  await prepareColumns();

  const label = (text: string) => `  ${kleur.dim(padColumns(text, 15))}`;
  const lines: string[] = [];
  if (state) {
    const title = shortTitle(await readLessonText(state.lesson));
    lines.push(`${kleur.bold(state.answers.projectName)} · ${statusText().heading(state.lesson, LESSON_COUNT, kleur.bold(title))}`);
  } else lines.push(`${kleur.bold(basename(project.dir))} · ${kleur.yellow(statusText().noState(STATE_FILE))}`);

  lines.push(label(statusText().lastVerify) + describeVerify(verify, state));
  if (changed.length > 0)
    lines.push(
      label(statusText().changedSince) +
        statusText().files(changed.slice(0, 3)) +
        (changed.length > 3 ? statusText().andMore(changed.length - 3) : ''),
    );
  if (state && lessonModeOf(state) === 'practice') {
    const { currentExercises, exerciseMark } = await import('../course/todo-locations.js');
    (await currentExercises(project.dir, state)).forEach((exercise, index) => {
      const mark = exerciseMark(exercise.status);
      const notes = exerciseNotes(exercise);
      lines.push(
        `${label(index === 0 ? statusText().exercises : '')}${mark} ${kleur.bold(exercise.id.padEnd(11))}${notes ? kleur.dim(notes) : ''}`,
      );
    });
  }
  const [firstConflict, ...moreConflicts] = describeConflicts(conflicts);
  lines.push(label(statusText().conflicts) + firstConflict);
  for (const more of moreConflicts) lines.push(label('') + more);

  const nextTitle = state && !isLastLesson(state.lesson) ? shortTitle(await readLessonText(state.lesson + 1)) : undefined;
  let step = nextStep(state, conflicts, changed, nextTitle);
  // A deleted app.py, or a change cut short, comes before anything else the learner could do.
  if (!existsSync(join(project.dir, 'app.py'))) {
    lines.push(label(statusText().missing) + kleur.red('app.py'));
    step = { command: 'flash-login reset app.py', why: statusText().bringsBack(state?.lesson ?? 1) };
  }
  const journal = await readFile(join(project.dir, JOURNAL_FILE), 'utf8').then(
    (text) => JSON.parse(text) as { command?: string },
    () => undefined,
  );
  if (journal) {
    lines.push(label(statusText().interrupted) + kleur.yellow(statusText().cutShort(journal.command ?? 'change')));
    step = { command: 'flash-login verify', why: statusText().finishesFirst };
  }
  lines.push(`${label(statusText().next)}${kleur.bold().cyan(step.command)}  ${kleur.dim(step.why)}`);
  console.log(lines.join('\n'));
  return EXIT_OK;
}
