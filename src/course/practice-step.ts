// Practice mode's move forward: the learner's code stays theirs. A lesson never rewrites a line the
// learner wrote (one that differs from what the tool last wrote there). Files the tool wrote and the
// learner never touched are updated as before; new files of the lesson are added (its starters, with
// their TODOs); in every file the learner changed, the lesson's TODO comment lines are inserted at
// anchors found in their own code (src/course/anchors.ts). Only comment lines are added, so nothing
// can conflict.
import fs from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Exercise } from '../../lessons/exercise.js';
import { catalog, type Lang } from '../i18n/i18n.js';
import { walkProject } from '../project/project-files.js';
import { readState } from '../project/state.js';
import { type Anchor, type CodeIndex, findSpot, indexCode, type Spot } from './anchors.js';
import { exercisesFor } from './exercises.js';
import type { FileChange, FileMap } from './file-change.js';
import { lessonRegions } from './reference-code.js';
import { type Answers, type RenderedFiles, renderLesson } from './render.js';
import { commentStyleFor } from './starter.js';

const placeText = catalog({
  en: {
    where: (anchor: Anchor): string => {
      switch (anchor.kind) {
        case 'view':
          return `in the view of \`${anchor.rule}\``;
        case 'after-view':
          return `below the view of \`${anchor.rule}\`, as a new view`;
        case 'app':
          return 'where the app is made (`Flask(...)`)';
        case 'guard':
          return `at the decorator that guards \`${anchor.rule}\``;
        case 'page':
          return anchor.at === 'form'
            ? `at the form of the template that \`${anchor.rule}\` renders`
            : anchor.at === 'nav'
              ? `in the nav of the template that \`${anchor.rule}\` renders`
              : `in the template that \`${anchor.rule}\` renders`;
        case 'base':
          return anchor.at === 'nav'
            ? 'in the nav of your base template (the one your pages extend)'
            : 'in your base template (the one your pages extend)';
      }
    },
    belongs: (where: string) => `[belongs ${where}; not found in your code]`,
    colon: ': ',
  },
  'zh-CN': {
    where: (anchor) => {
      switch (anchor.kind) {
        case 'view':
          return `在 \`${anchor.rule}\` 的视图里`;
        case 'after-view':
          return `在 \`${anchor.rule}\` 的视图下面，写一个新视图`;
        case 'app':
          return '在创建应用（`Flask(...)`）的地方';
        case 'guard':
          return `在守卫 \`${anchor.rule}\` 的装饰器那里`;
        case 'page':
          return anchor.at === 'form'
            ? `在 \`${anchor.rule}\` 渲染的模板的表单那里`
            : anchor.at === 'nav'
              ? `在 \`${anchor.rule}\` 渲染的模板的导航栏里`
              : `在 \`${anchor.rule}\` 渲染的模板里`;
        case 'base':
          return anchor.at === 'nav' ? '在你的基础模板（各页面继承的那个）的导航栏里' : '在你的基础模板（各页面继承的那个）里';
      }
    },
    belongs: (where) => `[应放在${where}；在你的代码里没有找到]`,
    colon: '：',
  },
});

/** Before the words of a TODO at its anchor in Python: which view or decorator, in the learner's terms. */
function atWords(anchor: Anchor): string {
  return anchor.kind === 'app' || anchor.kind === 'page' || anchor.kind === 'base'
    ? ''
    : `${placeText().where(anchor)}${placeText().colon}`;
}

/** The learner's code files: Python anywhere in the project, and templates. */
const CODE = /\.(py|html)$/;

/** merge.ts's three-way merge of whole files (passed in: merge.ts is the one that calls this). */
type MergeFiles = (input: { base: FileMap; ours: FileMap; theirs: FileMap; theirsLabel: string }) => Promise<FileChange[]>;

export interface PracticeStep {
  changes: FileChange[];
  /** Where each TODO went: for the preview and the tests. */
  placed: { id: string; path: string; line: number; anchored: boolean }[];
}

