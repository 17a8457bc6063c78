// Each lesson's story is complete: its text names every check verify runs and has hints for each.
import { describe, expect, it } from 'vitest';
import { checksFor, lessonHasChecks, ownCheckCount } from '../../lessons/index.js';
import { LESSON_COUNT, parseLessonText, readLessonText } from '../../src/course/lessons.js';

const SECTIONS = ['Why', 'The request flow', 'Files that change', 'Steps', 'What verify checks', 'Hints', 'Common mistakes'];

describe.each(Array.from({ length: LESSON_COUNT }, (_, i) => i + 1))('lesson %i', (lesson) => {
  it('is in the catalog of lessons with checks exactly when it has checks of its own', () => {
    expect(lessonHasChecks(lesson)).toBe(ownCheckCount(lesson) > 0);
  });

  it('has a title, an opening and every section', async () => {
    const text = await readLessonText(lesson);
    expect(text.title).toMatch(new RegExp(`^Lesson ${lesson}: `));
    expect(text.opening.length).toBeGreaterThan(40);
    for (const section of SECTIONS) expect(text.sections.get(section)?.trim(), section).toBeTruthy();
  });

  it.runIf(lessonHasChecks(lesson))(
    'names each of its own checks under "What verify checks", with hints that end in a solution',
    async () => {
      const text = await readLessonText(lesson);
      const own = checksFor(lesson).filter((check) => check.id.startsWith(`${lesson}.`));
      expect(own.length).toBeGreaterThan(0);
      for (const check of own) {
        expect(text.sections.get('What verify checks'), check.id).toContain(`**${check.id}**`);
        const levels = text.hints.get(check.id) ?? [];
        expect(levels.length, `hint levels for ${check.id}`).toBeGreaterThanOrEqual(2);
        // A nudge first (words, no code), and the last level a solution: code to write.
        expect(levels[0], `the first hint for ${check.id} gives code away`).not.toContain('```');
        expect(levels.at(-1), `the last hint for ${check.id} shows no code`).toMatch(/```\w*\n[\s\S]+?\n```/);
      }
    },
  );
});

describe('parsing a lesson text', () => {
  it('keeps code blocks inside a hint level and ignores headings inside fences', () => {
    const text = parseLessonText(
      9,
      '# Lesson 9: Test\n\nOpening line.\n\n## Hints\n### 9.1\n1. Nudge.\n2. Solution:\n   ```python\n   ## not a heading\n   x = 1\n   ```\n## Common mistakes\nNone.\n',
    );
    expect(text.title).toBe('Lesson 9: Test');
    expect(text.opening).toBe('Opening line.');
    expect(text.hints.get('9.1')).toEqual(['Nudge.', 'Solution:\n```python\n## not a heading\nx = 1\n```']);
    expect(text.sections.get('Common mistakes')?.trim()).toBe('None.');
  });
});

describe.each(Array.from({ length: LESSON_COUNT }, (_, i) => i + 1))('lesson %i title', (lesson) => {
  it('loses its "Lesson N:" / "第 N 课：" prefix in headings that already name the lesson, in both languages', async () => {
    const { shortTitle } = await import('../../src/course/progress.js');
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = await readLessonText(lesson, lang);
      expect(text.title).toMatch(lang === 'en' ? /^Lesson \d+: / : /^第 \d+ 课：/);
      const short = shortTitle(text);
      expect(short.length).toBeGreaterThan(0);
      expect(short).not.toMatch(/Lesson \d|第 ?\d+ ?课/);
    }
  });
});
