import { isLessonNumber } from '../../lessons/catalog.js';
import { LESSON_COUNT, readLessonText, sectionName } from '../course/lessons.js';
import { isSectionHeading, markdownLines } from '../course/markdown.js';
import { practiceMarkdown, practiceTasks } from '../course/practice-text.js';
import { activeLang, catalog } from '../i18n/i18n.js';
import { currentLesson } from '../project/lesson-file.js';
import { openProject } from '../project/project.js';
import { modeOf } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';
import { renderMarkdown } from '../terminal/markdown.js';

const showText = catalog({
  en: {
    badLesson: (count: number, value: string) => `name a lesson from 1 to ${count}, not "${value}" (\`flash-login lessons\` lists them).`,
    hintsOneByOne: '`flash-login hint` reveals them one at a time, nudge first and solution last',
    hintsAll: (lesson: number) => `(\`flash-login show ${lesson} --hints\` prints them all).`,
  },
  'zh-CN': {
    badLesson: (count, value) => `请给出 1 到 ${count} 之间的课，而不是 "${value}"（\`flash-login lessons\` 会列出所有课）。`,
    hintsOneByOne: '`flash-login hint` 会一条一条地显示它们，先是点拨，最后是参考答案',
    hintsAll: (lesson) => `（\`flash-login show ${lesson} --hints\` 会把它们全部显示出来）。`,
  },
});

export interface ShowOptions {
  dir?: string;
  hints?: boolean;
  /** Practice mode: print the steps' code too. */
  solutions?: boolean;
}

export function parseLessonArgument(value: string): number {
  const lesson = Number(value);
  if (!isLessonNumber(lesson)) throw new UserError(showText().badLesson(LESSON_COUNT, value));
  return lesson;
}

/** The lesson without its `## Hints` section: the solutions are there, and `hint` reveals them one step at a time. */
export function withoutHints(markdown: string, lesson: number): string {
  const kept: string[] = [];
  let inHints = false;
  for (const walked of markdownLines(markdown)) {
    const line = walked.text;
    if (isSectionHeading(walked)) {
      inHints = sectionName(line) === 'Hints';
      if (inHints) kept.push(line, '', showText().hintsOneByOne, showText().hintsAll(lesson), '');
      else kept.push(line);
      continue;
    }
    if (!inHints) kept.push(line);
  }
  return kept.join('\n');
}

export async function showCommand(lessonArgument: string | undefined, options: ShowOptions): Promise<number> {
  // Outside a project there is no mode: the lesson is shown as written, code and all.
  const project = await openProject(options.dir).catch(() => undefined);
  const lesson = lessonArgument !== undefined ? parseLessonArgument(lessonArgument) : project ? await currentLesson(project) : 1;
  const lang = project?.state?.lang ?? activeLang();
  const text = await readLessonText(lesson, lang);
  let markdown = options.hints ? text.markdown : withoutHints(text.markdown, lesson);
  if (modeOf(project?.state) === 'practice' && !options.solutions && !options.hints)
    markdown = practiceMarkdown(markdown, { hide: true, lang, tasks: await practiceTasks(lesson, lang) });
  console.log(renderMarkdown(markdown).trimEnd());
  return EXIT_OK;
}
