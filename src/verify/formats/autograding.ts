// GitHub Classroom: the result classroom-resources/autograding-command-grader@v1 hands to
// autograding-grading-reporter@v1 (its `result` output, read through `<ID>_RESULTS`): base64 of JSON.
import type { VerifyOutcome } from '../verify-run.js';
import type { FormatContext } from './scores.js';
import { errorDetail, scoreChecks } from './scores.js';

interface AutogradingResult {
  version: 1;
  status: 'pass' | 'fail' | 'error';
  max_score: number;
  tests: {
    name: string;
    status: 'pass' | 'fail' | 'error';
    score: number;
    message: string | null;
    test_code: string;
    filename: string;
    line_no: number;
    duration: number;
  }[];
}

function autogradingResult(outcome: VerifyOutcome, context: FormatContext): AutogradingResult {
  const checks = scoreChecks(outcome, context);
  const duration = checks.length && context.seconds ? Math.round((context.seconds / checks.length) * 1000) / 1000 : 0;
  const tests = checks.map((check) => ({
    name: check.name,
    // The reporter knows no "skip": a check skipped because another failed did not pass.
    status: check.status === 'skip' ? ('fail' as const) : check.status,
    score: check.score,
    message: check.detail,
    test_code: `flash-login verify --lesson ${context.lesson} (check ${check.id})`,
    filename: '',
    line_no: 0,
    duration,
  }));
  if (outcome.status === 'error')
    tests.push({
      name: 'the app starts',
      status: 'error',
      score: 0,
      message: errorDetail(outcome),
      test_code: `flash-login verify --lesson ${context.lesson}`,
      filename: '',
      line_no: 0,
      duration: 0,
    });
  return { version: 1, status: outcome.status, max_score: checks.length || tests.length, tests };
}

/** The one line `--format autograding` prints: what goes into `$GITHUB_OUTPUT` as `result=`. */
export function autograding(outcome: VerifyOutcome, context: FormatContext): string {
  return Buffer.from(JSON.stringify(autogradingResult(outcome, context))).toString('base64');
}
