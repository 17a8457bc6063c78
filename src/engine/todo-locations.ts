// Where a failing check's work is: each check is named by the exercises it depends on, and the
// first `TODO(id)` marker of those exercises in the learner's files is its location. No marker
// left (the learner wrote that code already), no location.
import fs from 'node:fs/promises';
import { join, sep } from 'node:path';
import { exercisesFor, type Exercise } from './exercises.js';
import { walkProject } from './project-files.js';
import { findTodo } from './starter.js';

/** Files that can hold a TODO: the app's Python and its templates, app.py first. */
const CODE_FILE = /\.(py|html)$/;

/** Check id -> `app.py:23 TODO(4.guard)`, for each failing check whose exercise still has its TODO. */
export async function locateTodos(projectDir: string, lesson: number, failedChecks: string[]): Promise<Map<string, string>> {
  const locations = new Map<string, string>();
  if (failedChecks.length === 0) return locations;
  const exercises: Exercise[] = [];
  for (let n = lesson; n >= 1; n--) exercises.push(...(await exercisesFor(n)));
  const files = (await walkProject(projectDir)).files
    .map((file) => file.path)
    .filter((path) => CODE_FILE.test(path))
    .sort((a, b) => Number(b === 'app.py') - Number(a === 'app.py'));
  const texts = await Promise.all(files.map((path) => fs.readFile(join(projectDir, path), 'utf8').catch(() => '')));
  const where = new Map<string, string | undefined>();
  const locate = (id: string) => {
    if (!where.has(id)) {
      const index = texts.findIndex((text) => findTodo(text, id) !== undefined);
      where.set(id, index < 0 ? undefined : `${files[index]!.split(sep).join('/')}:${findTodo(texts[index]!, id)} TODO(${id})`);
    }
    return where.get(id);
  };
  for (const check of failedChecks) {
    for (const exercise of exercises.filter((exercise) => exercise.checks.includes(check))) {
      const found = locate(exercise.id);
      if (found) {
        locations.set(check, found);
        break;
      }
    }
  }
  return locations;
}
