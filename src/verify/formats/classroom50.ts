// Classroom 50 (foundation50/classroom50): the result.json its workflow reads.
import type { VerifyOutcome } from '../verify-run.js';
import type { FormatContext } from './scores.js';
import { scoreChecks } from './scores.js';

interface Classroom50Result {
  schema: 'classroom50/result/v1';
  score: number;
  'max-score': number;
  tests: { 'test-name': string; passed: boolean; score: number; 'max-score': number }[];
}

function classroom50Result(outcome: VerifyOutcome, context: FormatContext): Classroom50Result {
  const tests = scoreChecks(outcome, context).map((check) => ({
    'test-name': check.name,
    passed: check.status === 'pass',
    score: check.score,
    'max-score': 1,
  }));
  // An app that does not start has no checks to list: one test says so, worth nothing.
  if (outcome.status === 'error') tests.push({ 'test-name': 'the app starts', passed: false, score: 0, 'max-score': 1 });
  return {
    schema: 'classroom50/result/v1',
    score: tests.reduce((sum, test) => sum + test.score, 0),
    'max-score': tests.reduce((sum, test) => sum + test['max-score'], 0),
    tests,
  };
}

export function classroom50(outcome: VerifyOutcome, context: FormatContext): string {
  return JSON.stringify(classroom50Result(outcome, context), null, 2);
}
