// flash-login verify --watch: a run per save (debounced), only for the learner's files,
// quitting on q, Ctrl-C, a kill or the end of input, and never leaving a process behind.

import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { bins, debianPython, run } from './helpers.js';
import {
  commandLineOf,
  descendants,
  emptyDir,
  ended,
  isAlive,
  makeProject,
  onTerminal,
  readProjectState,
  removeMadeFolders,
  stripAnsi,
  waitFor,
} from './toolbelt-helpers.js';

const RUN_DONE = /All \d+ checks passed\.|\d+ passed, \d+ failed\.|✗ .*(failed to import|did not start|exited before)/g;
const runsDone = (text: string) => stripAnsi(text).match(RUN_DONE)?.length ?? 0;
/** Why each run started, in order: the line after the time stamp ("first run", "changed: app.py"). */
const reasons = (text: string) => [...stripAnsi(text).matchAll(/^\d{1,2}:\d{2}:\d{2}(?:\s[AP]M)? · (.*)$/gm)].map((match) => match[1]!);

function watchOffTerminal(dir: string, env: Record<string, string> = {}) {
  const child = execa(process.execPath, [bins.flashLogin, 'verify', '--watch', '--python', debianPython], {
    cwd: dir,
    reject: false,
    stdin: 'pipe',
    env: { NO_COLOR: '1', ...env },
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const output = () => text;
  /** Wait for the n-th finished run, then a moment for the watcher to settle. */
  const runs = async (count: number) => {
    await waitFor(() => runsDone(text) >= count, `run ${count}:\n${text}`, 30_000);
    await waitFor(() => text.trimEnd().endsWith('end of input stops'), 'the footer', 5_000);
  };
  return { child, output, runs };
}

/** Each finished run's own record (its timing line): whether the warm Python served it. */
const warmRuns = (text: string) =>
  [...stripAnsi(text).matchAll(/^checked in \d+\.\d s( · Python kept warm)?$/gm)].map((match) => match[1] !== undefined);

/** The warm Python of a watch (serve_app.py --zygote) as the watch started it: bwrap, or Python itself unsandboxed. */
const zygoteOf = (pid: number) => descendants(pid).find((child) => / --zygote /.test(commandLineOf(child)));
/** The Python inside it, and the folder it holds each run's copy in. */
const zygotePython = (pid: number) =>
  descendants(pid)
    .filter((child) => / --zygote /.test(commandLineOf(child)))
    .at(-1);
const zygoteRoot = (pid: number) => / --zygote --preload \S* (\S+) /.exec(commandLineOf(pid))?.[1];

async function breakLogin(dir: string) {
  const app = join(dir, 'app.py');
  await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace('USERS.get(username) == password', 'USERS[username] == password'));
}

async function fixLogin(dir: string) {
  const app = join(dir, 'app.py');
  await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace('USERS[username] == password', 'USERS.get(username) == password'));
}

async function quit(child: ResultPromise, how: 'q' | 'end') {
  if (how === 'q') child.stdin?.write('q\n');
  else child.stdin?.end();
  return child;
}

afterAll(removeMadeFolders);

