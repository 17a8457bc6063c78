// The one list of lessons: their numbers, their folders, and which have checks. Loaded by every
// command, so it imports nothing heavy: the checks bring the HTTP client, the cookie jar and the
// HTML parser, which commands that only ask these questions never need.
// test/unit/lessons.test.ts holds LESSONS_WITH_CHECKS to the checks that lessons/index.ts really has.

export const LESSON_COUNT = 5;

/** Where each lesson's story lives: lessons/<folder>/ holds its texts, checks, exercises and app/. */
export const LESSON_FOLDERS: Readonly<Record<number, string>> = {
  1: '1-login-form',
  2: '2-sessions',
  3: '3-flash-messages',
  4: '4-login-required',
  5: '5-user-model',
};

const LESSONS_WITH_CHECKS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** Whether `value` names a lesson: a whole number from 1 to LESSON_COUNT. */
export function isLessonNumber(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= LESSON_COUNT;
}

/** Lessons whose checks are written so far. */
export function lessonHasChecks(lesson: number): boolean {
  return LESSONS_WITH_CHECKS.has(lesson);
}
