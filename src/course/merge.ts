// The merge of one lesson step: lesson A's rendering (base), the learner's files (ours)
// and lesson B's rendering (theirs) in, one decision per file out. Plain data, no disk,
// so tests can feed it synthetic renderings (a lesson that deletes a file, say).
import fs from 'node:fs/promises';
import { join } from 'node:path';
import { catalog, type Lang } from '../i18n/i18n.js';
import { UserError } from '../shared/errors.js';
import { exercisesFor, type Mode } from './exercises.js';
import type { FileChange, FileMap, Outcome } from './file-change.js';
import { dropPlacedTodos, placedTodoLines, practiceForward, readCodeFiles } from './practice-step.js';
import { lessonStubs } from './reference-code.js';
import { type Answers, renderLesson } from './render.js';
import { dropDoneTodos } from './starter.js';

const mergeText = catalog({
  en: {
    notUtf8: (path: string) =>
      `${path} is not UTF-8 text, so its lines cannot be merged with the lesson's: save it as UTF-8 in your editor ` +
      `(or \`iconv -f latin1 -t utf-8\`), then run this again. Nothing was changed.`,
    goneThere: (label: string, path: string) => `${label} no longer has ${path}, but you changed it, so your copy stays`,
    deleted: (path: string) =>
      `you deleted ${path}, which the lesson changes: not recreated (\`flash-login reset ${path}\` brings it back)`,
    notText: (label: string, path: string) => `both you and ${label} changed ${path}, and it is not text, so your copy stays`,
    ours: 'your code',
    lesson: (lesson: number) => `lesson ${lesson}`,
    solution: 'solution',
  },
  'zh-CN': {
    notUtf8: (path) =>
      `${path} 不是 UTF-8 文本，它的行无法与课程的代码合并：请在编辑器里把它存为 UTF-8（或者用 \`iconv -f latin1 -t utf-8\`），然后再运行一次。没有改动任何文件。`,
    goneThere: (label, path) => `${label} 里已经没有 ${path}，但你改过它，所以保留你的版本`,
    deleted: (path) => `你删除了 ${path}，而这一课要改动它：不会重新创建（\`flash-login reset ${path}\` 可以恢复它）`,
    notText: (label, path) => `你和 ${label} 都改动了 ${path}，而它不是文本文件，所以保留你的版本`,
    ours: '你的代码',
    lesson: (lesson) => `第 ${lesson} 课`,
    solution: '参考答案',
  },
});

export type { FileChange, FileMap, Outcome } from './file-change.js';

export interface MergeInput {
  /** The reference app of the lesson the learner is on. */
  base: FileMap;
  /** The learner's files, at least every path of base and theirs that exists. */
  ours: FileMap;
  /** The reference app of the lesson to move to. */
  theirs: FileMap;
  /** Names theirs in conflict markers, e.g. "lesson 3". */
  theirsLabel: string;
}

/** The labels of conflict markers, in the project's language: `<<<<<<< your code`, `>>>>>>> lesson 3`. */
export function conflictLabels(): { ours: string; lesson: (lesson: number) => string } {
  const { ours, lesson } = mergeText();
  return { ours, lesson };
}

/** Decide every file that base or theirs holds; files only the learner has are never touched. */
export async function mergeLessonFiles(input: MergeInput): Promise<FileChange[]> {
  const { base, ours, theirs } = input;
  const paths = [...new Set([...base.keys(), ...theirs.keys()])].sort();
  const changes: FileChange[] = [];
  for (const path of paths) {
    const b = base.get(path);
    const o = ours.get(path);
    const t = theirs.get(path);
    if (b && t && b.equals(t)) continue; // the lesson does not change it
    if (o && t && o.equals(t)) continue; // the learner already has the lesson's version
    if (!t) {
      if (!o) continue;
      if (b && o.equals(b)) changes.push({ path, outcome: 'deleted', current: o, write: null });
      else changes.push({ path, outcome: 'kept', current: o, note: mergeText().goneThere(input.theirsLabel, path) });
    } else if (!o) {
      if (b) changes.push({ path, outcome: 'missing', note: mergeText().deleted(path) });
      else changes.push({ path, outcome: 'added', write: t });
    } else if (b && o.equals(b)) {
      changes.push({ path, outcome: 'updated', current: o, write: t });
    } else {
      changes.push(await mergeFile(path, b, o, t, input.theirsLabel));
    }
  }
  return changes;
}