describe('flash-login verify --watch', () => {
  it('checks at once, again on each save, records each result, and quits on q with exit 0', async () => {
    const dir = await makeProject(1);
    await breakLogin(dir);
    const watch = watchOffTerminal(dir);
    await watch.runs(1);
    expect(watch.output()).toContain('first run');
    expect(watch.output()).toContain('3 passed, 1 failed.');
    expect((await readProjectState(dir)).lastVerify).toMatchObject({ lesson: 1, status: 'fail', failed: ['1.2'] });

    // The first run had no warm Python yet: it started one, as a cold verify does.
    expect(warmRuns(watch.output())).toEqual([false]);

    await fixLogin(dir);
    await watch.runs(2);
    expect(watch.output()).toContain('changed: app.py');
    // Served by the warm Python, and the edit is seen: stale code would fail 1.2 again.
    expect(warmRuns(watch.output())).toEqual([false, true]);
    expect(watch.output()).toContain('All 4 checks passed.');
    expect(watch.output()).toContain('Lesson 1 is done: `flash-login next-lesson` brings in lesson 2 (this watch keeps going).');
    expect((await readProjectState(dir)).lastVerify).toMatchObject({ status: 'pass', failed: [] });

    const tree = descendants(watch.child.pid!);
    const result = await quit(watch.child, 'q');
    expect(result.exitCode).toBe(0);
    expect(tree.filter(isAlive)).toEqual([]);
  });

  it.each([
    ['in the sandbox', {}],
    ['unsandboxed', { FLASH_LOGIN_SANDBOX: 'off' }],
  ])(
    'keeps Python warm %s; a changed requirements.txt or a dead zygote gives a cold start; a SIGKILL of the watch leaves nothing',
    async (_, env) => {
      const dir = await makeProject(1);
      await breakLogin(dir);
      const watch = watchOffTerminal(dir, env);
      await watch.runs(1);
      const zygote = zygoteOf(watch.child.pid!);
      expect(zygote).toBeDefined();
      await fixLogin(dir);
      await watch.runs(2);
      expect(warmRuns(watch.output())).toEqual([false, true]);
      expect(zygoteOf(watch.child.pid!)).toBe(zygote);
      expect(watch.output()).toContain('All 4 checks passed.');

      // Another requirement may be another package: the Python that imported the old ones goes.
      await fs.appendFile(join(dir, 'requirements.txt'), 'itsdangerous\n');
      await watch.runs(3);
      expect(warmRuns(watch.output())).toEqual([false, true, false]);
      expect(isAlive(zygote!)).toBe(false);
      const second = zygotePython(watch.child.pid!);
      expect(second).toBeDefined();
      expect(second).not.toBe(zygote);

      // A warm Python that died is replaced, and the run is as good as a cold one.
      process.kill(second!, 'SIGKILL');
      await waitFor(() => !isAlive(second!), 'the zygote to die', 10_000);
      await breakLogin(dir);
      await watch.runs(4);
      expect(warmRuns(watch.output())).toEqual([false, true, false, false]);
      expect(stripAnsi(watch.output()).split('changed: app.py').at(-1)).toContain('3 passed, 1 failed.');

      // Killed outright, the watch cleans nothing up itself: every process must still go with it.
      const tree = descendants(watch.child.pid!);
      const root = zygoteRoot(zygoteOf(watch.child.pid!)!);
      expect(root).toMatch(/flash-login-verify-/);
      watch.child.kill('SIGKILL');
      await watch.child;
      await waitFor(() => tree.filter(isAlive).length === 0, 'every process of the watch to end', 10_000);
      // Killed outright, it could not remove its folder (the next verify sweeps it: its process is gone).
      await fs.remove(root!);
    },
  );

  it('ignores .flash-login, instance, __pycache__, .venv, .git and databases; watches new folders', async () => {
    const dir = await makeProject(1);
    const watch = watchOffTerminal(dir);
    await watch.runs(1);
    const ignored = ['instance/app.db', 'users.db', '__pycache__/app.cpython-311.pyc', '.flash-login/notes', '.git/HEAD', '.venv/lib/x.py'];
    for (const path of ignored) await fs.outputFile(join(dir, path), 'x');
    // No run to wait for is no event: a watched save after them is. Had any of them counted, the
    // next run would name it (in its own run, or in the same debounce as this save).
    await fs.appendFile(join(dir, 'app.py'), '\n# a watched save\n');
    await watch.runs(2);
    expect(reasons(watch.output())).toEqual(['first run', 'changed: app.py']);

    await fs.outputFile(join(dir, 'static', 'style.css'), 'body {}');
    await watch.runs(3);
    await fs.writeFile(join(dir, 'static', 'style.css'), 'body { color: red }'); // a file in the folder just made
    await watch.runs(4);
    expect(watch.output()).toContain(`changed: ${join('static', 'style.css')}`);
    expect((await quit(watch.child, 'end')).exitCode).toBe(0);
  });

  it('says so while conflict markers remain, and runs once they are gone', async () => {
    const dir = await makeProject(1);
    const app = join(dir, 'app.py');
    const original = await fs.readFile(app, 'utf8');
    await fs.writeFile(app, `<<<<<<< yours\nGREETING = "hi"\n=======\nGREETING = "hello"\n>>>>>>> lesson 1\n${original}`);
    const watch = watchOffTerminal(dir);
    await waitFor(() => watch.output().includes('conflict markers remain in app.py'), 'the conflict line', 30_000);
    await fs.writeFile(app, original);
    await watch.runs(1);
    expect(watch.output()).toContain('All 4 checks passed.');
    expect((await quit(watch.child, 'q')).exitCode).toBe(0);
  });

  it('makes one run of a burst of saves', async () => {
    const dir = await makeProject(1);
    const watch = watchOffTerminal(dir);
    await watch.runs(1);
    // Back to back, with no pause a loaded machine could stretch past the debounce.
    for (let i = 0; i < 5; i++) await fs.appendFile(join(dir, 'app.py'), `\n# save ${i}\n`);
    await watch.runs(2);
    // An extra run of the burst would come before (or merge into) the run of a later save.
    await fs.writeFile(join(dir, 'after.txt'), 'later\n');
    await waitFor(() => reasons(watch.output()).length >= 3, 'the run of the later save', 30_000);
    const [, burst, later] = reasons(watch.output());
    expect(burst).toBe('changed: app.py');
    expect(later).toBe('changed: after.txt');
    expect((await quit(watch.child, 'q')).exitCode).toBe(0);
  });

  it('stops at once on SIGINT during a run (exit 130) and on SIGTERM between runs (exit 143), leaving nothing', async () => {
    const dir = await makeProject(1);
    // A home page that hangs keeps the run busy long enough to interrupt it.
    const app = join(dir, 'app.py');
    // The page says when a check reaches it, in a file outside the watched project.
    const reached = join(await emptyDir(), 'reached');
    await fs.writeFile(
      app,
      (await fs.readFile(app, 'utf8')).replace(
        'def index():\n',
        `def index():\n    open(${JSON.stringify(reached)}, "w").close()\n    import time\n    time.sleep(600)\n`,
      ),
    );
    // Unsandboxed: the sandbox gives the app a private /tmp, where this file would not be seen.
    const busy = watchOffTerminal(dir, { FLASH_LOGIN_SANDBOX: 'off' });
    await waitFor(() => fs.pathExists(reached), 'a check to reach the hanging page', 60_000);
    const tree = descendants(busy.child.pid!);
    const apps = tree.filter((pid) => commandLineOf(pid).includes('serve_app.py'));
    expect(apps.length).toBeGreaterThan(0); // the positive control: the app runs, in a check, right now
    busy.child.kill('SIGINT');
    const interrupted = await busy.child;
    expect(interrupted.exitCode).toBe(130);
    await waitFor(() => tree.filter(isAlive).length === 0, 'the app to stop', 60_000);

    const calm = watchOffTerminal(await makeProject(1));
    await calm.runs(1);
    calm.child.kill('SIGTERM');
    expect((await calm.child).exitCode).toBe(143);
  });

  it('on a terminal: clears the screen each run, and quits on q', async () => {
    const dir = await makeProject(1);
    const child = onTerminal(['verify', '--watch', '--python', debianPython], { cwd: dir });
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await waitFor(() => stripAnsi(text).includes('r re-run · q quit'), 'the first run', 30_000);
    expect(text).toContain('\x1b[2J\x1b[3J\x1b[H');
    child.stdin?.write('r'); // a re-run on request
    await waitFor(() => runsDone(text) >= 2 && stripAnsi(text).trimEnd().endsWith('q quit'), 'the re-run', 30_000);
    expect(stripAnsi(text)).toContain('re-run');
    child.stdin?.write('q');
    expect((await ended(child, () => text)).exitCode).toBe(0);
  });

  it('on a terminal: Ctrl-C quits with 130', async () => {
    const child = onTerminal(['verify', '--watch', '--python', debianPython], { cwd: await makeProject(1) });
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await waitFor(() => stripAnsi(text).includes('q quit'), 'the first run', 30_000);
    child.stdin?.write('\x03');
    expect((await ended(child, () => text)).exitCode).toBe(130);
  });

  it('refuses --json with --watch, exit 2', async () => {
    const json = await run(bins.flashLogin, ['verify', '--watch', '--json'], { cwd: await makeProject(1) });
    expect(json.exitCode).toBe(2);
    expect(String(json.stderr).trim()).toBe('flash-login: --watch prints for people and --json for programs: drop one of them.');
  });
});
