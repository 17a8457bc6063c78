// Where a failing check's work is: each check is named by the exercises it depends on, and the
// first `TODO(id)` marker of those exercises in the learner's files is its location. No marker
// left (the learner wrote that code already), no location.
import fs from 'node:fs/promises';
import { join, sep } from 'node:path';
import kleur from 'kleur';
import { catalog, type Lang } from '../i18n/i18n.js';
import { walkProject } from '../project/project-files.js';
import { lessonLangOf, type ProjectState } from '../project/state.js';
import { type Exercise, exercisesFor } from './exercises.js';
import { type ExerciseProgress, exerciseProgress } from './progress.js';
import { lessonStubs } from './reference-code.js';
import { dropDoneTodos, type TodoStub } from './starter.js';

// Each mark keeps one width (9 columns), so the exercise ids after it line up.
const markText = catalog({
  en: { passing: '✓ passing', failing: '✗ failing', todo: '· todo   ', written: '~ written' },
  'zh-CN': { passing: '✓ 已通过 ', failing: '✗ 未通过 ', todo: '· 待完成 ', written: '~ 已编写 ' },
});

/** Files that can hold a TODO: the app's Python and its templates, app.py first. */
const CODE_FILE = /\.(py|html)$/;
const TODO = /TODO\((\d+\.[a-z][a-z0-9-]*)\)/;

/**
 * Exercise id -> `app.py:23 TODO(4.guard)`: where the first TODO of each exercise still stands.
 * A TODO line of `lesson` that the learner wrote around (solved, the line left in place) is done, not a TODO;
 * so is every TODO line of it once the lesson passed (`passed`).
 */
async function findTodos(projectDir: string, lesson?: number, passed = false, lang: Lang = 'en'): Promise<Map<string, string>> {
  const stubs = lesson === undefined ? new Map<string, TodoStub[]>() : await lessonStubs(lesson, lang);
  const files = (await walkProject(projectDir)).files
    .map((file) => file.path.split(sep).join('/'))
    .filter((path) => CODE_FILE.test(path))
    .sort((a, b) => Number(b === 'app.py') - Number(a === 'app.py'));
  const found = new Map<string, string>();
  for (const path of files) {
    const text = await fs.readFile(join(projectDir, path), 'utf8').catch(() => '');
    const done = dropDoneTodos(text, stubs.get(path) ?? [], passed).dropped;
    text.split('\n').forEach((line, index) => {
      const id = done.has(index) ? undefined : TODO.exec(line)?.[1];
      if (id && !found.has(id)) found.set(id, `${path}:${index + 1} TODO(${id})`);
    });
  }
  return found;
}

/**
 * Which exercises a failed check is put down to: those that include it and still have a TODO,
 * the first of them in the lesson's order; when none has a TODO left, every one that includes it.
 */
function blame(check: string, exercises: Exercise[], todos: ReadonlyMap<string, string>): Exercise[] {
  const candidates = exercises.filter((exercise) => exercise.checks.includes(check));
  const open = candidates.find((exercise) => todos.has(exercise.id));
  return open ? [open] : candidates;
}

/** Every exercise of lessons 1 to `lesson`, the current lesson's first. */
async function exercisesUpTo(lesson: number): Promise<Exercise[]> {
  const exercises: Exercise[] = [];
  for (let n = lesson; n >= 1; n--) exercises.push(...(await exercisesFor(n)));
  return exercises;
}

/** Check id -> `app.py:23 TODO(4.guard)`, for each failing check whose exercise still has its TODO. */
export async function locateTodos(
  projectDir: string,
  lesson: number,
  failedChecks: string[],
  lang: Lang = 'en',
): Promise<Map<string, string>> {
  const locations = new Map<string, string>();
  if (failedChecks.length === 0) return locations;
  const [exercises, todos] = await Promise.all([exercisesUpTo(lesson), findTodos(projectDir, lesson, false, lang)]);
  for (const check of failedChecks) {
    const [first] = blame(check, exercises, todos);
    const where = first && todos.get(first.id);
    if (where) locations.set(check, where);
  }
  return locations;
}

/** The current lesson's exercises as status and lessons show them. */
export async function currentExercises(projectDir: string, state: ProjectState): Promise<ExerciseProgress[]> {
  const [exercises, all, todos] = await Promise.all([
    exercisesFor(state.lesson),
    exercisesUpTo(state.lesson),
    // Every TODO line counts, written around or not: only its going, or a verify that passes its checks, makes it written.
    findTodos(projectDir, undefined, false, lessonLangOf(state)),
  ]);
  return exerciseProgress(state, exercises, todos, (check) => blame(check, all, todos));
}

/** One exercise's mark and word, for status and lessons. */
export function exerciseMark(status: ExerciseProgress['status']): string {
  const marks = {
    passing: kleur.green(markText().passing),
    failing: kleur.red(markText().failing),
    todo: kleur.yellow(markText().todo),
    written: kleur.dim(markText().written),
  };
  return marks[status];
}
