// Chinese typography in everything the course says in zh-CN: every catalog entry (strings as they are,
// functions called with sample values), the exercise texts, the lesson texts, the Chinese docs, the
// README's Chinese section and the project README. Code spans and code blocks are exempt. The rules:
// full-width punctuation beside Chinese, “” quotes around Chinese, no doubled sentence punctuation,
// no italics (Chinese has none), a paragraph of a markdown text on one line (a renderer turns a line
// break between Chinese characters into a space), and one word per term of the glossary.

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'fs-extra';
import { describe, expect, it } from 'vitest';
import { LESSON_COUNT, LESSON_FOLDERS } from '../../lessons/catalog.js';
import { COMMENTS_ZH, LESSON_COMMENTS_ZH } from '../../src/course/app-comments.js';
import { MARKER_TODOS_ZH } from '../../src/course/app-phrases.js';
import { markdownLines } from '../../src/course/markdown.js';
import { catalogs } from '../../src/i18n/i18n.js';
import { root } from '../helpers.js';

/** Chinese characters: the unified ideographs and their extension A. */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
/** Chinese characters and full-width punctuation (、。「」《》（），：；！？ …). */
const CJK = `${HAN}\\u3000-\\u303f\\uff00-\\uffef`;

/** Words the glossary settles: the word that is not used → the one that is. */
const GLOSSARY: Array<[RegExp, string]> = [
  [/账户/g, '账号'],
  [/回答|作答/g, '响应'],
];

/** A piece of Chinese text with its code taken out: fenced blocks, code spans and link targets become a neutral stand-in. */
function withoutCode(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/``[^`]+``|`[^`\n]+`/g, 'X')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, 'X');
}

/** What is wrong with one piece of prose (its code already taken out), one line per finding. */
function problemsOf(prose: string): string[] {
  const found: string[] = [];
  const excerpt = (index: number, length: number) => prose.slice(Math.max(0, index - 8), index + length + 8).replace(/\n/g, '⏎');
  const each = (pattern: RegExp, what: string) => {
    for (const match of prose.matchAll(pattern)) found.push(`${what}: …${excerpt(match.index, match[0].length)}…`);
  };
  each(new RegExp(`[${HAN}”][:,;()!?]|[:,;()!?][${HAN}“]`, 'g'), 'half-width punctuation beside Chinese');
  each(new RegExp(`\\([^()\\n]*[${CJK}][^()\\n]*\\)`, 'g'), 'half-width parentheses around Chinese');
  // ASCII double quotes, paired in order: Chinese inside a pair, or a quote touching a Chinese character.
  const parts = prose.split('"');
  let at = 0;
  parts.forEach((part, i) => {
    if (i % 2 === 1 && i < parts.length - 1 && new RegExp(`[${HAN}]`).test(part))
      found.push(`ASCII quotes around Chinese: …${excerpt(at - 1, part.length + 2)}…`);
    at += part.length + 1;
  });
  each(new RegExp(`[${HAN}]"|"[${HAN}]`, 'g'), 'ASCII quote beside Chinese');
  each(/[。！？][”"]?。|。[”"]?[！？]/g, 'doubled sentence punctuation');
  if (new RegExp(`[${HAN}]`).test(prose)) {
    const plain = prose.replace(/\*\*[^*\n]+\*\*/g, 'B').replace(/__[^_\n]+__/g, 'B');
    for (const match of plain.matchAll(
      /(?<![*\w\\])\*(?![*\s])[^*\n]+?(?<![*\s\\])\*(?![*\w])|(?<![\w\\])_(?![_\s])[^_\n]+?(?<![_\s])_(?!\w)/g,
    ))
      found.push(`italics: ${match[0]}`);
  }
  for (const [word, instead] of GLOSSARY) each(word, `not the glossary's word (${instead})`);
  return found;
}

/** The findings in a markdown text: its prose, code blocks left out, and its paragraphs' line breaks beside Chinese. */
function markdownProblems(markdown: string, where: string): string[] {
  const found: string[] = [];
  const lines = markdownLines(markdown.replace(/\r\n/g, '\n'));
  let previous: string | undefined; // the last prose line of the paragraph being read
  lines.forEach((line, i) => {
    const text = line.text;
    const starts = /^\s*(?:#{1,6}\s|[-*+]\s|\d+\.\s|\||>|<!--|---|$)/.test(text);
    if (line.fence !== 'none' || text.trim() === '' || /^\s*(?:#{1,6}\s|\||---)/.test(text)) previous = undefined;
    else {
      if (previous !== undefined && !starts) {
        const joined = `${previous.trimEnd().slice(-1)}${text.trimStart().slice(0, 1)}`;
        if (new RegExp(`^[${CJK}]|[${CJK}]$`).test(joined))
          found.push(
            `${where}:${i + 1}: a line break inside a Chinese paragraph: …${previous.trimEnd().slice(-10)}⏎${text.trim().slice(0, 10)}…`,
          );
      }
      previous = text;
    }
    if (line.fence === 'none') for (const problem of problemsOf(withoutCode(text))) found.push(`${where}:${i + 1}: ${problem}`);
  });
  return found;
}

/** Every string an entry shows: strings as they are, functions called with each set of sample values that works. */
function shownStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(shownStrings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(shownStrings);
  if (typeof value !== 'function') return [];
  const out = new Set<string>();
  for (const sample of ['X', 2, 1, ['X', 'Y'], [], true, false, { name: 'X' }]) {
    try {
      const result: unknown = value(...Array.from({ length: Math.max(1, value.length) }, () => sample));
      for (const text of shownStrings(result)) out.add(text);
    } catch {
      // another sample may suit its parameters
    }
  }
  return [...out];
}

/** The findings in every entry of one language's catalog object, by key path. */
function entryProblems(entries: Record<string, unknown>, where: string): string[] {
  return Object.entries(entries).flatMap(([key, value]) => {
    const path = `${where}.${key}`;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return entryProblems(value as Record<string, unknown>, path);
    // Each kind of problem once per entry, however many of its sample renderings show it.
    const kinds = new Map<string, string>();
    for (const text of shownStrings(value))
      for (const problem of problemsOf(withoutCode(text))) {
        const kind = problem.split(':')[0]!;
        if (!kinds.has(kind)) kinds.set(kind, `${path}: ${problem}`);
      }
    return [...kinds.values()];
  });
}

/** The module that made a catalog: the one whose source names every one of its keys (a module's imports make catalogs too). */
function maker(entries: Record<string, unknown>, sources: Map<string, string>): string {
  const keys = Object.keys(entries);
  const escaped = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = (source: string, key: string) => new RegExp(`(?:^|[\\s{,])(?:${escaped(key)}|'${escaped(key)}')\\s*[:(]`, 'm').test(source);
  for (const [module, source] of sources) if (keys.every((key) => named(source, key))) return module;
  return '?';
}

/** Every source module that makes a catalog: `= catalog(` or `= catalog<Type>(`. */
async function catalogModules(): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) && / = catalog[<(]/.test(await fs.readFile(path, 'utf8')))
        files.push(path);
    }
  };
  await walk(join(root, 'src'));
  await walk(join(root, 'lessons'));
  return files;
}

