// GitHub Classroom: the result classroom-resources/autograding-command-grader@v1 hands to
// autograding-grading-reporter@v1 (its `result` output, read through `<ID>_RESULTS`): base64 of JSON.
import { errorDetail, scoreChecks, type FormatInput } from './scores.js';

export interface AutogradingResult {
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

export function autogradingResult(input: FormatInput): AutogradingResult {
  const checks = scoreChecks(input);
  const duration = checks.length && input.seconds ? Math.round((input.seconds / checks.length) * 1000) / 1000 : 0;
  const tests = checks.map((check) => ({
    name: check.name,
    // The reporter knows no "skip": a check skipped because another failed did not pass.
    status: check.status === 'skip' ? ('fail' as const) : check.status,
    score: check.score,
    message: check.detail,
    test_code: `flash-login verify --lesson ${input.lesson} (check ${check.id})`,
    filename: '',
    line_no: 0,
    duration,
  }));
  if (input.outcome.status === 'error')
    tests.push({ name: 'the app starts', status: 'error', score: 0, message: errorDetail(input.outcome), test_code: `flash-login verify --lesson ${input.lesson}`, filename: '', line_no: 0, duration: 0 });
  return { version: 1, status: input.outcome.status, max_score: checks.length || tests.length, tests };
}

/** The one line `--format autograding` prints: what goes into `$GITHUB_OUTPUT` as `result=`. */
export function formatAutograding(input: FormatInput): string {
  return Buffer.from(JSON.stringify(autogradingResult(input))).toString('base64');
}
