// The learner's static/simple.css is the package's file, unchanged, under its licence.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { renderLesson } from '../../src/course/render.js';
import { readStylesheet, STYLESHEET_PATH } from '../../src/course/stylesheet.js';

const require = createRequire(import.meta.url);

describe('the stylesheet', () => {
  it("is simpledotcss's simple.css byte for byte, after a comment that names it and carries its MIT licence", () => {
    const css = readStylesheet();
    const original = readFileSync(require.resolve('simpledotcss/simple.css'), 'utf8');
    expect(css.endsWith(original)).toBe(true);
    const header = css.slice(0, css.length - original.length);
    const { version } = JSON.parse(readFileSync(require.resolve('simpledotcss/package.json'), 'utf8')) as { version: string };
    expect(header).toMatch(new RegExp(`^/\\*\\n \\* Simple\\.css ${version.replace(/\./g, '\\.')} `));
    expect(header).toContain('Copyright (c) 2020 Simple.css (Kev Quirk)');
    expect(header).toContain('The above copyright notice and this permission notice shall be included');
    expect(header.trimEnd().endsWith('*/')).toBe(true);
    expect(header.slice(2, -3)).not.toContain('*/');
  });

  it("is in every lesson's app, the same at each, and a practice starter looks the same", async () => {
    const css = readStylesheet();
    for (const lesson of [1, 2, 3, 4, 5]) {
      for (const mode of ['guided', 'practice'] as const) {
        const files = await renderLesson(lesson, { projectName: 'look' }, { mode });
        expect(files.get(STYLESHEET_PATH)?.toString('utf8'), `lesson ${lesson}, ${mode}`).toBe(css);
        expect(files.has('static/app.css'), `lesson ${lesson}, ${mode}`).toBe(true);
        // Exercise markers never take the page's head: every layout still links both stylesheets.
        const layout = files.get('templates/base.html') ?? files.get('templates/index.html');
        expect(layout?.toString('utf8'), `lesson ${lesson}, ${mode}`).toMatch(/name="viewport"[\s\S]*simple\.css[\s\S]*app\.css/);
      }
    }
  });
});
