// Practice mode's exercises: data in lessons/<n>-<name>/exercises.ts, read here. Each is one
// region (or a few) of a lesson's reference app that the starter leaves as a TODO.

export interface Exercise {
  /** `4.guard`: the lesson, then a name. The reference app's markers carry the same id. */
  id: string;
  /** One line: what to write there. It is the TODO comment in the starter. */
  todo: string;
  /**
   * 1 a nudge, 2 the API or idea to use. Level 3, the code, is the reference app's own regions
   * (src/engine/reference-code.ts), so it cannot drift from the solution.
   */
  hints: [string, string];
  /** The checks that fail until this exercise is done (lessons 4 and 5: earlier ones they change too). */
  checks: string[];
  /** The numbers of the lesson text's `## Steps` that this exercise carries out (practice text names it there). */
  steps: number[];
}

export type Mode = 'practice' | 'guided';
export const MODES: readonly Mode[] = ['practice', 'guided'];

/** A lesson's exercises, in the order the lesson text takes them. */
export async function exercisesFor(lesson: number): Promise<Exercise[]> {
  const { exercisesByLesson } = await import('../../lessons/exercises.js');
  return exercisesByLesson[lesson] ?? [];
}

/** The exercise with this id, whichever lesson it belongs to. */
export async function findExercise(id: string): Promise<Exercise | undefined> {
  const lesson = Number(id.split('.')[0]);
  return (await exercisesFor(lesson)).find((exercise) => exercise.id === id);
}

/** Exercise id -> its TODO text, as the starter builder wants it. */
export function todoTexts(exercises: Exercise[]): Map<string, string> {
  return new Map(exercises.map((exercise) => [exercise.id, exercise.todo]));
}

/** `4.guard` (an exercise) rather than `4.1` (a check). */
export function isExerciseId(value: string): boolean {
  return /^\d+\.[a-z][a-z0-9-]*$/.test(value.trim());
}
