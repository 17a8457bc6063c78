// What a lesson's reference app says about each exercise, read from the markers in
// lessons/N-name/app (src/course/starter.ts): which files its regions stand in, and their code.
// That code is hint level 3, so the hint is the solution itself and cannot drift from it.
import fs from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Lang } from '../i18n/i18n.js';
import { listFiles } from '../shared/list-files.js';
import { translateAppFile } from './app-phrases.js';
import { exercisesFor, todoTexts } from './exercises.js';
import { lessonAppDir } from './lessons.js';
import { commentStyleFor, parseRegions, type Region, type TodoStub, todoStubs } from './starter.js';

export interface PlacedRegion {
  /** The file in the learner's project, forward slashes: `app.py`, `templates/login.html`. */
  path: string;
  region: Region;
}

/** Lesson N's files that can carry markers, with their text in `lang` (as render.ts writes it): app.py first, then the others by name. */
async function markedFiles(lesson: number, lang: Lang = 'en'): Promise<{ path: string; text: string }[]> {
  const root = lessonAppDir(lesson);
  const paths = (await listFiles(root))
    .map((path) => relative(root, path).split(sep).join('/'))
    .filter((path) => commentStyleFor(path))
    .sort((a, b) => Number(b === 'app.py') - Number(a === 'app.py') || (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    paths.map(async (path) => ({ path, text: translateAppFile(path, await fs.readFile(join(root, ...path.split('/')), 'utf8'), lang) })),
  );
}

/** Every marked region of lesson N's reference app, app.py first, then the other files by name. */
export async function lessonRegions(lesson: number, lang: Lang = 'en'): Promise<PlacedRegion[]> {
  return (await markedFiles(lesson, lang)).flatMap(({ path, text }) =>
    parseRegions(path, text).flatMap((piece) => (typeof piece === 'string' ? [] : [{ path, region: piece }])),
  );
}

/**
 * File -> the TODO lines that lesson N's practice starter writes in it, each with the lines around it,
 * in the language the starter was written in (its TODO texts and phrases as render.ts makes them).
 */
export async function lessonStubs(lesson: number, lang: Lang = 'en'): Promise<Map<string, TodoStub[]>> {
  const todos = todoTexts(await exercisesFor(lesson, lang));
  const stubs = new Map<string, TodoStub[]>();
  for (const { path, text } of await markedFiles(lesson, lang)) {
    const found = todoStubs(path, text, todos);
    if (found.length) stubs.set(path, found);
  }
  return stubs;
}

/** Exercise id -> the files where its starter puts a TODO line (quiet regions have none), in lessonRegions() order. */
export async function exerciseFiles(lesson: number): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  for (const { path, region } of await lessonRegions(lesson)) {
    if (region.quiet) continue;
    const list = files.get(region.id) ?? [];
    if (!list.includes(path)) list.push(path);
    files.set(region.id, list);
  }
  return files;
}

// Part of the hint text, so in the lesson's language, as the rest of the hint is.
const CODE_WORDS: Record<Lang, { inFile: (path: string) => string; deleteOld: string }> = {
  en: { inFile: (path) => `In \`${path}\`:`, deleteOld: 'delete the old code under the TODO.' },
  'zh-CN': { inFile: (path) => `在 \`${path}\` 中：`, deleteOld: '删掉 TODO 下面的旧代码。' },
};

/** Hint level 3 of an exercise: each of its reference regions as a code block under its file's name. */
export async function referenceCode(id: string, lang: Lang = 'en'): Promise<string> {
  const lesson = Number(id.split('.')[0]);
  const parts: string[] = [];
  let lastPath: string | undefined;
  for (const { path, region } of (await lessonRegions(lesson, lang)).filter((placed) => placed.region.id === id)) {
    if (path !== lastPath) parts.push(CODE_WORDS[lang].inFile(path));
    lastPath = path;
    if (region.solution.length === 0) parts.push(CODE_WORDS[lang].deleteOld);
    else parts.push([`\`\`\`${path.endsWith('.py') ? 'python' : 'html'}`, ...region.solution, '```'].join('\n'));
  }
  return parts.join('\n\n');
}
