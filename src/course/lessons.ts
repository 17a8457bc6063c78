import fs from 'node:fs/promises';
import { join } from 'node:path';
import { isLessonNumber, LESSON_COUNT, LESSON_FOLDERS } from '../../lessons/catalog.js';
import { activeLang, type Lang } from '../i18n/i18n.js';
import { errorText, UserError } from '../shared/errors.js';
import { lessonsDir } from '../shared/paths.js';
import { translateCodeBlocks } from './app-phrases.js';
import { isSectionHeading, markdownLines } from './markdown.js';

export { LESSON_COUNT, LESSON_FOLDERS } from '../../lessons/catalog.js';

export interface LessonText {
  number: number;
  title: string;
  /** The whole markdown text. */
  markdown: string;
  /** The paragraph under the title. */
  opening: string;
  /** `## Section` name -> its markdown. */
  sections: Map<string, string>;
  /** Check id -> hint levels, nudge first and solution last. */
  hints: Map<string, string[]>;
}

/** A --lesson flag as a lesson number; undefined when it was not given. */
export function parseLessonFlag(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseLessonNumber(value, '--lesson');
}

/** A lesson number the learner typed; `what` names where it came from in the error. */
export function parseLessonNumber(value: string, what = 'lesson'): number {
  const lesson = Number(value);
  if (!isLessonNumber(lesson)) throw new UserError(errorText().flagTakes(what, errorText().lessonNumber(LESSON_COUNT), value));
  return lesson;
}

function assertLessonNumber(value: number): number {
  if (!isLessonNumber(value)) throw new RangeError(`no lesson ${value}`);
  return value;
}

/** The lesson's reference app, markers and all: lessons/<folder>/app/. */
export function lessonAppDir(lesson: number): string {
  return join(lessonsDir, LESSON_FOLDERS[assertLessonNumber(lesson)]!, 'app');
}

/** lesson.md, or its translation lesson.zh-CN.md beside it. */
export function lessonTextPath(lesson: number, lang: Lang = 'en'): string {
  return join(lessonsDir, LESSON_FOLDERS[assertLessonNumber(lesson)]!, lang === 'en' ? 'lesson.md' : `lesson.${lang}.md`);
}

/**
 * A lesson's text in `lang` (by default the language this command speaks: the project's, once
 * known); the English one where that translation is not written yet. Its code blocks show the
 * app as the `lang` app has it (src/course/app-phrases.ts).
 */
export async function readLessonText(lesson: number, lang: Lang = activeLang()): Promise<LessonText> {
  let markdown: string;
  try {
    markdown = await fs.readFile(lessonTextPath(lesson, lang), 'utf8');
  } catch (error) {
    if (lang === 'en' || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    markdown = await fs.readFile(lessonTextPath(lesson), 'utf8');
  }
  return parseLessonText(lesson, translateCodeBlocks(markdown, lang));
}

/**
 * The `## ` headings of a translated lesson text, by the English name code looks them up by
 * (`sections.get('Hints')`); the conventions of issue 18 fix them.
 */
const SECTION_NAMES: Readonly<Record<string, string>> = {
  为什么: 'Why',
  请求流程: 'The request flow',
  要改的文件: 'Files that change',
  步骤: 'Steps',
  'verify 检查什么': 'What verify checks',
  常见错误: 'Common mistakes',
  提示: 'Hints',
};

/** A `## ` heading line's section name, in English whatever the text's language. */
export function sectionName(heading: string): string {
  const name = heading.replace(/^##\s+/, '').trim();
  return SECTION_NAMES[name] ?? name;
}

export function parseLessonText(lesson: number, markdown: string): LessonText {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const title = (lines.find((line) => line.startsWith('# ')) ?? `# Lesson ${lesson}`).slice(2).trim();
  const sections = new Map<string, string>();
  let current: string | undefined;
  let opening = '';
  for (const walked of markdownLines(lines.join('\n'))) {
    const line = walked.text;
    if (isSectionHeading(walked)) {
      current = sectionName(line);
      sections.set(current, '');
    } else if (current) sections.set(current, `${sections.get(current) + line}\n`);
    else if (!line.startsWith('# ')) opening += `${line}\n`;
  }
  const firstParagraph = opening.trim().split(/\n\s*\n/)[0] ?? '';
  return { number: lesson, title, markdown, opening: firstParagraph, sections, hints: parseHints(sections.get('Hints') ?? '') };
}

/** `### 1.2` followed by a numbered list; each item (with its indented lines) is one level. */
function parseHints(markdown: string): Map<string, string[]> {
  const hints = new Map<string, string[]>();
  let levels: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const heading = /^###\s+(\d+\.\d+)\b/.exec(line);
    if (heading) {
      levels = [];
      hints.set(heading[1]!, levels);
    } else if (levels && /^\d+\.\s/.test(line)) levels.push(line.replace(/^\d+\.\s+/, ''));
    else if (levels && levels.length > 0 && (line.startsWith('   ') || line.trim() === '')) {
      levels[levels.length - 1] += `\n${line.replace(/^ {3}/, '')}`;
    }
  }
  for (const [id, found] of hints)
    hints.set(
      id,
      found.map((level) => level.trim()),
    );
  return hints;
}
