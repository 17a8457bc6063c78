// Every Python snippet a lesson shows is code its reference app really has (issue 17, item 7):
// each line of a ```python block, comments and blank lines aside, is a line of
// lessons/N-name/app/app.py as guided mode writes it (markers stripped, so the earlier lesson's code
// that a marked region keeps beside the new never counts). A line that is only "..." stands for code left out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonAppDir, lessonTextPath } from '../../src/course/lessons.js';
import { stripMarkers } from '../../src/course/starter.js';

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
});
