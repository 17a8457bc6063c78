// verify --watch in practice mode: the first failure with its TODO, one line when nothing changed, one line for a pass.
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/checks/checks.js';
import type { VerifyOutcome } from '../../src/verify/verify-run.js';
import { practiceSummary } from '../../src/verify/watch-summary.js';

const outcome = (results: CheckResult[]): VerifyOutcome => ({
  status: results.some((r) => r.status !== 'pass') ? 'fail' : 'pass',
  results,
  databaseUri: '',
});
const pass = (id: string): CheckResult => ({ id, title: `check ${id}`, status: 'pass' });
const fail = (id: string, location?: string): CheckResult => ({
  id,
  title: `check ${id}`,
  status: 'fail',
  message: `${id} is wrong`,
  ...(location ? { location } : {}),
});

describe('practice watch summary', () => {
  it('shows the first failing check with its TODO, then one line while nothing changes, then the pass', () => {
    const failing = outcome([pass('4.4'), fail('4.1', 'app.py:29 TODO(4.guard)'), fail('4.2', 'app.py:29 TODO(4.guard)')]);
    const first = practiceSummary(failing, 4, new Map([['4.1', ['guard the view']]]), '/tmp/x');
    expect(first.text).toContain('4.1');
    expect(first.text).toContain('app.py:29 TODO(4.guard)');
    expect(first.text).not.toContain('4.2 ');
    expect(first.text).toContain('1 of 3 checks pass');
    const again = practiceSummary(failing, 4, new Map(), '/tmp/x', first.key);
    expect(again.text.split('\n')).toHaveLength(1);
    expect(again.text).toMatch(/No change: 4\.1 still fails \(app\.py:29 TODO\(4\.guard\)\)/);
    const moved = practiceSummary(
      outcome([pass('4.4'), pass('4.1'), fail('4.2', 'app.py:41 TODO(4.follow)')]),
      4,
      new Map(),
      '/tmp/x',
      first.key,
    );
    expect(moved.text).toContain('app.py:41 TODO(4.follow)');
    expect(practiceSummary(outcome([pass('4.1')]), 4, new Map(), '/tmp/x', moved.key).text).toMatch(
      /lesson 4 passed — run `flash-login next-lesson`/,
    );
  });
});
