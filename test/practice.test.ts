// Practice mode end to end, with the real CLI, real Flask and real merges: each lesson's starter
// fails exactly its exercises' checks (naming each TODO's file:line), `solution --apply` makes it
// pass and equal to the guided output, and the learner-variant corpus walks lesson 1 to 5 with
// every next-lesson merging cleanly.
import fs from 'fs-extra';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exercisesFor } from '../src/engine/exercises.js';
import { renderLesson } from '../src/engine/render.js';
import { bins, debianPython, run, tempDir, verifyJson } from './helpers.js';
import { applySteps, variants } from './practice-variants.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => fs.remove(dir)));
});

async function scaffold(lesson: number, mode: 'practice' | 'guided' = 'practice'): Promise<string> {
  const parent = await tempDir('flash-login-practice-');
  made.push(parent);
  const dir = join(parent, 'app');
  const created = await run(bins.create, [dir, '--yes', '--no-install', '--no-git', '--python', debianPython, '--mode', mode, '--lesson', String(lesson)]);
  expect(created.exitCode, String(created.stderr)).toBe(0);
  return dir;
}

/** app.py and templates/, the learner's code, as one comparable map. */
async function appFiles(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = { 'app.py': await fs.readFile(join(dir, 'app.py'), 'utf8') };
  for (const name of (await fs.readdir(join(dir, 'templates'))).sort()) files[`templates/${name}`] = await fs.readFile(join(dir, 'templates', name), 'utf8');
  return files;
}

async function conflictMarkers(dir: string): Promise<string[]> {
  const files = await appFiles(dir);
  return Object.entries(files).filter(([, text]) => text.includes('<<<<<<<')).map(([name]) => name);
}

describe('practice starters', () => {
  for (const lesson of [1, 2, 3, 4, 5]) {
    it(`lesson ${lesson}: the starter fails exactly its exercises' checks, each at its TODO; solution --apply passes and equals guided`, async () => {
      const dir = await scaffold(lesson);
      const exercises = await exercisesFor(lesson);
      const expected = [...new Set(exercises.flatMap((exercise) => exercise.checks))];
      const { result, json } = await verifyJson(dir, lesson, debianPython);
      expect(result.exitCode, String(result.stderr)).toBe(1);
      const failed = json!.tests.filter((test) => test.status !== 'pass');
      expect(failed.map((test) => test.id).sort()).toEqual(expected.sort());
      // Only this lesson's ids, or (lessons 4 and 5) earlier ones that an exercise of this lesson changes.
      const files = await appFiles(dir);
      for (const test of failed) {
        const todo = (test as { todo?: string }).todo;
        expect(todo, `check ${test.id} names no TODO`).toMatch(/^[\w/.]+:\d+ TODO\(\d\.[a-z-]+\)$/);
        const [, file, line, id] = /^(.+):(\d+) TODO\((.+)\)$/.exec(todo!)!;
        expect(files[file!]!.split('\n')[Number(line) - 1]).toContain(`TODO(${id})`);
        expect(exercises.find((exercise) => exercise.id === id)!.checks).toContain(test.id);
      }

      const applied = await run(bins.flashLogin, ['solution', '--apply', '--dir', dir]);
      expect(applied.exitCode, String(applied.stdout) + String(applied.stderr)).toBe(0);
      const after = await verifyJson(dir, lesson, debianPython);
      expect(after.json?.status, JSON.stringify(after.json?.tests.filter((test) => test.status !== 'pass'))).toBe('pass');
      const guided = await scaffold(lesson, 'guided');
      expect(await appFiles(dir)).toEqual(await appFiles(guided));
    });
  }

  it('stripped regions are the guided output: no marker or TODO reaches it, and the starter of every lesson imports', async () => {
    for (let lesson = 1; lesson <= 5; lesson++) {
      for (const [name, content] of await renderLesson(lesson, { projectName: 'x' })) {
        if (!/\.(py|html)$/.test(name)) continue;
        expect(content.toString(), `${name} of lesson ${lesson}`).not.toMatch(/^\s*(#|\{#)\s*(exercise|change|was|end)\b|TODO\(/m);
      }
    }
  });
});

describe('practice walks', () => {
  it('solution --apply at each lesson ends byte-identical to a guided scaffold of lesson 5', async () => {
    const dir = await scaffold(1);
    for (let lesson = 1; lesson <= 5; lesson++) {
      const applied = await run(bins.flashLogin, ['solution', '--apply', '--dir', dir]);
      expect(applied.exitCode, String(applied.stdout)).toBe(0);
      if (lesson === 5) break;
      const next = await run(bins.flashLogin, ['next-lesson', '--force', '--no-verify', '--dir', dir]);
      expect(next.exitCode, String(next.stdout) + String(next.stderr)).toBe(0);
    }
    expect(await appFiles(dir)).toEqual(await appFiles(await scaffold(5, 'guided')));
    const state = await fs.readJson(join(dir, '.flash-login', 'state.json'));
    expect(state.solutions).toContain('5.model');
  });

  for (const variant of variants) {
    it(`variant ${variant.name}: passes every lesson's verify and merges every next-lesson with 0 conflicts`, async () => {
      const dir = await scaffold(1);
      for (let lesson = 1; lesson <= 5; lesson++) {
        await applySteps(dir, variant.lessons[lesson]!, `${variant.name} lesson ${lesson}`);
        const { json, result } = await verifyJson(dir, lesson, debianPython);
        expect(json?.status, `${variant.name} lesson ${lesson}: ${String(result.stderr)} ${JSON.stringify(json?.tests.filter((test) => test.status !== 'pass'))}`).toBe('pass');
        if (lesson === 5) break;
        // verify --json with --lesson does record the pass for the current lesson, which next-lesson's gate reads.
        const next = await run(bins.flashLogin, ['next-lesson', '--no-verify', '--dir', dir]);
        expect(next.exitCode, `${variant.name} ${lesson} → ${lesson + 1}: ${String(next.stdout)}${String(next.stderr)}`).toBe(0);
        expect(await conflictMarkers(dir)).toEqual([]);
      }
    });
  }
});
