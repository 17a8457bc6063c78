// GitHub Classroom: the result classroom-resources/autograding-command-grader@v1 hands to
// autograding-grading-reporter@v1 (its `result` output, read through `<ID>_RESULTS`): base64 of JSON.
// The reporter reads it from one environment variable, and Linux caps one at 128 KiB: the payload
// stays within PAYLOAD_LIMIT whatever the app printed.
import type { VerifyOutcome } from '../verify-run.js';
import { capText, errorDetail, type FormatContext, scoreChecks } from './scores.js';

/** Base64 characters at most: half of Linux's limit on one environment variable. */
const PAYLOAD_LIMIT = 64 * 1024;
const FIRST_MESSAGE_LIMIT = 8 * 1024;
const CUT_NOTICE = '… (cut short: run `flash-login verify` to see all of it)';

interface AutogradingTest {
  name: string;
  status: 'pass' | 'fail' | 'error';
  score: number;
  message: string | null;
  test_code: string;
  filename: string;
  line_no: number;
  duration: number;
}

function autogradingTests(outcome: VerifyOutcome, context: FormatContext, messageLimit: number): AutogradingTest[] {
  const checks = scoreChecks(outcome, context);
  const duration = checks.length && context.seconds ? Math.round((context.seconds / checks.length) * 1000) / 1000 : 0;
  const tests = checks.map((check) => ({
    name: check.name,
    // The reporter knows no "skip": a check skipped because another failed did not pass.
    status: check.status === 'skip' ? ('fail' as const) : check.status,
    score: check.score,
    message: check.detail === null ? null : capText(check.detail, messageLimit, CUT_NOTICE),
    test_code: `flash-login verify --lesson ${context.lesson} (check ${check.id})`,
    filename: check.location?.file ?? '',
    line_no: check.location?.line ?? 0,
    duration,
  }));
  // Without the lesson's list of checks an app that did not start has none: one test says so.
  if (outcome.status === 'error' && checks.length === 0)
    tests.push({
      name: 'the app starts',
      status: 'error',
      score: 0,
      message: capText(errorDetail(outcome, context), messageLimit, CUT_NOTICE),
      test_code: `flash-login verify --lesson ${context.lesson}`,
      filename: '',
      line_no: 0,
      duration: 0,
    });
  return tests;
}

/** The one line `--format autograding` prints: what goes into `$GITHUB_OUTPUT` as `result=`. */
export function autograding(outcome: VerifyOutcome, context: FormatContext): string {
  const maxScore = context.checks?.length || scoreChecks(outcome, context).length || 1;
  let payload = '';
  // Each message is cut shorter until the whole fits: the names and scores always do.
  for (let limit = FIRST_MESSAGE_LIMIT; ; limit = Math.floor(limit / 2)) {
    const tests = autogradingTests(outcome, context, limit);
    payload = Buffer.from(JSON.stringify({ version: 1, status: outcome.status, max_score: maxScore, tests })).toString('base64');
    if (payload.length <= PAYLOAD_LIMIT || limit < CUT_NOTICE.length) return payload;
  }
}

/**
 * For the Actions log (the reporter prints a test's message only for an error): each check that
 * did not pass, and why, in one line each.
 */
export function autogradingLog(outcome: VerifyOutcome, context: FormatContext): string {
  const lines = scoreChecks(outcome, context)
    .filter((check) => check.status !== 'pass')
    .map((check) => `✗ ${check.name}: ${(check.message ?? check.status).split('\n')[0]}`);
  return lines.join('\n');
}