/** A TODO's words in the learner's code: the region's own, else the exercise's, without "in login below". */
function todoWords(exercise: Exercise | undefined, regionTodo: string | undefined): string {
  const words = regionTodo ?? exercise?.todo ?? '';
  return words.replace(/^in \w+ below:\s*/, '').replace(/^在下面的 \w+ 里：/, '');
}

function commentLine(path: string, indent: string, body: string): string {
  return path.endsWith('.py') ? `${indent}# ${body}` : `${indent}{# ${body} #}`;
}

/** Every file the tool might have written last at lesson `lesson`: each mode's rendering of it. */
async function toolRenderings(lesson: number, answers: Answers, lang: Lang, solved: string[]): Promise<RenderedFiles[]> {
  const own = new Set(solved.filter((id) => Number(id.split('.')[0]) === lesson));
  return Promise.all([
    renderLesson(lesson, answers, { mode: 'practice', lang }),
    renderLesson(lesson, answers, { mode: 'practice', lang, solved: own }),
    renderLesson(lesson, answers, { mode: 'practice', lang, solved: 'all' }),
    renderLesson(lesson, answers, { mode: 'guided', lang }),
  ]);
}

/**
 * The move from lesson `from` to `to` (forward, practice on arrival) onto `files` (the learner's
 * files as they are; changed in place): one lesson at a time.
 */
