// How a lesson move is shown before and after it happens: a per-file summary and a coloured diff
// (`diff`, `--dry-run`, `solution`, and the lines goto prints).
import kleur from 'kleur';
import { asText, type FileChange, type LessonStepPlan, type Outcome } from '../course/merge.js';
import { catalog } from '../i18n/i18n.js';

const previewText = catalog({
  en: {
    noFiles: '  (no files change)',
    /** What happened to a file, in a column 9 wide. */
    outcome: {
      updated: 'updated  ',
      merged: 'merged   ',
      todos: 'TODOs    ',
      added: 'added    ',
      deleted: 'deleted  ',
      kept: 'kept     ',
      conflict: 'conflict ',
      missing: 'missing  ',
    },
    textReplaced: (path: string, lesson: number) => `${path}: replaced by lesson ${lesson}'s text, which you had not edited (not shown)`,
    binary: (path: string, deleted: boolean) => `Binary file ${path} ${deleted ? 'is deleted' : 'changes'}`,
    wouldChange: (from: number, to: number) => `Lesson ${from} → ${to} would change:`,
    wouldConflict: (count: number) => `${count} file${count === 1 ? '' : 's'} would get conflict markers (shown above).`,
    nothingWritten: 'Nothing was written.',
  },
  'zh-CN': {
    noFiles: '  （没有文件改动）',
    outcome: {
      updated: '更新     ',
      merged: '合并     ',
      todos: '加 TODO  ',
      added: '新增     ',
      deleted: '删除     ',
      kept: '保留     ',
      conflict: '冲突     ',
      missing: '缺失     ',
    },
    textReplaced: (path, lesson) => `${path}：换成第 ${lesson} 课的文本（你没有改过它，这里不显示）`,
    binary: (path, deleted) => `二进制文件 ${path} ${deleted ? '被删除' : '有改动'}`,
    wouldChange: (from, to) => `第 ${from} 课 → 第 ${to} 课将会改动：`,
    wouldConflict: (count) => `${count} 个文件会出现冲突标记（见上方）。`,
    nothingWritten: '没有写入任何文件。',
  },
});

/** Holds the whole lesson text: hundreds of lines of prose, so an unedited one is named rather than diffed. */
const LESSON_TEXT_FILE = 'README.md';

const COLOURS: Record<Outcome, (text: string) => string> = {
  updated: kleur.green,
  merged: kleur.green,
  todos: kleur.green,
  added: kleur.green,
  deleted: kleur.yellow,
  kept: kleur.yellow,
  conflict: kleur.red,
  missing: kleur.yellow,
};

/** One line per file: what happened (or would happen) to it. */
export function formatSummary(changes: FileChange[]): string {
  if (changes.length === 0) return previewText().noFiles;
  return changes
    .map(
      (change) =>
        `  ${COLOURS[change.outcome](previewText().outcome[change.outcome])}${change.path}${change.note ? kleur.dim(`  ${change.note}`) : ''}`,
    )
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
      parts.push(kleur.bold(previewText().textReplaced(change.path, plan.to)));
      continue;
    }
    const before = change.current ?? Buffer.alloc(0);
    const after = change.write ?? Buffer.alloc(0);
    const [oldText, newText] = [asText(before), asText(after)];
    const oldName = change.current ? `a/${change.path}` : '/dev/null';
    const newName = change.write ? `b/${change.path}` : '/dev/null';
    if (oldText === undefined || newText === undefined) {
      parts.push(kleur.bold(previewText().binary(change.path, !change.write)));
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
  if (diff) console.log(`${diff}\n`);
  console.log(kleur.bold(previewText().wouldChange(plan.from, plan.to)));
  console.log(formatSummary(plan.changes));
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict');
  if (conflicts.length) console.log(kleur.red(previewText().wouldConflict(conflicts.length)));
  console.log(kleur.dim(previewText().nothingWritten));
}
