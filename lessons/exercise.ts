// What one practice-mode exercise is, as each lesson's exercises.ts writes it down (src/course/exercises.ts reads them).

export interface Exercise {
  /** `4.guard`: the lesson, then a name. The reference app's markers carry the same id. */
  id: string;
  /** One line: what to write there. It is the TODO comment in the starter. */
  todo: string;
  /**
   * 1 a nudge, 2 the API or idea to use. Level 3, the code, is the reference app's own regions
   * (src/course/reference-code.ts), so it cannot drift from the solution.
   */
  hints: [string, string];
  /** The checks that fail until this exercise is done (lessons 4 and 5: earlier ones they change too). */
  checks: string[];
  /** The numbers of the lesson text's `## Steps` that this exercise carries out (practice text names it there). */
  steps: number[];
}

/** One exercise's words in another language: lessons/N-*\/exercises.<lang>.ts exports them by id. */
export interface ExerciseText {
  todo: string;
  hints: string[];
}