async function mergeFile(path: string, base: Buffer | undefined, ours: Buffer, theirs: Buffer, theirsLabel: string): Promise<FileChange> {
  const [b, o, t] = [base ?? Buffer.alloc(0), ours, theirs].map(asText);
  if (b === undefined || o === undefined || t === undefined)
    return { path, outcome: 'kept', current: ours, note: mergeText().notText(theirsLabel, path) };
  const oursText = splitLines(o);
  const theirsText = splitLines(t);
  // A file both sides added merges against an empty base that ends its lines as the lesson does.
  const baseText = base ? splitLines(b) : { ...theirsText, lines: [] };
  // With no base there is one big conflict; dig into it, as git does, so only the differing lines are marked.
  const diff3 = await import('node-diff3');
  const labels = { a: mergeText().ours, b: theirsLabel };
  const merged = base
    ? mergeBothWays(diff3, oursText.lines, baseText.lines, theirsText.lines, labels)
    : diff3.mergeDigIn(oursText.lines, baseText.lines, theirsText.lines, { label: labels });
  // Line endings and the final newline merge like one more line: a CRLF file stays CRLF.
  const text = joinLines({
    lines: merged.result.map(String),
    eol: pick(baseText.eol, oursText.eol, theirsText.eol),
    finalNewline: pick(baseText.finalNewline, oursText.finalNewline, theirsText.finalNewline),
  });
  return { path, outcome: merged.conflict ? 'conflict' : 'merged', current: ours, write: Buffer.from(text, 'utf8') };
}

type Diff3 = typeof import('node-diff3');

/** How many identical lines around a conflict its second look takes in, at most, on each side. */
const CONTEXT = 8;

/**
 * diff3, with a second look at each conflict. Its LCS matches repeated lines (blank ones above
 * all) as early as it can, so a learner who adds a blank line inside a function can make the
 * blank lines that part it from the next lesson's insertion count as the learner's, and two
 * changes a blank line apart then look like one. So each conflict, with the lines around it that
 * all three versions share, is merged again back to front, which matches those lines as late as
 * it can; when that sees no overlap, its result stands. Changes to the same lines conflict both
 * ways round, so nothing the learner wrote is ever merged away silently.
 */
function mergeBothWays(
  diff3: Diff3,
  ours: string[],
  base: string[],
  theirs: string[],
  label: { a: string; b: string },
): { conflict: boolean; result: string[] } {
  const regions = diff3.diff3Merge(ours, base, theirs, { excludeFalseConflicts: true });
  const result: string[] = [];
  let conflict = false;
  for (let index = 0; index < regions.length; index++) {
    const region = regions[index]!;
    if (region.ok) {
      result.push(...region.ok);
      continue;
    }
    const { a, aIndex, o, oIndex, b, bIndex } = region.conflict!;
    const before = sharedRun([ours.slice(0, aIndex), base.slice(0, oIndex), theirs.slice(0, bIndex)], 'end', result);
    const next: string[] | undefined = regions[index + 1]?.ok;
    const after = sharedRun(
      [ours.slice(aIndex + a.length), base.slice(oIndex + o.length), theirs.slice(bIndex + b.length)],
      'start',
      next ?? [],
    );
    const again = diff3.diff3Merge(
      [...before, ...a, ...after].reverse(),
      [...before, ...o, ...after].reverse(),
      [...before, ...b, ...after].reverse(),
      {
        excludeFalseConflicts: true,
      },
    );
    if (again.every((part) => part.ok)) {
      result.splice(result.length - before.length, before.length, ...again.flatMap((part) => part.ok ?? []).reverse());
      if (next) regions[index + 1] = { ok: next.slice(after.length) };
      continue;
    }
    conflict = true;
    result.push(`<<<<<<< ${label.a}`, ...a, '=======', ...b, `>>>>>>> ${label.b}`);
  }
  return { conflict, result };
}

/**
 * The lines next to a conflict (at the end of what comes before it, or the start of what
 * follows) that all three versions share, and that the merged text holds there too.
 */
function sharedRun(sides: string[][], where: 'start' | 'end', merged: string[]): string[] {
  const run: string[] = [];
  for (let i = 1; i <= CONTEXT; i++) {
    const pick = (lines: string[]) => (where === 'end' ? lines[lines.length - i] : lines[i - 1]);
    const line = pick(sides[0]!);
    if (line === undefined || sides.some((side) => pick(side) !== line) || pick(merged) !== line) break;
    if (where === 'end') run.unshift(line);
    else run.push(line);
  }
  return run;
}