/** The findings in every zh-CN entry of every catalog, each named by the module that made it. */
async function catalogProblems(): Promise<string[]> {
  const modules = await catalogModules();
  expect(modules.length).toBeGreaterThan(10);
  const sources = new Map(modules.map((module) => [relative(root, module), readFileSync(module, 'utf8')]));
  for (const module of modules) await import(pathToFileURL(module).href);
  return catalogs.flatMap((entries) =>
    entryProblems(entries['zh-CN'] as Record<string, unknown>, maker(entries.en as Record<string, unknown>, sources)),
  );
}

const lessons = Array.from({ length: LESSON_COUNT }, (_, i) => i + 1);
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The README's Chinese section: from `## 中文` to the next `## ` heading. */
function readmeChinese(): string {
  const readme = read('README.md');
  const start = readme.indexOf('\n## 中文');
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('Chinese typography', () => {
  it('holds in every zh-CN catalog entry', async () => {
    const found = await catalogProblems();
    expect(found).toEqual([]);
  });

  it('holds in every exercise text', async () => {
    const found: string[] = [];
    for (const lesson of lessons) {
      const file = `lessons/${LESSON_FOLDERS[lesson]}/exercises.zh-CN.ts`;
      const { zhCN } = (await import(pathToFileURL(join(root, file)).href)) as { zhCN: Record<string, unknown> };
      found.push(...entryProblems(zhCN, file));
    }
    expect(found).toEqual([]);
  });

  it("holds in the zh-CN app's comments and TODO lines (src/course/app-comments.ts, app-phrases.ts)", () => {
    const found = [
      ...entryProblems(COMMENTS_ZH, 'COMMENTS_ZH'),
      ...entryProblems(LESSON_COMMENTS_ZH, 'LESSON_COMMENTS_ZH'),
      ...entryProblems(MARKER_TODOS_ZH, 'MARKER_TODOS_ZH'),
    ];
    expect(found).toEqual([]);
  });

  it.each(lessons)('holds in lesson %i', (lesson) => {
    const file = `lessons/${LESSON_FOLDERS[lesson]}/lesson.zh-CN.md`;
    expect(markdownProblems(read(file), file)).toEqual([]);
  });

  it.each(['docs/zh-CN.md', 'docs/glossary.zh-CN.md', 'templates/common/README.zh-CN.md.hbs'])('holds in %s', (file) => {
    expect(markdownProblems(read(file), file)).toEqual([]);
  });

  it("holds in the README's Chinese section", () => {
    const section = readmeChinese();
    expect(section).toMatch(/[\u4e00-\u9fff]/);
    expect(markdownProblems(section, 'README.md (## 中文)')).toEqual([]);
  });
});

describe('the typography rules', () => {
  it('find each kind of mistake, and leave code and well-set Chinese alone', () => {
    const bad = [
      '3 项检查失败: 3.1, 3.2',
      '闪现“登录成功。”(success)',
      '发送 GET / (cookie：session)',
      '提示"invalid"（或"无效"）',
      '显示“登录成功。”。',
      '这是*强调*的写法',
      '你的账户已创建',
      '服务器的回答是 302',
    ];
    expect(bad.map((text) => problemsOf(withoutCode(text)).length > 0)).toEqual(bad.map(() => true));
    const good = [
      '3 项检查失败：3.1、3.2（刚刚）',
      '提示“无效”或“错误”，类别 "error"',
      '在 `flash("登录成功。", "success")` 里，**加粗**可以；`login_required` 和 login_user() 不是斜体',
      '```python\nflash("登录成功。")\n```',
      '见 [术语表](docs/glossary.zh-CN.md)：账号、响应。',
    ];
    expect(good.flatMap((text) => problemsOf(withoutCode(text)))).toEqual([]);
  });

  it('find a line break inside a Chinese paragraph, but not between list items, table rows or code lines', () => {
    expect(markdownProblems('第一行写到这里，\n接着第二行。\n', 't')).toHaveLength(1);
    expect(markdownProblems('一段话。\n\n- 一项\n- 又一项\n\n| 甲 | 乙 |\n| --- | --- |\n\n```text\n中文\n中文\n```\n', 't')).toEqual([]);
  });
});
