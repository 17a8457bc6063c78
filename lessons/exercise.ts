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
  /**
   * Where each of its TODOs goes in a learner's own code (practice mode's next-lesson): per file of
   * the reference app, one anchor per TODO region of the exercise in that file, in the file's order.
   */
  places?: Record<string, Anchor[]>;
}

/**
 * What a TODO is anchored to in the learner's code, found by what the code is (src/course/anchors.ts):
 * - view: directly above the view of this URL rule; after-view: a new view, directly below it;
 * - app: directly below the statement that calls Flask(...);
 * - guard: above the decorator (not a route) that guards the view of this rule;
 * - page: in the template the view of `rule` renders (its top, its <form>, its <nav>, its content block);
 * - base: in the template the others extend.
 */
export type Anchor =
  | { kind: 'view' | 'after-view' | 'guard'; rule: string }
  | { kind: 'app' }
  | { kind: 'page'; rule: string; at: 'top' | 'form' | 'content' | 'nav' }
  | { kind: 'base'; at: 'nav' | 'content' };

/** One exercise's words in another language: lessons/N-*\/exercises.<lang>.ts exports them by id. */
export interface ExerciseText {
  todo: string;
  hints: string[];
}