/** A three-way merge of one value: the learner's where they changed it, else the lesson's. */
function pick<T>(base: T, ours: T, theirs: T): T {
  return ours !== base ? ours : theirs;
}

/** The file as text, or undefined for one that is not UTF-8 text. */
export function asText(content: Buffer): string | undefined {
  if (content.includes(0)) return undefined;
  const text = content.toString('utf8');
  return Buffer.from(text, 'utf8').equals(content) ? text : undefined;
}

export interface SplitText {
  lines: string[];
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

/** Lines without their endings. Only a file whose every break is CRLF counts as CRLF;
 * a mixed file keeps its stray \r inside the lines, so no byte is lost either way. */
export function splitLines(text: string): SplitText {
  const crlf = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
  const eol = crlf ? '\r\n' : '\n';
  const finalNewline = text.endsWith(eol);
  const body = finalNewline ? text.slice(0, -eol.length) : text;
  return { lines: text === '' ? [] : body.split(eol), eol, finalNewline };
}

function joinLines({ lines, eol, finalNewline }: SplitText): string {
  return lines.length === 0 ? '' : lines.join(eol) + (finalNewline ? eol : '');
}

/** The learner's files at the given paths; absent ones are left out. */
export async function readProjectFiles(dir: string, paths: Iterable<string>): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const path of paths) {
    try {
      files.set(path, await fs.readFile(join(dir, ...path.split('/'))));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') throw error;
    }
  }
  return files;
}

