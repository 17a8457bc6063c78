// Classroom 50 (foundation50/classroom50): the result.json its runner reads. The runner stamps
// owner, assignment_type, datetime, graded_at and submitted_by itself, then refuses a result
// without a non-empty classroom, assignment, submission (a `submit/` tag), commit, release and
// review: those come from the environment its workflow sets.
import type { VerifyOutcome } from '../verify-run.js';
import { type FormatContext, scoreChecks } from './scores.js';

/** Result field -> the environment variable Classroom 50's runner passes it in. */
const FROM_ENVIRONMENT = {
  classroom: 'CLASSROOM',
  assignment: 'ASSIGNMENT',
  submission: 'SUBMISSION_TAG',
  commit: 'COMMIT_URL',
  release: 'RELEASE_URL',
  review: 'REVIEW_URL',
} as const;

function runnerFields(env: NodeJS.ProcessEnv): Partial<Record<keyof typeof FROM_ENVIRONMENT, string>> {
  const fields: Partial<Record<keyof typeof FROM_ENVIRONMENT, string>> = {};
  for (const [field, variable] of Object.entries(FROM_ENVIRONMENT) as [keyof typeof FROM_ENVIRONMENT, string][]) {
    // Classroom 50's own graders review at the commit when no review page is given.
    const value = env[variable] || (field === 'review' ? env.COMMIT_URL : undefined);
    if (value) fields[field] = value;
  }
  return fields;
}

export function classroom50(outcome: VerifyOutcome, context: FormatContext): string {
  const tests = scoreChecks(outcome, context).map((check) => ({
    'test-name': check.name,
    passed: check.status === 'pass',
    score: check.score,
    'max-score': 1,
  }));
  // Without the lesson's list of checks an app that did not start has none: one test says so.
  if (tests.length === 0) tests.push({ 'test-name': 'the app starts', passed: false, score: 0, 'max-score': 1 });
  const result = {
    schema: 'classroom50/result/v1',
    ...runnerFields(context.env ?? process.env),
    score: tests.reduce((sum, test) => sum + test.score, 0),
    'max-score': tests.reduce((sum, test) => sum + test['max-score'], 0),
    tests,
  };
  return JSON.stringify(result, null, 2);
}

/** One line on stderr when the runner's variables are missing: Classroom 50 refuses such a result. */
export function classroom50Log(_outcome: VerifyOutcome, context: FormatContext): string {
  const fields = runnerFields(context.env ?? process.env);
  const missing = (Object.keys(FROM_ENVIRONMENT) as (keyof typeof FROM_ENVIRONMENT)[]).filter((field) => !fields[field]);
  if (missing.length === 0) return '';
  const variables = missing.map((field) => FROM_ENVIRONMENT[field]);
  return `classroom50: ${variables.join(', ')} not set, so result.json has no ${missing.join(', ')} (Classroom 50's runner sets them; its validator refuses a result without them).`;
}
