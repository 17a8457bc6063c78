// Root cause first (src/checks/checks.ts findRoots): a failed shared step is reported once, by its
// owner; checks that rode on it need it; one cause seen by many checks is one failure.
import { describe, expect, it } from 'vitest';
import { hintFor } from '../../lessons/index.js';
import { type CheckDefinition, type CheckResult, findRoots, rootOf } from '../../src/checks/checks.js';

const run = async () => {};
const checks: CheckDefinition[] = [
  { id: 'login', title: 'probe', probe: { owner: (lesson) => (lesson >= 5 ? '5.3' : '2.2') }, run },
  { id: '1.3', title: '1.3', run },
  { id: '1.4', title: '1.4', run },
  { id: '2.2', title: '2.2', run },
  { id: '3.1', title: '3.1', run },
  { id: '3.2', title: '3.2', run },
  { id: '3.3', title: '3.3', run },
  { id: '5.3', title: '5.3', run },
];
const fail = (id: string, extra: Partial<CheckResult> = {}): CheckResult => ({ id, title: id, status: 'fail', message: id, ...extra });
const pass = (id: string): CheckResult => ({ id, title: id, status: 'pass' });

describe('findRoots', () => {
  it('reports a failed step once, by its owner at the lesson verified; checks that rode on it need it', () => {
    const results = findRoots(
      [
        fail('login', { reason: 'login-not-sticking', message: 'the login did not stick' }),
        pass('1.3'),
        fail('1.4', { rode: ['login', 'login-sticks'], reason: 'home-status' }),
        fail('2.2', { rode: ['login'], reason: 'name-not-shown' }),
        pass('3.1'),
        pass('3.2'),
        pass('3.3'),
        fail('5.3', { reason: 'page-status' }),
      ],
      checks,
      5,
    );
    expect(results.map((result) => result.id)).not.toContain('login');
    const byId = new Map(results.map((result) => [result.id, result]));
    expect(byId.get('5.3')).toMatchObject({ status: 'fail', reason: 'login-not-sticking', message: 'the login did not stick' });
    expect(byId.get('1.4')).toMatchObject({ status: 'skip', needs: '5.3', message: 'needs: a correct login redirects (see 5.3)' });
    expect(byId.get('2.2')).toMatchObject({ status: 'skip', needs: '5.3' });
    expect(rootOf(results, 5)?.id).toBe('5.3');
  });

  it('reports one cause seen by many checks once, by a check of the lesson verified', () => {
    const results = findRoots(
      [
        pass('login'),
        fail('1.3', {
          crashed: true,
          reason: 'status-500',
          appOutput: 'Traceback (most recent call last):\nValueError: too many values to unpack',
        }),
        pass('1.4'),
        pass('2.2'),
        fail('3.1', {
          crashed: true,
          reason: 'status-500',
          appOutput: 'Traceback (most recent call last):\nValueError: too many values to unpack',
        }),
        fail('3.2', { reason: 'flash-category' }),
        fail('3.3', { reason: 'flash-category' }),
        pass('5.3'),
      ],
      checks,
      3,
    );
    const failed = results.filter((result) => result.status === 'fail').map((result) => result.id);
    expect(failed).toEqual(['3.1', '3.2']);
    expect(results.find((result) => result.id === '1.3')).toMatchObject({ status: 'skip', sameAs: '3.1' });
    expect(results.find((result) => result.id === '3.3')).toMatchObject({ status: 'skip', sameAs: '3.2' });
  });
});

describe('hints keyed by reason', () => {
  it("speak in the verified lesson's terms: a login that does not stick is login_user at lesson 5, the session before", () => {
    const input = { id: '1.4', reason: 'login-not-sticking', facts: {}, output: '' };
    expect(hintFor({ ...input, lesson: 5 })).toMatch(/login_user\(user\)/);
    expect(hintFor({ ...input, lesson: 2 })).toMatch(/session\["username"\]/);
  });

  it("use the learner's own names where the check learned them, and tell a 405 from other answers", () => {
    expect(hintFor({ id: '5.5', reason: 'plain-password', facts: { table: 'accounts' }, output: '', lesson: 5 })).toContain(
      '`accounts` table',
    );
    expect(hintFor({ id: '1.3', reason: 'login-not-redirect', status: 405, facts: {}, output: '', lesson: 1 })).toContain('methods=');
    expect(hintFor({ id: '1.2', reason: 'failed-login-redirects', facts: {}, output: '', lesson: 1 })).toMatch(/form again/);
  });
});