export interface LessonStepPlan {
  from: number;
  to: number;
  changes: FileChange[];
  /**
   * Exercises written as the reference on the way: those of the lessons a forward move skips, and
   * those of the lesson left that the learner had not started (their TODO untouched).
   */
  filled?: string[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A lesson file that is not UTF-8 cannot be merged line by line: stop before anything is written, naming it. */
function assertUtf8(files: Map<string, Buffer>): void {
  for (const [path, content] of files) {
    try {
      strictUtf8.decode(content);
    } catch {
      throw new UserError(mergeText().notUtf8(path));
    }
  }
}

/** The modes of a step: the one the current lesson came in, and the one the next comes in. */
export interface StepModes {
  from: Mode;
  to: Mode;
  /** The current lesson passed its last verify: every TODO of it is done, wherever the learner wrote the code. */
  fromPassed?: boolean;
  /** The languages of the two lessons' apps (default English): a `flash-login lang` switch shows in the step. */
  langs?: { from: Lang; to: Lang };
}

/**
 * Render both lessons with the project's answers and merge the step from -> to onto the learner's
 * files. The base is always the reference app of `from` (whatever the learner wrote stands in for
 * its TODOs), with the README as that lesson came; `to` comes as its starter in practice mode.
 * A step that has practice on either side walks one lesson at a time (planPracticeMove).
 */
export async function planLessonStep(
  dir: string,
  answers: Answers,
  from: number,
  to: number,
  modes: StepModes = { from: 'guided', to: 'guided' },
): Promise<LessonStepPlan> {
  if (modes.from === 'practice' || modes.to === 'practice') return planPracticeMove(dir, answers, from, to, modes);
  const [base, theirs] = await Promise.all([
    renderLesson(from, answers, { mode: modes.from, solved: 'all', lang: modes.langs?.from }),
    renderLesson(to, answers, { mode: modes.to, lang: modes.langs?.to }),
  ]);
  const ours = await readProjectFiles(dir, new Set([...base.keys(), ...theirs.keys()]));
  assertUtf8(ours);
  return { from, to, changes: await mergeLessonFiles({ base, ours, theirs, theirsLabel: mergeText().lesson(to) }) };
}

/** The merge that writes the reference of some exercises of a practice lesson: base its starter, theirs the starter with them solved. */
export async function mergeSolutions(
  lesson: number,
  answers: Answers,
  ours: FileMap,
  solved: ReadonlySet<string>,
  lang?: Lang,
): Promise<FileChange[]> {
  const [base, theirs] = await Promise.all([
    renderLesson(lesson, answers, { mode: 'practice', lang }),
    renderLesson(lesson, answers, { mode: 'practice', solved, lang }),
  ]);
  return mergeLessonFiles({ base, ours, theirs, theirsLabel: mergeText().solution });
}

/**
 * A move that has practice on either side, in three parts:
 * 1. TODO lines of the lesson left that the learner wrote around (solved, the line left in place)
 *    go, so they neither meet the next lesson's lines nor point at work that is done;
 * 2. exercises of that lesson the learner had not started are written as the reference, as are
 *    (3) those of every lesson a forward move skips: the merge walks one lesson at a time, so each
 *    lesson's starter meets the code it was written on. Moving back lands on the earlier lesson
 *    finished (its reference, with the learner's own code where it merges), never on TODOs again.
 */
async function planPracticeMove(dir: string, answers: Answers, from: number, to: number, modes: StepModes): Promise<LessonStepPlan> {
  const forward = to > from;
  if (forward && modes.to === 'practice') return planPracticeForward(dir, answers, from, to, modes);
  const lessons = forward ? range(from + 1, to) : range(to, from - 1).reverse();
  const renderings = await Promise.all(
    lessons.map((lesson) =>
      renderLesson(
        lesson,
        answers,
        lesson === to && forward ? { mode: modes.to, lang: modes.langs?.to } : { mode: modes.to, solved: 'all', lang: modes.langs?.to },
      ),
    ),
  );
  const base = await renderLesson(from, answers, { mode: modes.from, solved: 'all', lang: modes.langs?.from });
  const ours = await readProjectFiles(dir, new Set([base, ...renderings].flatMap((files) => [...files.keys()])));
  assertUtf8(ours);
  const files = new Map(ours);
  const steps: FileChange[][] = [];
  let fill: string[] = [];
  if (modes.from === 'practice') {
    // Going back, the TODO lines a move put into the learner's code go too: the earlier lesson has no place for them.
    if (!forward || modes.fromPassed) await dropPlacedTodoLines(dir, files, ours, from, modes.langs?.from ?? 'en');
    fill = await dropDoneTodoLines(files, from, modes.fromPassed ?? false, modes.langs?.from);
    if (fill.length) {
      const changes = await mergeSolutions(from, answers, files, new Set(fill), modes.langs?.from);
      // Only where the reference merges in cleanly (a file whose TODOs a move put among the learner's
      // lines has no starter to merge against); the step to the other lesson decides the rest.
      steps.push(
        applyStep(
          files,
          changes.filter((change) => change.outcome !== 'conflict'),
        ),
      );
    }
  }
  let previous = base;
  for (const [index, lesson] of lessons.entries()) {
    const theirs = renderings[index]!;
    steps.push(applyStep(files, await mergeLessonFiles({ base: previous, ours: files, theirs, theirsLabel: mergeText().lesson(lesson) })));
    previous = theirs;
  }
  const skipped = forward
    ? (await Promise.all(range(from + 1, to - 1).map((lesson) => exercisesFor(lesson)))).flat().map((exercise) => exercise.id)
    : [];
  return { from, to, changes: composeSteps(ours, files, steps), filled: forward ? [...fill, ...skipped] : [] };
}

/**
 * Forward into a practice lesson: the learner's code stays theirs (src/course/practice-step.ts).
 * First the lesson left is tidied as before: TODO lines the learner wrote around go, and, where the
 * learner never started an exercise (or the move is forced), its untouched starter lines are written
 * as the reference, in files where that merges cleanly. Then each lesson to `to` only adds: new
 * files, files the tool wrote and the learner never touched, and TODO lines in the learner's code.
 */
async function planPracticeForward(dir: string, answers: Answers, from: number, to: number, modes: StepModes): Promise<LessonStepPlan> {
  const langs = modes.langs ?? { from: 'en', to: 'en' };
  const renderings = await Promise.all([
    renderLesson(from, answers, { mode: modes.from, solved: 'all', lang: langs.from }),
    renderLesson(to, answers, { mode: 'practice', lang: langs.to }),
  ]);
  const ours = await readProjectFiles(dir, new Set(renderings.flatMap((files) => [...files.keys()])));
  assertUtf8(ours);
  const files = new Map(ours);
  let fill: string[] = [];
  if (modes.from === 'practice') {
    if (modes.fromPassed) await dropPlacedTodoLines(dir, files, ours, from, langs.from);
    fill = await dropDoneTodoLines(files, from, modes.fromPassed ?? false, langs.from);
    if (fill.length) {
      const changes = await mergeSolutions(from, answers, files, new Set(fill), langs.from);
      // Only where the reference merges in cleanly: a conflict would touch the learner's lines.
      applyStep(
        files,
        changes.filter((change) => change.outcome !== 'conflict'),
      );
    }
  }
  const step = await practiceForward(dir, answers, from, to, langs, files, ours, mergeLessonFiles);
  const withTodo = new Set(step.placed.map((item) => item.id));
  const skipped = (await Promise.all(range(from + 1, to - 1).map((lesson) => exercisesFor(lesson, langs.to))))
    .flat()
    .map((exercise) => exercise.id)
    .filter((id) => !withTodo.has(id));
  return { from, to, changes: step.changes, filled: [...fill, ...skipped] };
}

/** from..to, both included (empty when to < from). */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);
}

