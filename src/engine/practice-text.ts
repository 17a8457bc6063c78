// The lesson text as practice mode gives it: each step is a task, and its code (the solution)
// sits folded away. The README gets it in a collapsed <details> block (GitHub renders it
// folded); `flash-login show` leaves it out unless asked with --solutions.

import type { Lang } from './i18n.js';
import { sectionName } from './lessons.js';

/** Languages whose code blocks in `## Steps` are the solution; shell and text blocks stay open. */
const SOLUTION_LANGUAGES = new Set(['python', 'py', 'html', 'jinja', 'html+jinja']);

export interface PracticeTextOptions {
  /** Leave the step code out (with a line saying how to see it) instead of folding it. */
  hide?: boolean;
  /** The language of the words around the code (default English). */
  lang?: Lang;
}

// Part of the lesson text, so in the text's language rather than the command's.
const WORDS: Record<Lang, { hidden: string; show: string }> = {
  en: { hidden: '(The code is hidden in practice mode: `flash-login show --solutions` prints it.)', show: 'Show the code' },
  'zh-CN': { hidden: '（练习模式下代码是隐藏的：`flash-login show --solutions` 会打印出来。）', show: '显示代码' },
};

export function practiceMarkdown(markdown: string, options: PracticeTextOptions = {}): string {
  const out: string[] = [];
  let inSteps = false;
  let fence: { indent: string; lines: string[] } | undefined;
  let otherFence = false;
  for (const line of markdown.split('\n')) {
    if (otherFence) {
      out.push(line);
      if (line.trim().startsWith('```')) otherFence = false;
      continue;
    }
    if (fence) {
      fence.lines.push(line);
      if (line.trim().startsWith('```')) {
        const { indent, lines } = fence;
        const words = WORDS[options.lang ?? 'en'];
        if (options.hide) out.push(`${indent}${words.hidden}`);
        else out.push(`${indent}<details><summary>${words.show}</summary>`, '', ...lines, '', `${indent}</details>`);
        fence = undefined;
      }
      continue;
    }
    const opening = /^(\s*)```\s*([\w+-]*)\s*$/.exec(line);
    if (inSteps && opening && SOLUTION_LANGUAGES.has(opening[2]!.toLowerCase())) {
      fence = { indent: opening[1]!, lines: [line] };
      continue;
    }
    if (line.trim().startsWith('```')) {
      // Any other fence is passed over whole, so a `## ` inside it is not taken for a heading.
      otherFence = true;
      out.push(line);
      continue;
    }
    if (line.startsWith('## ')) inSteps = sectionName(line) === 'Steps';
    out.push(line);
  }
  if (fence) out.push(...fence.lines); // an unclosed fence: leave it as it was
  return out.join('\n');
}
