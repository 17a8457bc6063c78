// The lesson text as practice mode gives it: each step is a task, and its code (the solution)
// sits folded away. The README gets it in a collapsed <details> block (GitHub renders it
// folded); `flash-login show` leaves it out unless asked with --solutions. Each step that an
// exercise carries out names its TODO, so the learner can find where to write it.

import { catalog, type Lang } from '../i18n/i18n.js';
import { exercisesFor } from './exercises.js';
import { sectionName } from './lessons.js';
import { isSectionHeading, markdownLines } from './markdown.js';
import { exerciseFiles } from './reference-code.js';

/** Languages whose code blocks in `## Steps` are the solution; shell and text blocks stay open. */
const SOLUTION_LANGUAGES = new Set(['python', 'py', 'html', 'jinja', 'html+jinja']);

/** The steps' heading in each language's lesson text (lesson.md, lesson.zh-CN.md): the same numbered steps. */

export interface PracticeTextOptions {
  /** Leave the step code out (with a line saying how to see it) instead of folding it. */
  hide?: boolean;
  /** The language of the words around the code (default English). */
  lang?: Lang;
  /** Step number -> what to put before the step's text, from practiceTasks(). */
  tasks?: ReadonlyMap<number, string>;
}

/** Step number -> "(`TODO(4.guard)` in app.py) ", from each exercise's `steps` and the files its TODOs stand in. */
export async function practiceTasks(lesson: number, lang: Lang = 'en'): Promise<Map<number, string>> {
  const [exercises, files] = await Promise.all([exercisesFor(lesson, lang), exerciseFiles(lesson)]);
  const labels = new Map<number, string[]>();
  for (const exercise of exercises)
    for (const step of exercise.steps)
      labels.set(step, [...(labels.get(step) ?? []), practiceText(lang).label(exercise.id, files.get(exercise.id) ?? [])]);
  const tasks = new Map([...labels].map(([step, names]) => [step, practiceText(lang).wrap(names)]));
  // Lesson 1's first step (make .venv, install) is what the scaffolder did: a task only where it could not.
  if (lesson === 1 && !tasks.has(1)) tasks.set(1, practiceText(lang).venvDone);
  return tasks;
}

// Part of the lesson text, so asked for in the text's language rather than the command's.
const practiceText = catalog({
  en: {
    label: (id: string, files: string[]) => `\`TODO(${id})\` in ${files.join(', ')}`,
    wrap: (labels: string[]) => `(${labels.join('; ')}) `,
    hidden: '(The code is hidden in practice mode: `flash-login show --solutions` prints it.)',
    show: 'Show the code',
    venvDone:
      '(Done already if create-flash-login made `.venv` for you: then only `source .venv/bin/activate` is left, which also puts `flash-login` on your PATH.) ',
  },
  'zh-CN': {
    label: (id, files) => `${files.join('、')} 中的 \`TODO(${id})\``,
    wrap: (labels) => `（${labels.join('；')}）`,
    hidden: '（练习模式下代码是隐藏的：`flash-login show --solutions` 会打印出来。）',
    show: '显示代码',
    venvDone:
      '（如果 create-flash-login 已经为你创建了 `.venv`，这一步就已完成：只需 `source .venv/bin/activate`，它也会把 `flash-login` 放到你的 PATH 上。）',
  },
});

export function practiceMarkdown(markdown: string, options: PracticeTextOptions = {}): string {
  const out: string[] = [];
  let inSteps = false;
  let fence: { indent: string; lines: string[] } | undefined;
  for (const walked of markdownLines(markdown)) {
    const line = walked.text;
    if (fence) {
      fence.lines.push(line);
      if (walked.fence === 'close') {
        const { indent, lines } = fence;
        const words = practiceText(options.lang ?? 'en');
        if (options.hide) out.push(`${indent}${words.hidden}`);
        else out.push(`${indent}<details><summary>${words.show}</summary>`, '', ...lines, '', `${indent}</details>`);
        fence = undefined;
      }
      continue;
    }
    if (inSteps && walked.fence === 'open' && SOLUTION_LANGUAGES.has(walked.language)) {
      fence = { indent: walked.indent, lines: [line] };
      continue;
    }
    // Any other fence is passed over whole, so a `## ` inside it is not taken for a heading.
    if (walked.fence !== 'none') {
      out.push(line);
      continue;
    }
    if (isSectionHeading(walked)) inSteps = sectionName(line) === 'Steps';
    const step = inSteps ? /^(\d+)\. /.exec(line) : null;
    const task = step && options.tasks?.get(Number(step[1]));
    out.push(task ? step[0] + task + line.slice(step[0].length) : line);
  }
  if (fence) out.push(...fence.lines); // an unclosed fence: leave it as it was
  return out.join('\n');
}