/**
 * Take out of `files` the TODO lines of lesson `lesson` that the learner wrote around (all of
 * them, once the lesson passed), and return the exercises whose every TODO still stands as the
 * starter wrote it: not started.
 */
async function dropDoneTodoLines(files: Map<string, Buffer>, lesson: number, passed: boolean, lang?: Lang): Promise<string[]> {
  const whole = new Set<string>();
  const written = new Set<string>();
  for (const [path, stubs] of await lessonStubs(lesson, lang)) {
    const content = files.get(path);
    if (!content) continue;
    const found = dropDoneTodos(content.toString('utf8'), stubs, passed);
    found.whole.forEach((id) => whole.add(id));
    found.written.forEach((id) => written.add(id));
    if (found.written.size) files.set(path, Buffer.from(found.text, 'utf8'));
  }
  return [...whole].filter((id) => !written.has(id));
}

/**
 * Take out of every code file of the learner the TODO lines that a move forward put there for lesson
 * `lesson` (at anchors in their code, practice-step.ts): the tool's lines, as a starter's TODO is.
 * Done once the lesson passed (its code is somewhere), and on a move back. Lines worded exactly as
 * the starter's TODO stay for dropDoneTodoLines, which tells an untouched starter from code written around it.
 */
async function dropPlacedTodoLines(dir: string, files: Map<string, Buffer>, ours: Map<string, Buffer>, lesson: number, lang: Lang) {
  await readCodeFiles(dir, files, ours);
  // A TODO worded as the starter's is dropDoneTodoLines' to judge (a starter left untouched is filled, not emptied).
  const todos = await placedTodoLines(lesson, lang);
  for (const stubs of (await lessonStubs(lesson, lang)).values()) for (const stub of stubs) todos.delete(stub.lines[stub.todoAt]!.trim());
  for (const [path, content] of files) {
    const before = /\.(py|html)$/.test(path) ? asText(content) : undefined;
    if (before === undefined) continue;
    const text = dropPlacedTodos(before, todos);
    if (text !== undefined) files.set(path, Buffer.from(text, 'utf8'));
  }
}

/** Write a step's decisions into the files the next step reads; returns the step. */
function applyStep(files: Map<string, Buffer>, changes: FileChange[]): FileChange[] {
  for (const change of changes) {
    if (change.write === null) files.delete(change.path);
    else if (change.write) files.set(change.path, change.write);
  }
  return changes;
}

/** One decision per file for the whole walk, against the learner's files as they were. */
function composeSteps(ours: FileMap, files: Map<string, Buffer>, steps: FileChange[][]): FileChange[] {
  const paths = new Set([...ours.keys(), ...files.keys()]);
  const changes: FileChange[] = [];
  for (const path of [...paths].sort()) {
    const current = ours.get(path);
    const now = files.get(path);
    const own = steps.flatMap((step) => step.filter((change) => change.path === path));
    const noted = own.filter((change) => change.note).pop();
    if (current && now ? current.equals(now) : current === now) {
      if (noted) changes.push({ path, outcome: noted.outcome, current, note: noted.note });
      continue;
    }
    let outcome: Outcome = 'merged';
    if (own.some((change) => change.outcome === 'conflict')) outcome = 'conflict';
    else if (!current) outcome = 'added';
    else if (!now) outcome = 'deleted';
    else if (own.length > 0 && own.every((change) => change.outcome === 'updated') && own[0]!.current?.equals(current)) outcome = 'updated';
    changes.push({ path, outcome, current, write: now ?? null, ...(noted ? { note: noted.note } : {}) });
  }
  return changes;
}