export async function practiceForward(
  dir: string,
  answers: Answers,
  from: number,
  to: number,
  langs: { from: Lang; to: Lang },
  files: Map<string, Buffer>,
  ours: Map<string, Buffer>,
  mergeFiles: MergeFiles,
): Promise<PracticeStep> {
  const state = await readState(dir).catch(() => undefined);
  const solved = state?.solutions ?? [];
  await readCodeFiles(dir, files, ours);
  const original: FileMap = ours;
  let previous = await toolRenderings(from, answers, langs.from, solved);
  // The finished app of the lesson before each step: the base that a skipped lesson merges against.
  let reference = previous[2]!;
  const placed: PracticeStep['placed'] = [];
  const notes = new Map<string, string>();
  for (let lesson = from + 1; lesson <= to; lesson++) {
    const next = await renderLesson(
      lesson,
      answers,
      lesson === to ? { mode: 'practice', lang: langs.to } : { mode: 'practice', solved: 'all', lang: langs.to },
    );
    const toolOwned = (path: string) => {
      const content = files.get(path);
      return content !== undefined && previous.some((rendering) => rendering.get(path)?.equals(content));
    };
    const wasOurs = (path: string) => previous.some((rendering) => rendering.has(path));
    // The learner's own code, which the anchors are looked for in.
    const theirs = new Map<string, string>();
    for (const [path, content] of files) if (CODE.test(path) && !toolOwned(path)) theirs.set(path, content.toString('utf8'));
    const index = await indexCode(theirs);
    const written = new Set<string>(); // files this lesson writes whole (so their TODOs come with them)
    for (const [path, content] of next) {
      const current = files.get(path);
      if (current === undefined) {
        if (wasOurs(path)) continue; // the learner deleted it: its TODOs go to their code
        if (path === 'templates/base.html' && index.base) continue; // they have a base template of their own
        files.set(path, adaptNewFile(path, content, index));
        written.add(path);
      } else if (toolOwned(path)) {
        files.set(path, content);
        written.add(path);
      } else if (!commentStyleFor(path)) {
        const merged = await mergeText(mergeFiles, path, previous, current, content, lesson);
        if (merged.write) files.set(path, merged.write);
        if (merged.note) notes.set(path, merged.note);
      } else if (lesson < to) {
        // A lesson the move skips is written as the reference where that merges cleanly with the
        // learner's file: only the tool's lines change (a clean merge keeps every line the learner
        // changed). Where it would conflict, its TODOs go into their code instead, as for the last lesson.
        const merged = await mergeSkipped(mergeFiles, path, reference, current, content, lesson);
        if (merged) {
          files.set(path, merged);
          written.add(path);
        }
      }
    }
    // Every TODO region of the lesson that is not in a file written whole goes into the learner's code.
    const exercises = await exercisesFor(lesson, langs.to);
    const insertions = new Map<string, { line: number; text: string; order: number }[]>();
    const seen = new Map<string, number>();
    let order = 0;
    for (const { path, region } of await lessonRegions(lesson, langs.to)) {
      if (region.quiet) continue;
      const exercise = exercises.find((candidate) => candidate.id === region.id);
      const key = `${region.id} ${path}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      if (written.has(path)) continue;
      const anchor = exercise?.places?.[path]?.[nth];
      const spot: Spot | undefined = anchor ? findSpot(index, anchor) : undefined;
      const words = todoWords(exercise, region.todo);
      let target: { path: string; line: number; text: string };
      if (spot) {
        target = {
          path: spot.path,
          line: spot.line,
          text: commentLine(spot.path, spot.indent, `TODO(${region.id}): ${atWords(anchor!)}${words}`),
        };
      } else {
        const where = anchor ? placeText().where(anchor) : path;
        const home = fallbackFile(path, theirs, index);
        target = { path: home, line: 0, text: commentLine(home, '', `TODO(${region.id}) ${placeText().belongs(where)}: ${words}`) };
      }
      const list = insertions.get(target.path) ?? [];
      if (!list.some((item) => item.line === target.line && item.text === target.text))
        list.push({ line: target.line, text: target.text, order: order++ });
      insertions.set(target.path, list);
      placed.push({ id: region.id, path: target.path, line: target.line, anchored: Boolean(spot) });
    }
    for (const [path, list] of insertions) {
      const lines = files.get(path)!.toString('utf8').split('\n');
      // Bottom up, so earlier line numbers stay true; at one line, in the lesson's order.
      const sorted = [...list].sort((a, b) => b.line - a.line || b.order - a.order);
      for (const item of sorted) lines.splice(Math.min(item.line, lines.length), 0, item.text);
      files.set(path, Buffer.from(lines.join('\n'), 'utf8'));
    }
    previous = [next];
    reference = next;
  }
  const changes: FileChange[] = [];
  for (const path of [...new Set([...original.keys(), ...files.keys()])].sort()) {
    const before = original.get(path);
    const after = files.get(path);
    const note = notes.get(path);
    if (before && after && before.equals(after)) {
      if (note) changes.push({ path, outcome: 'kept', current: before, note });
      continue;
    }
    if (!after) continue;
    const insertedOnly = before !== undefined && placed.some((item) => item.path === path) && !(await wasReplaced(before, after));
    changes.push({
      path,
      outcome: !before ? 'added' : insertedOnly ? 'todos' : note ? 'merged' : 'updated',
      current: before,
      write: after,
      ...(note ? { note } : {}),
    });
  }
  return { changes, placed };
}

/**
 * The learner's code files, wherever they are (anchors may be in any of them, and so may the TODO
 * lines a move put there), added to `files` and `ours` where they are not in them yet.
 */
export async function readCodeFiles(dir: string, files: Map<string, Buffer>, ours: Map<string, Buffer>): Promise<void> {
  for (const file of (await walkProject(dir)).files) {
    const path = file.path.split(sep).join('/');
    if (!CODE.test(path) || files.has(path) || path.startsWith('static/')) continue;
    const content = await fs.readFile(join(dir, ...path.split('/'))).catch(() => undefined);
    if (content) {
      files.set(path, content);
      ours.set(path, content);
    }
  }
}

/**
 * Every TODO line (trimmed) that a move forward may have put into the learner's code for lesson
 * `lesson`: at an anchor, or at the top of a file saying where it belongs. These are the tool's
 * lines, like a starter's TODO, so a move may take them out again.
 */
export async function placedTodoLines(lesson: number, lang: Lang): Promise<Set<string>> {
  const exercises = await exercisesFor(lesson, lang);
  const lines = new Set<string>();
  const seen = new Map<string, number>();
  for (const { path, region } of await lessonRegions(lesson, lang)) {
    if (region.quiet) continue;
    const exercise = exercises.find((candidate) => candidate.id === region.id);
    const key = `${region.id} ${path}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const anchor = exercise?.places?.[path]?.[nth];
    const words = todoWords(exercise, region.todo);
    const bodies = [`TODO(${region.id}) ${placeText().belongs(anchor ? placeText().where(anchor) : path)}: ${words}`];
    if (anchor) bodies.push(`TODO(${region.id}): ${atWords(anchor)}${words}`);
    for (const body of bodies) for (const style of ['x.py', 'x.html']) lines.add(commentLine(style, '', body).trim());
  }
  return lines;
}

/** `text` without the lines that are one of `todos` (compared trimmed); undefined when none was there. */
export function dropPlacedTodos(text: string, todos: ReadonlySet<string>): string | undefined {
  const lines = text.split('\n');
  const kept = lines.filter((line) => !todos.has(line.trim()));
  return kept.length === lines.length ? undefined : kept.join('\n');
}

/** Whether `after` is `before` with lines added only (every line of before still there, in order). */
async function wasReplaced(before: Buffer, after: Buffer): Promise<boolean> {
  const mine = before.toString('utf8').split('\n');
  let i = 0;
  for (const line of after.toString('utf8').split('\n')) if (i < mine.length && line === mine[i]) i++;
  return i < mine.length;
}

/** Where a TODO without its anchor goes: the file itself if the learner has it, else the file that makes the app, else any. */
function fallbackFile(path: string, theirs: ReadonlyMap<string, string>, index: CodeIndex): string {
  if (theirs.has(path)) return path;
  if (path.endsWith('.html')) {
    if (index.base) return `templates/${index.base}`;
    const template = [...theirs.keys()].find((name) => name.endsWith('.html'));
    if (template) return template;
  }
  return index.app?.path ?? (theirs.has('app.py') ? 'app.py' : ([...theirs.keys()].find((name) => name.endsWith('.py')) ?? 'app.py'));
}

/** A new page of the lesson extends the learner's base template, when they have one of their own. */
function adaptNewFile(path: string, content: Buffer, index: CodeIndex): Buffer {
  if (!path.endsWith('.html') || !index.base || index.base === 'base.html') return content;
  const text = content.toString('utf8');
  return Buffer.from(text.replace(/(\{%-?\s*extends\s+)(["'])base\.html\2/, `$1$2${index.base}$2`), 'utf8');
}

/** A text file that is not code (requirements.txt, README.md) and that the learner changed: a clean three-way merge, else theirs stays. */
async function mergeText(
  mergeLessonFiles: MergeFiles,
  path: string,
  previous: RenderedFiles[],
  current: Buffer,
  next: Buffer,
  lesson: number,
): Promise<{ write?: Buffer; note?: string }> {
  const base = previous.find((rendering) => rendering.has(path)) ?? new Map();
  const [change] = await mergeLessonFiles({
    base,
    ours: new Map([[path, current]]),
    theirs: new Map([[path, next]]),
    theirsLabel: `lesson ${lesson}`,
  });
  if (!change || change.write === undefined || change.write === null) return {};
  if (change.outcome === 'conflict') return { note: conflictNote(lesson) };
  return { write: change.write };
}

/** A code file of a skipped lesson merged into the learner's: the merged content, or undefined where it conflicts. */
async function mergeSkipped(
  mergeLessonFiles: MergeFiles,
  path: string,
  reference: RenderedFiles,
  current: Buffer,
  next: Buffer,
  lesson: number,
): Promise<Buffer | undefined> {
  const base = reference.get(path);
  if (!base) return undefined;
  const [change] = await mergeLessonFiles({
    base: new Map([[path, base]]),
    ours: new Map([[path, current]]),
    theirs: new Map([[path, next]]),
    theirsLabel: `lesson ${lesson}`,
  });
  if (!change) return current; // the learner already has the lesson's version, or the lesson does not change it
  if (change.outcome !== 'merged' && change.outcome !== 'updated') return undefined;
  return change.write ?? undefined;
}

const keptText = catalog({
  en: {
    kept: (lesson: number) =>
      `you changed it, and lesson ${lesson} changes the same lines: yours stays (\`flash-login diff\` shows the lesson's)`,
  },
  'zh-CN': { kept: (lesson) => `你改过它，第 ${lesson} 课也改了同样的行：保留你的版本（\`flash-login diff\` 可以查看课程的版本）` },
});

function conflictNote(lesson: number): string {
  return keptText().kept(lesson);
}
