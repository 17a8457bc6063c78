// Practice mode's exercise data against the reference apps it describes: hint level 3 is the
// reference's own regions (no hand-written copy to drift), and each exercise names the lesson
// steps it carries out, which the practice text turns into tasks.
import { describe, expect, it } from 'vitest';
import { exercisesFor } from '../../src/engine/exercises.js';
import { readLessonText } from '../../src/engine/lessons.js';
import { exerciseFiles, lessonRegions, referenceCode } from '../../src/engine/reference-code.js';

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
