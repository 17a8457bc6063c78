// `flash-login diff [N]`: preview what lesson N changes, merged onto the learner's files, writing nothing.
import kleur from 'kleur';
import { errorText, EXIT_OK, UserError } from '../shared/errors.js';
import { recoverAndReport } from '../project/journal.js';
import { LESSON_COUNT } from '../course/lessons.js';
import { asText, planLessonStep, type FileChange, type LessonStepPlan, type Outcome } from '../course/merge.js';
import { openProject, type Project } from '../project/project.js';
import { stepModes, type ProjectState } from '../project/state.js';
import { catalog } from '../i18n/i18n.js';

const diffText = catalog({
  en: {
    needsState: (command: string, dir: string) => `${command} needs a project made by create-flash-login: ${dir} has no .flash-login/state.json.`,
    noFiles: '  (no files change)',
    /** What happened to a file, in a column 9 wide. */
    outcome: { updated: 'updated  ', merged: 'merged   ', added: 'added    ', deleted: 'deleted  ', kept: 'kept     ', conflict: 'conflict ', missing: 'missing  ' },
    textReplaced: (path: string, lesson: number) => `${path}: replaced by lesson ${lesson}'s text, which you had not edited (not shown)`,
    binary: (path: string, deleted: boolean) => `Binary file ${path} ${deleted ? 'is deleted' : 'changes'}`,
    wouldChange: (from: number, to: number) => `Lesson ${from} → ${to} would change:`,
    wouldConflict: (count: number) => `${count} file${count === 1 ? '' : 's'} would get conflict markers (shown above).`,
    nothingWritten: 'Nothing was written.',
    lastLesson: (count: number) => `you are on lesson ${count}, the last one: there is no next lesson to preview (diff 2 to ${count} shows what each lesson changed).`,
    lessonOne: 'lesson 1 is where every project starts, so it changes nothing: diff takes a lesson from 2 to 5.',
    elsewhere: (lesson: number, target: number) => `You are on lesson ${lesson}; this shows what lesson ${target} changes (${target - 1} → ${target}), applied to your files.`,
  },
  'zh-CN': {
    needsState: (command, dir) => `${command} 需要一个由 create-flash-login 创建的项目：${dir} 里没有 .flash-login/state.json。`,
    noFiles: '  （没有文件改动）',
    outcome: { updated: '更新     ', merged: '合并     ', added: '新增     ', deleted: '删除     ', kept: '保留     ', conflict: '冲突     ', missing: '缺失     ' },
    textReplaced: (path, lesson) => `${path}：换成第 ${lesson} 课的文本（你没有改过它，这里不显示）`,
    binary: (path, deleted) => `二进制文件 ${path} ${deleted ? '被删除' : '有改动'}`,
    wouldChange: (from, to) => `第 ${from} 课 → 第 ${to} 课将会改动：`,
    wouldConflict: (count) => `${count} 个文件会出现冲突标记（见上方）。`,
    nothingWritten: '没有写入任何文件。',
    lastLesson: (count) => `你在第 ${count} 课，也就是最后一课：没有下一课可以预览（diff 2 到 ${count} 可以查看每一课的改动）。`,
    lessonOne: '每个项目都从第 1 课开始，所以它没有改动：diff 接受 2 到 5 之间的课。',
    elsewhere: (lesson, target) => `你在第 ${lesson} 课；这里显示第 ${target} 课的改动（${target - 1} → ${target}），合并到你的文件上。`,
  },
});

export interface DiffOptions {
  dir?: string;
}

/** The project's state, which every lesson command needs (it holds the answers to render with). */
export function requireState(project: Project, command: string): ProjectState {
  if (!project.state)
    throw new UserError(diffText().needsState(command, project.dir));
  return project.state;
}

export function parseLessonNumber(value: string, what = 'lesson'): number {
  const lesson = Number(value);
  if (!Number.isInteger(lesson) || lesson < 1 || lesson > LESSON_COUNT)
    throw new UserError(errorText().flagTakes(what, errorText().lessonNumber(LESSON_COUNT), value));
  return lesson;
}

/** Holds the whole lesson text: hundreds of lines of prose, so an unedited one is named rather than diffed. */
const LESSON_TEXT_FILE = 'README.md';

const COLOURS: Record<Outcome, (text: string) => string> = {
  updated: kleur.green,
  merged: kleur.green,
  added: kleur.green,
  deleted: kleur.yellow,
  kept: kleur.yellow,
  conflict: kleur.red,
  missing: kleur.yellow,
};

/** One line per file: what happened (or would happen) to it. */
export function formatSummary(changes: FileChange[]): string {
  if (changes.length === 0) return diffText().noFiles;
  return changes
    .map((change) => `  ${COLOURS[change.outcome](diffText().outcome[change.outcome])}${change.path}${change.note ? kleur.dim(`  ${change.note}`) : ''}`)
    .join('\n');
}

function colourLine(line: string): string {
  if (line.startsWith('+++') || line.startsWith('---')) return kleur.bold(line);
  if (line.startsWith('@@')) return kleur.cyan(line);
  if (line.startsWith('+')) return kleur.green(line);
  if (line.startsWith('-')) return kleur.red(line);
  if (line.startsWith('\\')) return kleur.dim(line);
  return line;
}

/** A coloured unified diff of every file the plan writes, from the learner's copy to the result. */
export async function formatPlanDiff(plan: LessonStepPlan): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const parts: string[] = [];
  for (const change of plan.changes) {
    if (change.write === undefined) continue;
    if (change.path === LESSON_TEXT_FILE && change.outcome === 'updated') {
      parts.push(kleur.bold(diffText().textReplaced(change.path, plan.to)));
      continue;
    }
    const before = change.current ?? Buffer.alloc(0);
    const after = change.write ?? Buffer.alloc(0);
    const [oldText, newText] = [asText(before), asText(after)];
    const oldName = change.current ? `a/${change.path}` : '/dev/null';
    const newName = change.write ? `b/${change.path}` : '/dev/null';
    if (oldText === undefined || newText === undefined) {
      parts.push(kleur.bold(diffText().binary(change.path, !change.write)));
      continue;
    }
    const patch = createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, {
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
    });
    parts.push(patch.trimEnd().split('\n').map(colourLine).join('\n'));
  }
  return parts.join('\n');
}

/** What `--dry-run` and `diff` print: the diff, then the per-file summary. */
export async function printPreview(plan: LessonStepPlan): Promise<void> {
  const diff = await formatPlanDiff(plan);
  if (diff) console.log(diff + '\n');
  console.log(kleur.bold(diffText().wouldChange(plan.from, plan.to)));
  console.log(formatSummary(plan.changes));
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict');
  if (conflicts.length) console.log(kleur.red(diffText().wouldConflict(conflicts.length)));
  console.log(kleur.dim(diffText().nothingWritten));
}

export async function diffCommand(lessonArgument: string | undefined, options: DiffOptions): Promise<number> {
  const project = await openProject(options.dir);
  const state = requireState(project, 'diff');
  await recoverAndReport(project.dir);
  const lesson = lessonArgument === undefined ? state.lesson + 1 : parseLessonNumber(lessonArgument, 'diff');
  if (lesson > LESSON_COUNT) throw new UserError(diffText().lastLesson(LESSON_COUNT));
  if (lesson < 2) throw new UserError(diffText().lessonOne);
  if (lesson - 1 !== state.lesson)
    console.log(kleur.dim(diffText().elsewhere(state.lesson, lesson)));
  await printPreview(await planLessonStep(project.dir, state.answers, lesson - 1, lesson, stepModes(state)));
  return EXIT_OK;
}
