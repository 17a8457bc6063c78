// Every Python snippet a lesson shows is code its reference app really has (issue 17, item 7):
// each line of a ```python block, comments and blank lines aside, is a line of
// lessons/N-name/app/app.py as guided mode writes it (markers stripped, so the earlier lesson's code
// that a marked region keeps beside the new never counts). A line that is only "..." stands for code left out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateAppFile } from '../../src/course/app-phrases.js';
import { lessonAppDir, lessonTextPath } from '../../src/course/lessons.js';
import { stripMarkers } from '../../src/course/starter.js';
import { listFiles } from '../../src/shared/list-files.js';

/** A line as compared: indentation and a comment (a # outside quotes, to the end) dropped. */
function codeLine(line: string): string {
  let quote: string | undefined;
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return line.slice(0, at).trim();
  }
  return line.trim();
}

function pythonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^[ \t]*```python\n([\s\S]*?)^[ \t]*```/gm)].map((match) => match[1]!);
}

/** The lines of a snippet that the reference does not have. */
function linesNotIn(snippet: string, reference: string): string[] {
  const known = new Set(reference.split('\n').map(codeLine));
  return snippet
    .split('\n')
    .map(codeLine)
    .filter((line) => line !== '' && line !== '...' && !known.has(line));
}

/** A template line as compared: indentation and Jinja or HTML comments dropped. */
function templateLine(line: string): string {
  return line
    .replace(/\{#.*?#\}/g, '')
    .replace(/<!--.*?-->/g, '')
    .trim();
}

function templateBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^[ \t]*```(?:html|jinja|html\+jinja)\n([\s\S]*?)^[ \t]*```/gm)].map((match) => match[1]!);
}

/** The lines of a template snippet that no template of the reference has ("..." and "…" stand for code left out). */
function templateLinesNotIn(snippet: string, known: Set<string>): string[] {
  return snippet
    .split('\n')
    .map(templateLine)
    .filter((line) => line !== '' && line !== '...' && line !== '…' && !known.has(line));
}

describe('lesson snippets', () => {
  it('tells a line the reference lacks from one it has', () => {
    const reference = 'def f(x):\n    return x + 1  # why\n';
    expect(linesNotIn('def f(x):\n    ...\n    return x + 1\n', reference)).toEqual([]);
    expect(linesNotIn('def f(x):\n    return x + 2  # a typo\n', reference)).toEqual(['return x + 2']);
    expect(linesNotIn('s = "#1"  # it\'s kept\n', 's = "#1"\n')).toEqual([]);
  });

  for (const lesson of [1, 2, 3, 4, 5]) {
    it(`lesson ${lesson}: every Python line of lesson.md is in templates/lesson-${lesson}/app.py`, async () => {
      const text = await readFile(lessonTextPath(lesson), 'utf8');
      const reference = stripMarkers('app.py', await readFile(join(lessonAppDir(lesson), 'app.py'), 'utf8'));
      const blocks = pythonBlocks(text);
      expect(blocks.length).toBeGreaterThan(0);
      const stray = blocks.flatMap((block) => linesNotIn(block, reference));
      expect(stray, 'snippet lines the reference app does not have').toEqual([]);
    });
  }

  it('tells a template line the reference lacks from one it has', () => {
    const known = new Set(['<p>Hi {{ username }}</p>', '{% endif %}']);
    expect(templateLinesNotIn('  <p>Hi {{ username }}</p> {# why #}\n  ...\n{% endif %}\n', known)).toEqual([]);
    expect(templateLinesNotIn('<p>Hello {{ username }}</p>\n', known)).toEqual(['<p>Hello {{ username }}</p>']);
  });

  for (const lesson of [1, 2, 3, 4, 5])
    for (const lang of ['en', 'zh-CN'] as const)
      it(`lesson ${lesson} (${lang}): every HTML and Jinja line of the lesson text is in a template of its reference app`, async () => {
        const text = await readFile(lessonTextPath(lesson, lang), 'utf8');
        const known = new Set<string>();
        for (const path of await listFiles(join(lessonAppDir(lesson), 'templates'))) {
          const source = stripMarkers(path, await readFile(path, 'utf8'));
          // A zh-CN text may show the template as the zh-CN project has it.
          for (const version of lang === 'en' ? [source] : [source, translateAppFile(path, source, lang)])
            for (const line of version.split('\n')) known.add(templateLine(line));
        }
        const blocks = templateBlocks(text);
        expect(blocks.length).toBeGreaterThan(0);
        const stray = blocks.flatMap((block) => templateLinesNotIn(block, known));
        expect(stray, `${stray.length} snippet lines no template has:\n${stray.join('\n')}`).toEqual([]);
      });
});
