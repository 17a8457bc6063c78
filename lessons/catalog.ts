// Which lessons have checks, without loading them: the checks bring the HTTP client, the
// cookie jar and the HTML parser, which commands that only ask this question never need.
// test/unit/lessons.test.ts holds this list to the checks that lessons/index.ts really has.
const LESSONS_WITH_CHECKS: ReadonlySet<number> = new Set([1, 2, 3, 4, 5]);

/** Lessons whose checks are written so far. */
export function lessonHasChecks(lesson: number): boolean {
  return LESSONS_WITH_CHECKS.has(lesson);
}
