// The Chinese lesson texts and exercise texts mirror the English ones: the same sections in the same
// order (headings mapped as the conventions say), the same hint sub-headings with as many levels, the
// same code blocks byte for byte (but for the ```text diagrams, whose prose is translated line for
// line), and exercises.zh-CN.ts with exactly the English ids and hint counts.
import fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercisesByLesson } from '../../lessons/exercises.js';
import { LESSON_COUNT, LESSON_FOLDERS } from '../../src/course/lessons.js';
import { lessonsDir } from '../../src/shared/paths.js';

const HEADINGS: Record<string, string> = {
  Why: '为什么',
  'The request flow': '请求流程',
  'Files that change': '要改的文件',
  Steps: '步骤',
  'What verify checks': 'verify 检查什么',
  'Common mistakes': '常见错误',
  Hints: '提示',
};

interface Outline {
  title: string;
  /** `## ` and `### ` headings outside code, in order. */
  headings: string[];
  /** Every fenced code block, fences included. */
  codeBlocks: string[];
  /** `### N.M` under the hints -> how many numbered levels it has. */
  hintLevels: Map<string, number>;
  /** Paragraphs and list items outside code, headings and fences left out. */
  prose: string[];
}

function outline(markdown: string): Outline {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const headings: string[] = [];
  const codeBlocks: string[] = [];
  const hintLevels = new Map<string, number>();
  const prose: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) prose.push(paragraph.join('\n'));
    paragraph = [];
  };
  let fence: string[] | undefined;
  let hintId: string | undefined;
  for (const line of lines) {
    // Fences inside numbered lists are indented; the block is compared with its indentation.
    if (/^\s*```/.test(line)) {
      if (fence) {
        fence.push(line);
        codeBlocks.push(fence.join('\n'));
        fence = undefined;
      } else {
        endParagraph();
        fence = [line];
      }
      continue;
    }
    if (fence) {
      fence.push(line);
      continue;
    }
    // A new list item or a blank line starts a new piece of prose.
    if (line.trim() === '' || /^\s*(?:[-*]|\d+\.)\s/.test(line) || line.startsWith('#')) endParagraph();
    if (line.trim() !== '' && !line.startsWith('#')) paragraph.push(line);
    if (line.startsWith('## ') || line.startsWith('### ')) {
      headings.push(line.trim());
      const sub = /^###\s+(\d+\.\d+)\s*$/.exec(line);
      hintId = sub ? sub[1] : undefined;
      if (hintId) hintLevels.set(hintId, 0);
    } else if (hintId && /^\d+\.\s/.test(line)) hintLevels.set(hintId, hintLevels.get(hintId)! + 1);
  }
  endParagraph();
  const title = lines.find((line) => line.startsWith('# ')) ?? '';
  return { title, headings, codeBlocks, hintLevels, prose };
}

/** The English heading as the Chinese text must write it. */
function mapped(heading: string): string {
  const section = /^## (.+)$/.exec(heading);
  if (section) return `## ${HEADINGS[section[1]!] ?? section[1]}`;
  return heading;
}

/** Prose left in English: three English words in a row outside inline code, and no Chinese at all. */
function untranslated(prose: string): boolean {
  const words = prose.replace(/`[^`]*`/g, ' ').replace(/<[^>]*>/g, ' ');
  return !/[\u4e00-\u9fff]/.test(words) && /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.test(words);
}

/** English prose in a diagram: three English words in a row. */
const ENGLISH_WORDS = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/;

/**
 * What differs between an English code block and its Chinese copy; empty when the copy is faithful.
 * Code blocks stay byte for byte. A ```text diagram keeps its fences and its number of lines, and is
 * in Chinese — or, when the English one has no prose to translate (a lone URL), byte for byte the same.
 */
function codeBlockDifference(en: string, zh: string): string {
  const enLines = en.split('\n');
  const zhLines = zh.split('\n');
  if (!/^\s*```text$/.test(enLines[0]!)) return en === zh ? '' : 'not byte for byte the English block';
  if (zhLines[0] !== enLines[0] || zhLines.at(-1) !== enLines.at(-1)) return 'not the fences of the English diagram';
  if (zhLines.length !== enLines.length) return `${zhLines.length} lines where the English diagram has ${enLines.length}`;
  if (zh === en) return ENGLISH_WORDS.test(en) ? 'the English diagram, untranslated' : '';
  return /[\u4e00-\u9fff]/.test(zh) ? '' : 'changed, but no Chinese in it';
}

/** The differences between two lists of code blocks, by block number; empty when the Chinese list is faithful. */
function codeBlockDifferences(en: string[], zh: string[]): string[] {
  if (en.length !== zh.length) return [`${zh.length} code blocks where the English text has ${en.length}`];
  return en.flatMap((block, i) => {
    const difference = codeBlockDifference(block, zh[i]!);
    return difference ? [`block ${i + 1} (${block.split('\n')[0]!.trim()}): ${difference}`] : [];
  });
}

/** The fenced code blocks inside one hint or todo text. */
function fencedBlocks(text: string): string[] {
  return [...text.matchAll(/```[\w-]*\n[\s\S]*?\n```/g)].map((match) => match[0]);
}

const lessons = Array.from({ length: LESSON_COUNT }, (_, i) => i + 1);

describe.each(lessons)('lesson %i in Chinese', (lesson) => {
  const folder = join(lessonsDir, LESSON_FOLDERS[lesson]!);
  const read = (name: string) => fs.readFile(join(folder, name), 'utf8');

  it('has a Chinese title line and the English sections in the same order, headings mapped', async () => {
    const en = outline(await read('lesson.md'));
    const zh = outline(await read('lesson.zh-CN.md'));
    expect(zh.title).toMatch(new RegExp(`^# 第 ${lesson} 课：\\S`));
    expect(zh.headings).toEqual(en.headings.map(mapped));
  });

  it('has the same hint sub-headings, each with as many levels', async () => {
    const en = outline(await read('lesson.md'));
    const zh = outline(await read('lesson.zh-CN.md'));
    expect(en.hintLevels.size).toBeGreaterThan(0);
    expect([...zh.hintLevels]).toEqual([...en.hintLevels]);
  });

  it('leaves no paragraph or list item in English', async () => {
    const zh = outline(await read('lesson.zh-CN.md'));
    expect(zh.prose.length).toBeGreaterThan(10);
    expect(zh.prose.filter(untranslated)).toEqual([]);
  });

  it('writes each paragraph and list item on one line (a renderer turns a line break into a space between Chinese characters)', async () => {
    const zh = outline(await read('lesson.zh-CN.md'));
    expect(zh.prose.filter((piece) => piece.includes('\n'))).toEqual([]);
  });

  it('has the same code blocks in order, byte for byte but for the diagrams, translated line for line', async () => {
    const en = outline(await read('lesson.md'));
    const zh = outline(await read('lesson.zh-CN.md'));
    expect(en.codeBlocks.length).toBeGreaterThan(0);
    expect(codeBlockDifferences(en.codeBlocks, zh.codeBlocks)).toEqual([]);
  });

  it('has Chinese exercise texts for exactly the English exercise ids, with as many hints and the same code', async () => {
    const { zhCN } = (await import(join(folder, 'exercises.zh-CN.ts'))) as {
      zhCN: Record<string, { todo: string; hints: string[] }>;
    };
    const english = exercisesByLesson[lesson] ?? [];
    expect(Object.keys(zhCN).sort()).toEqual(english.map((exercise) => exercise.id).sort());
    for (const exercise of english) {
      const zh = zhCN[exercise.id]!;
      // The todo becomes one `# TODO(id): …` line in a Chinese starter.
      expect(zh.todo, exercise.id).not.toMatch(/\n/);
      expect(zh.todo, exercise.id).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.hints.length, exercise.id).toBe(exercise.hints.length);
      exercise.hints.forEach((hint, level) => {
        expect(zh.hints[level], `${exercise.id} hint ${level + 1}`).toMatch(/[\u4e00-\u9fff]|^```/);
        expect(fencedBlocks(zh.hints[level]!), `${exercise.id} hint ${level + 1} code`).toEqual(fencedBlocks(hint));
      });
    }
  });
});

describe('the outline this test compares', () => {
  it('tells a changed code block, a diagram left in English or of another length, a missing hint level, a moved section and English prose apart from a faithful copy', () => {
    const diagram = '```text\nGET /login   --->  login() renders login.html\n             <---  200  the form again\n```';
    const translated = '```text\nGET /login   --->  login() 渲染 login.html\n             <---  200  再次显示表单\n```';
    const url = '```text\nhttps://site.example/login?next=https://evil.example/\n```';
    const code = '```sh\nrun it\n```';
    const english = `# Lesson 9: X\n\n## Why\n\ntext\n\n${code}\n\n${diagram}\n\n${url}\n\n## Hints\n\n### 9.1\n1. a\n2. b\n`;
    const faithful = `# 第 9 课：X\n\n## 为什么\n\n文字\n\n${code}\n\n${translated}\n\n${url}\n\n## 提示\n\n### 9.1\n1. 甲\n2. 乙\n`;
    const en = outline(english);
    const ok = outline(faithful);
    const differences = (markdown: string) => codeBlockDifferences(en.codeBlocks, outline(markdown).codeBlocks);
    expect(ok.headings).toEqual(en.headings.map(mapped));
    expect(en.codeBlocks).toHaveLength(3);
    expect(differences(faithful)).toEqual([]);
    expect([...ok.hintLevels]).toEqual([...en.hintLevels]);
    expect(differences(faithful.replace('run it', 'run  it'))).toEqual(['block 1 (```sh): not byte for byte the English block']);
    // A diagram: translated with as many lines; not left in English, not a line more or less, not another kind of block.
    expect(differences(faithful.replace(translated, diagram))).toEqual(['block 2 (```text): the English diagram, untranslated']);
    expect(differences(faithful.replace('200  再次显示表单', '200  再次显示表单\n             再来一次'))).toEqual([
      'block 2 (```text): 5 lines where the English diagram has 4',
    ]);
    expect(differences(faithful.replace(translated, diagram.replace('again', 'once more')))).toEqual([
      'block 2 (```text): changed, but no Chinese in it',
    ]);
    expect(differences(faithful.replace('```text\nGET', '```sh\nGET'))).toEqual([
      'block 2 (```text): not the fences of the English diagram',
    ]);
    expect(differences(faithful.replace(`\n\n${url}`, ''))).toEqual(['2 code blocks where the English text has 3']);
    // A diagram with no prose to translate (a lone URL) stays byte for byte.
    expect(codeBlockDifference(url, url)).toBe('');
    expect([...outline(faithful.replace('2. 乙\n', '')).hintLevels]).not.toEqual([...en.hintLevels]);
    expect(outline(faithful.replace('## 为什么', '## Why')).headings).not.toEqual(en.headings.map(mapped));
    // Prose left in English is found; Chinese with code names and tags in it is not.
    const leftOver = faithful.replace('1. 甲', '1. Open the page `/login` again');
    expect(outline(leftOver).prose.filter(untranslated)).toEqual(['1. Open the page `/login` again']);
    expect(untranslated('用 `request.form.get("username", "")` 读 <input name="x"> 字段')).toBe(false);
  });
});
