// flash-login hint: one level per run, nudge first and solution last, remembered in the state file.

import { join } from 'node:path';
import fs from 'fs-extra';
import type { PromptObject } from 'prompts';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { hintCommand } from '../src/commands/hint.js';
import { bins, debianPython, run } from './helpers.js';
import {
  ended,
  makeProject,
  onTerminal,
  readProjectState,
  removeMadeFolders,
  sleep,
  stripAnsi,
  verified,
  waitFor,
} from './toolbelt-helpers.js';

const hint = (dir: string, ...args: string[]) => run(bins.flashLogin, ['hint', ...args], { cwd: dir });

afterAll(removeMadeFolders);

describe('flash-login hint', () => {
  it('reveals the first failing check one level per run, solution last, and remembers it', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2', '1.3']) });

    const first = await hint(dir);
    expect(first.exitCode).toBe(0);
    expect(String(first.stdout)).toMatch(/^Hint 1 of 3 for 1\.2 · A wrong password/);
    expect(String(first.stdout)).toContain('  1. Try each failure by hand');
    expect(String(first.stdout)).not.toContain('  2. ');
    expect(String(first.stdout)).toContain('`flash-login hint 1.2` again shows hint 2 of 3.');
    expect((await readProjectState(dir)).hints).toEqual({ '1.2': 1 });

    const second = await hint(dir);
    expect(String(second.stdout)).toMatch(/^Hint 2 of 3 for 1\.2/);
    expect(String(second.stdout)).toContain('  1. Try each failure by hand'); // earlier levels stay in view
    expect(String(second.stdout)).toContain('  2. `USERS[name]` raises `KeyError`');
    expect(String(second.stdout)).toContain('again shows the solution.');

    // Off a terminal nobody can answer a question, so the solution comes without one.
    const third = await hint(dir);
    expect(String(third.stdout)).toMatch(/^The solution \(hint 3 of 3\) for 1\.2/);
    expect(String(third.stdout)).toContain(
      '         if username and USERS.get(username) == password:\n             return redirect(url_for("index"))',
    );
    expect(String(third.stdout)).toContain('Make the change, then run `flash-login verify`.');
    expect((await readProjectState(dir)).hints).toEqual({ '1.2': 3 });

    const again = await hint(dir);
    expect(String(again.stdout)).toMatch(/^The solution \(hint 3 of 3\) for 1\.2/);
  });

  it('gives the hint for the check named, with --all every level at once', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']) });
    const named = await hint(dir, '1.4');
    expect(String(named.stdout)).toMatch(/^Hint 1 of 3 for 1\.4 · GET \/ answers 200/);
    const all = await hint(dir, '1.3', '--all');
    expect(String(all.stdout)).toMatch(/^The solution \(hint 3 of 3\) for 1\.3/);
    expect(String(all.stdout)).toMatch(/ {2}1\. [\s\S]* {2}2\. [\s\S]* {2}3\. On success/);
    expect((await readProjectState(dir)).hints).toEqual({ '1.4': 1, '1.3': 3 });
  });

  it('finds the hints of a later lesson in that lesson', async () => {
    const dir = await makeProject(2, { lastVerify: verified(2, 'fail', ['2.6']) });
    const result = await hint(dir);
    expect(String(result.stdout)).toMatch(/^Hint 1 of \d for 2\.6/);
  });

  it('says so when the last verify passed, has not run, or could not start the app (exit 0)', async () => {
    const cases: [Parameters<typeof makeProject>[1], RegExp][] = [
      [
        { lastVerify: verified(1, 'pass') },
        /Every check of lesson 1 passed in the last verify, so there is nothing to hint at; next: `flash-login next-lesson`/,
      ],
      [{}, /Lesson 1 has not been verified yet: run `flash-login verify`/],
      [{ lastVerify: verified(1, 'error') }, /Your app did not start in the last verify, so no check ran: `flash-login run` shows why/],
    ];
    for (const [state, message] of cases) {
      const result = await hint(await makeProject(1, state));
      expect(result.exitCode).toBe(0);
      expect(String(result.stdout)).toMatch(message);
    }
  });

  it('without a state file: names a check or says how, and writes nothing', async () => {
    const dir = await makeProject(1, null);
    const bare = await hint(dir);
    expect(bare.exitCode).toBe(2);
    expect(String(bare.stderr).trim()).toBe(
      'flash-login: there is no .flash-login/state.json here, so no verify result to take a hint from: name a check instead (`flash-login hint 1.1`).',
    );
    const named = await hint(dir, '1.1');
    expect(named.exitCode).toBe(0);
    expect(String(named.stdout)).toMatch(/^Hint 1 of 3 for 1\.1/);
    expect(String(named.stdout)).toContain('`--all` shows every level');
    expect(await fs.pathExists(join(dir, '.flash-login'))).toBe(false);
  });

  it('refuses checks that do not exist, in one line, exit 2', async () => {
    const dir = await makeProject(1);
    const cases: [string, RegExp][] = [
      ['1.9', /lesson 1 has no check 1\.9: its checks are 1\.1, 1\.2, 1\.3, 1\.4\./],
      ['7.1', /there is no lesson 7/],
      ['login', /name a check like 1\.2/],
    ];
    for (const [check, message] of cases) {
      const result = await hint(dir, check);
      expect(result.exitCode).toBe(2);
      expect(String(result.stderr)).toMatch(message);
      expect(String(result.stderr).trim().split('\n')).toHaveLength(1);
    }
  });

  it('follows a real verify of a broken app', async () => {
    const dir = await makeProject(1);
    const app = join(dir, 'app.py');
    await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace('USERS.get(username) == password', 'USERS[username] == password'));
    const verify = await run(bins.flashLogin, ['verify', '--python', debianPython], { cwd: dir });
    expect(verify.exitCode).toBe(1);
    const status = await run(bins.flashLogin, ['status'], { cwd: dir });
    expect(String(status.stdout)).toMatch(/1 check failed: 1\.2/);
    const result = await hint(dir);
    expect(String(result.stdout)).toMatch(/^Hint 1 of 3 for 1\.2/);
  });
});

