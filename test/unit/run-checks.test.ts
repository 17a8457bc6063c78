// The order checks run in: side by side, with every restart of the shared app after all the other checks.
import { describe, expect, it } from 'vitest';
import { type CheckContext, type CheckDefinition, runChecks } from '../../src/checks/checks.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function harness(log: string[], concurrency: number) {
  return {
    concurrency,
    appOutput: () => '',
    contextFor: () =>
      ({
        restart: async () => {
          log.push('restart');
        },
      }) as unknown as CheckContext,
  };
}

const plain = (id: string, log: string[], ms: number): CheckDefinition => ({
  id,
  title: id,
  async run() {
    log.push(`${id} start`);
    await tick(ms);
    log.push(`${id} end`);
  },
});

const restarting = (log: string[]): CheckDefinition => ({
  id: 'R',
  title: 'R',
  restarts: true,
  async run(t) {
    log.push('R start');
    await t.restart({ FLASK_SECRET_KEY: 'another' });
    log.push('R end');
  },
});

describe('runChecks', () => {
  it('starts a restarting check beside the others, and restarts only once they are all done', async () => {
    const log: string[] = [];
    const results = await runChecks([plain('A', log, 30), restarting(log), plain('B', log, 60), plain('C', log, 10)], harness(log, 2));
    expect(results.map((result) => [result.id, result.status])).toEqual([
      ['A', 'pass'],
      ['R', 'pass'],
      ['B', 'pass'],
      ['C', 'pass'],
    ]);
    expect(log.indexOf('R start')).toBeLessThan(log.indexOf('B end')); // it did not wait to begin
    for (const id of ['A', 'B', 'C']) expect(log.indexOf(`${id} end`), id).toBeLessThan(log.indexOf('restart'));
    expect(log.at(-1)).toBe('R end');
  });

  it('holds no one back when each restart is the check’s alone (an app forked beside the shared one)', async () => {
    const log: string[] = [];
    await runChecks([plain('A', log, 60), restarting(log), plain('B', log, 60)], { ...harness(log, 2), restartsAlone: true });
    // R takes a worker like any check and restarts at once, while A and B still run.
    expect(log.indexOf('restart')).toBeLessThan(log.indexOf('A end'));
    expect(log.indexOf('R end')).toBeLessThan(log.indexOf('B end'));
  });

  it('runs everything one after another, restarts last, at a concurrency of 1', async () => {
    const log: string[] = [];
    await runChecks([restarting(log), plain('A', log, 5), plain('B', log, 5)], harness(log, 1));
    expect(log).toEqual(['A start', 'A end', 'B start', 'B end', 'R start', 'restart', 'R end']);
  });

  it('makes each context for its own check, so verify can give a check that logs out a user of its own', async () => {
    const log: string[] = [];
    const users = new Map([['B', { username: 'own', password: 'x' }]]);
    const seen: string[] = [];
    const userOf: CheckDefinition = { id: 'B', title: 'B', logsOut: true, run: async (t) => void seen.push(t.user.username) };
    await runChecks([plain('A', log, 1), userOf], {
      ...harness(log, 2),
      contextFor: (_onExchange, _tag, check) =>
        ({ user: (check && users.get(check.id)) ?? { username: 'shared', password: 'y' } }) as unknown as CheckContext,
    });
    expect(seen).toEqual(['own']);
  });
});
