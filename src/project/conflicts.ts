// Conflict markers left in the learner's files, and the guard that keeps verify and the
// lesson commands from running on a project that still holds them.
import fs from 'node:fs/promises';
import { join, sep } from 'node:path';
import { catalog, listOf } from '../i18n/i18n.js';
import { EXIT_CANNOT_RUN, UserError } from '../shared/errors.js';
import { recoverAndReport } from './journal.js';
import { byCodeUnit, type ProjectFile, walkProject } from './project-files.js';

const text = catalog({
  en: {
    where: (file: string, line: number, regions: number) => `  ${file}: line ${line}${regions > 1 ? ` (${regions} conflicts)` : ''}`,
    blocked: (command: string, files: string) =>
      `${command} cannot run while conflict markers remain in ${files}: ` +
      'keep the code you want, delete the <<<<<<< ======= >>>>>>> lines, then run it again (or `flash-login undo` to go back).',
  },
  'zh-CN': {
    where: (file, line, regions) => `  ${file}：第 ${line} 行${regions > 1 ? `（${regions} 处冲突）` : ''}`,
    blocked: (command, files) =>
      `${files} 里还有冲突标记，${command} 无法运行：保留你想要的代码，删掉 <<<<<<< ======= >>>>>>> 这几行，然后再运行一次（或者用 \`flash-login undo\` 回到之前）。`,
  },
});

/** Bigger files are data, not code anyone merged. */
const LARGEST_SCANNED = 1_000_000;
const START = /^<{7}(?: |$)/;
const MIDDLE = /^={7}$/;
const END = /^>{7}(?: |$)/;

export interface Conflict {
  /** Relative to the project, with forward slashes. */
  file: string;
  /** 1-based line of the first `<<<<<<<`. */
  line: number;
  /** How many marked regions the file holds. */
  regions: number;
}

/** Count complete regions (<<<<<<< then ======= then >>>>>>>, each at a line start), so prose that mentions one marker is not a conflict. */
export function findMarkers(text: string): { line: number; regions: number } | undefined {
  let first = 0;
  let regions = 0;
  let stage: 'outside' | 'ours' | 'theirs' = 'outside';
  let start = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (START.test(line)) [stage, start] = ['ours', index + 1];
    else if (stage === 'ours' && MIDDLE.test(line)) stage = 'theirs';
    else if (stage === 'theirs' && END.test(line)) {
      regions += 1;
      first ||= start;
      stage = 'outside';
    }
  });
  return regions ? { line: first, regions } : undefined;
}

/** The files that still hold conflict markers, by path; `files` defaults to the learner's whole project. */
export async function findConflicts(dir: string, files?: ProjectFile[]): Promise<Conflict[]> {
  const conflicts: Conflict[] = [];
  for (const file of files ?? (await walkProject(dir)).files) {
    if (file.size > LARGEST_SCANNED) continue;
    const content = await fs.readFile(join(dir, file.path)).catch(() => undefined);
    if (!content || content.includes(0) || !content.includes('<<<<<<<')) continue;
    const found = findMarkers(content.toString('utf8'));
    if (found) conflicts.push({ file: file.path.split(sep).join('/'), ...found });
  }
  return conflicts.sort((a, b) => byCodeUnit(a.file, b.file));
}

function describeConflicts(conflicts: Conflict[]): string {
  return conflicts.map((conflict) => text().where(conflict.file, conflict.line, conflict.regions)).join('\n');
}

/**
 * Run first by verify and the lesson commands: finish or roll back a change that a crash
 * interrupted (and say so), then refuse (exit 2) while conflict markers remain, naming the files.
 */
export async function assertProjectSettled(dir: string, command: string): Promise<void> {
  await recoverAndReport(dir);
  await assertNoConflicts(dir, command);
}

/** The second half of assertProjectSettled(), for a caller that recovers first and scans for markers alongside other work. */
export async function assertNoConflicts(dir: string, command: string): Promise<void> {
  const conflicts = await findConflicts(dir);
  if (conflicts.length === 0) return;
  throw new UserError(
    text().blocked(command, listOf(conflicts.map((conflict) => conflict.file))),
    EXIT_CANNOT_RUN,
    describeConflicts(conflicts),
  );
}