describe('flash-login hint asks before the solution on a terminal', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The command in this process, with the questions answered by `answer`. */
  async function hintInProcess(dir: string, answer: boolean, options: { all?: boolean; yes?: boolean } = {}) {
    const asked: PromptObject[] = [];
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
    const code = await hintCommand(
      undefined,
      { dir, ...options },
      {
        interactive: true,
        ask: async <T>(question: PromptObject) => {
          asked.push(question);
          return answer as T;
        },
      },
    );
    vi.restoreAllMocks();
    return { code, asked, out: stripAnsi(printed.join('\n')) };
  }

  it('does not ask for the nudges', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']) });
    const { asked, out } = await hintInProcess(dir, false);
    expect(asked).toEqual([]);
    expect(out).toMatch(/^Hint 1 of 3 for 1\.2/);
  });

  it('keeps the solution hidden when the answer is no', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']), hints: { '1.2': 2 } });
    const { code, asked, out } = await hintInProcess(dir, false);
    expect(code).toBe(0);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ type: 'confirm', message: 'Hint 3 of 3 for 1.2 is the solution. Show it?' });
    expect(out).toBe('Kept it hidden: `flash-login hint 1.2` shows it when you want it.');
    expect((await readProjectState(dir)).hints).toEqual({ '1.2': 2 });
  });

  it('shows it when the answer is yes', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']), hints: { '1.2': 2 } });
    const { out } = await hintInProcess(dir, true);
    expect(out).toMatch(/^The solution \(hint 3 of 3\) for 1\.2/);
    expect((await readProjectState(dir)).hints).toEqual({ '1.2': 3 });
  });

  it('does not ask with --yes or --all', async () => {
    for (const options of [{ yes: true }, { all: true }]) {
      const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']), hints: { '1.2': 2 } });
      const { asked, out } = await hintInProcess(dir, false, options);
      expect(asked).toEqual([]);
      expect(out).toMatch(/^The solution/);
    }
  });

  it('asks on a real terminal: n keeps it hidden, y shows it', async () => {
    for (const [key, expected] of [
      ['n', /Kept it hidden/],
      ['y', /The solution \(hint 3 of 3\) for 1\.2/],
    ] as const) {
      const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']), hints: { '1.2': 2 } });
      const child = onTerminal(['hint'], { cwd: dir });
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
      await waitFor(() => seen.includes('Show it?'), 'the question');
      child.stdin?.write(key);
      const result = await ended(child, () => seen);
      expect(stripAnsi(String(result.stdout))).toMatch(expected);
      expect(result.exitCode).toBe(0);
      await sleep(0);
    }
  });
});
