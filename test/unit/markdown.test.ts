// The one code-fence walker that every reader of a lesson text uses (src/course/markdown.ts).
import { describe, expect, it } from 'vitest';
import { isSectionHeading, markdownLines } from '../../src/course/markdown.js';

const fences = (markdown: string) => markdownLines(markdown).map((line) => line.fence);

describe('markdownLines', () => {
  it('reads backtick and tilde fences, indented or not, and their language', () => {
    const lines = markdownLines('text\n   ```Python\n## not a heading\n   ```\n~~~~\n```\n~~~~\n## Steps');
    expect(lines.map((line) => line.fence)).toEqual(['none', 'open', 'inside', 'close', 'open', 'inside', 'close', 'none']);
    expect(lines[1]).toMatchObject({ indent: '   ', language: 'python' });
    expect(lines.filter(isSectionHeading).map((line) => line.text)).toEqual(['## Steps']);
  });

  it('closes a fence only with its own character, at least as many, alone on the line', () => {
    expect(fences('````\n```\n``` x\n`````')).toEqual(['open', 'inside', 'inside', 'close']);
    expect(fences('```\nnever closed\n## Hints')).toEqual(['open', 'inside', 'inside']);
  });
});
