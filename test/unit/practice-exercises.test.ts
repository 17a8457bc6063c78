// Practice mode's exercise data against the reference apps it describes: hint level 3 is the
// reference's own regions (no hand-written copy to drift), and each exercise names the lesson
// steps it carries out, which the practice text turns into tasks.
import fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exercisesFor } from '../../src/course/exercises.js';
import { readLessonText } from '../../src/course/lessons.js';
import { practiceMarkdown, practiceTasks } from '../../src/course/practice-text.js';
import { exerciseFiles, lessonRegions, referenceCode } from '../../src/course/reference-code.js';
import { lessonsDir } from '../../src/shared/paths.js';

const LESSONS = [1, 2, 3, 4, 5];

describe('hint level 3 is the reference code', () => {
  it('holds every line of every region of the exercise, under its file, and nothing from other exercises', async () => {
    for (const lesson of LESSONS) {
      const regions = await lessonRegions(lesson);
      for (const exercise of await exercisesFor(lesson)) {
        const code = await referenceCode(exercise.id);
        const own = regions.filter((placed) => placed.region.id === exercise.id);
        expect(own.length, `${exercise.id} marks no region`).toBeGreaterThan(0);
        for (const { path, region } of own) {
          expect(code).toContain(`In \`${path}\`:`);
          expect(code).toContain(region.solution.join('\n'));
        }
        expect(exercise.hints, `${exercise.id} keeps a hand-written level 3`).toHaveLength(2);
      }
    }
  });

  it("4.next's code is the reference's is_safe_next, control characters and all (the old copy had drifted)", async () => {
    const code = await referenceCode('4.next');
    expect(code).toContain('if any(char == "\\\\" or ord(char) < 32 or ord(char) == 127 for char in target):');
    expect(code).toMatch(/^In `app.py`:\n\n```python\ndef is_safe_next\(target\):/);
  });

  it('a change region that only deletes says so', async () => {
    expect(await referenceCode('5.current')).toContain('delete the old code under the TODO.');
  });
});

describe('exercises name the steps they carry out', () => {
  it("every exercise names existing steps of its lesson's text, and files where its regions stand", async () => {
    for (const lesson of LESSONS) {
      const text = await readLessonText(lesson);
      const steps = text.markdown.split('\n## Steps')[1]!.split('\n## ')[0]!;
      const numbers = [...steps.matchAll(/^(\d+)\. /gm)].map((match) => Number(match[1]));
      const files = await exerciseFiles(lesson);
      for (const exercise of await exercisesFor(lesson)) {
        expect(exercise.steps.length, exercise.id).toBeGreaterThan(0);
        for (const step of exercise.steps) expect(numbers, `${exercise.id} step ${step}`).toContain(step);
        expect(files.get(exercise.id)?.length, exercise.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('practice text: each step an exercise carries out names its TODO', () => {
  it('lesson 4: the step starts with the TODO and its files; a step of no exercise is left as written', async () => {
    const { markdown } = await readLessonText(4);
    const text = practiceMarkdown(markdown, { tasks: await practiceTasks(4) });
    expect(text).toContain('\n1. (`TODO(4.guard)` in app.py) Write the decorator in `app.py`.');
    expect(text).toContain('\n5. (`TODO(4.follow)` in app.py, templates/login.html) In `login.html`, send `next` back');
    expect(text).toContain('\n7. Try it: log out');
    // Beside the practice text without tasks, only the starts of step items differ.
    const plain = practiceMarkdown(markdown).split('\n');
    const lines = text.split('\n');
    expect(lines).toHaveLength(plain.length);
    const changed = lines.flatMap((line, index) => (line === plain[index] ? [] : [{ line, was: plain[index]! }]));
    expect(changed.map(({ line }) => line.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.', '6.']);
    for (const { line, was } of changed) expect(line.replace(/ \(`TODO\(4\.[a-z]+\)` in [^)]*\)/, '')).toBe(was);
  });

  it('the Chinese lesson text gets the same tasks, on its numbered steps', async () => {
    const zh = await fs.readFile(join(lessonsDir, '4-login-required', 'lesson.zh-CN.md'), 'utf8');
    const text = practiceMarkdown(zh, { tasks: await practiceTasks(4) });
    expect(text).toMatch(/\n1\. \(`TODO\(4\.guard\)` in app\.py\) \S/);
    expect(text).toMatch(/\n4\. \(`TODO\(4\.follow\)` in app\.py, templates\/login\.html\) \S/);
  });

  it('every exercise of every lesson is named in its practice text', async () => {
    for (const lesson of LESSONS) {
      const text = practiceMarkdown((await readLessonText(lesson)).markdown, { tasks: await practiceTasks(lesson) });
      for (const exercise of await exercisesFor(lesson)) expect(text, exercise.id).toContain(`\`TODO(${exercise.id})\` in `);
    }
  });
});
