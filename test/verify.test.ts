// flash-login verify on apps that cannot run, and its promise to leave nothing behind.

import { basename, dirname, join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLesson, writeRendered } from '../src/course/render.js';
import { scratchParent } from '../src/runtime/app-runner.js';
import { APT_FIX } from '../src/runtime/python-fixes.js';
import { bins, debianPython, root, run, tempDir, verifyJson } from './helpers.js';
import { commandLineOf, fakePython, isAlive, listProcesses, removeMadeFolders, waitFor } from './toolbelt-helpers.js';

async function lessonOneCopy(): Promise<string> {
  const dir = await tempDir();
  await writeRendered(dir, await renderLesson(1, { projectName: 'verify' })); // guided: markers stripped
  return dir;
}

/**
 * serve_app.py processes still running for this folder, read from /proc: a missing tool
 * (pgrep) must not make "nothing left" pass.
 */
function leftovers(dir: string): string {
  return listProcesses()
    .map((info) => commandLineOf(info.pid))
    .filter((line) => line.includes('serve_app.py') && line.includes('flash-login-verify-') && line.endsWith(` ${dir}`))
    .join('\n');
}

/**
 * Make app.py write the PID of each process that imports it into a file of its own: the
 * positive control of a "no process left" assertion (the app did run, as these PIDs).
 */
/**
 * These tests watch the app's own processes: their PIDs as the app records them, in a file
 * outside its copy. The sandbox gives the app its own PID namespace and a private /tmp, so
 * there the recorded PIDs would not be the system's; they run the app unsandboxed.
 */
const UNSANDBOXED = { FLASH_LOGIN_SANDBOX: 'off' };

async function recordPids(dir: string): Promise<() => Promise<number[]>> {
  const file = join(await tempDir(), 'pids');
  const app = join(dir, 'app.py');
  await fs.writeFile(
    app,
    `import os as _os\nopen(${JSON.stringify(file)}, "a").write(f"{_os.getpid()}\\n")\n${await fs.readFile(app, 'utf8')}`,
  );
  return async () => ((await fs.pathExists(file)) ? (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean).map(Number) : []);
}

/** verify running on a lesson 1 app whose home page hangs, once a check is waiting on that page. */
async function verifyOnHangingApp() {
  const dir = await lessonOneCopy();
  const pids = await recordPids(dir);
  const reached = join(await tempDir(), 'reached');
  const app = join(dir, 'app.py');
  await fs.writeFile(
    app,
    (await fs.readFile(app, 'utf8')).replace(
      'def index():\n',
      `def index():\n    open(${JSON.stringify(reached)}, "w").close()\n    import time\n    time.sleep(600)\n`,
    ),
  );
  const child = execa(process.execPath, [bins.flashLogin, 'verify', '--dir', dir, '--python', debianPython], {
    reject: false,
    env: UNSANDBOXED,
  });
  // An event, not a guess at timing: the page writes this file once a check has asked for it.
  await waitFor(() => fs.pathExists(reached), 'a check to reach the hanging home page', 60_000);
  const running = await pids();
  expect(running.length).toBeGreaterThan(0);
  expect(running.every(isAppProcess), `app processes ${running.join(', ')} are up`).toBe(true); // the positive control
  expect(leftovers(dir)).not.toBe(''); // and /proc finds them the way the later assertions look
  const staging = /(\S*flash-login-verify-[\d.]+-[0-9A-Za-z]{6})\//.exec(leftovers(dir))![1]!;
  return { dir, child, staging, pids };
}

/** Alive and still ours: a PID the system gave to another program since does not count. */
function isAppProcess(pid: number): boolean {
  return isAlive(pid) && commandLineOf(pid).includes('serve_app.py');
}

/** No process of this app is left: each PID it recorded is gone, and /proc lists none for the folder. */
async function expectNothingLeft(dir: string, pids: () => Promise<number[]>, ran = true): Promise<void> {
  const recorded = await pids();
  if (ran) expect(recorded.length, 'the app never ran, so "nothing left" would prove nothing').toBeGreaterThan(0);
  expect(recorded.filter(isAppProcess)).toEqual([]);
  expect(leftovers(dir)).toBe('');
}

afterAll(removeMadeFolders);

describe('flash-login verify when the app cannot run', () => {
  it('shows the traceback of an app that fails to import, and exits 2', async () => {
    const dir = await lessonOneCopy();
    await fs.appendFile(join(dir, 'app.py'), '\ndef broken(:\n');
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython]);
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).toMatch(/app\.py failed to import/);
    expect(String(result.stdout)).toMatch(/SyntaxError/);
    expect(String(result.stdout)).toContain(join(dir, 'app.py')); // the learner's path, not the staging copy
  });

  it('reports status "error" in JSON with the traceback in the message', async () => {
    const dir = await lessonOneCopy();
    await fs.writeFile(join(dir, 'app.py'), 'import flask_that_does_not_exist\n');
    const { result, json } = await verifyJson(dir, 1, debianPython);
    expect(result.exitCode).toBe(2);
    expect(json?.status).toBe('error');
    expect(json?.message).toMatch(/ModuleNotFoundError/);
  });

  it('names a Python that does not run, or lacks Flask, in one line (the app starts alongside the look at the Python)', async () => {
    const dir = await lessonOneCopy();
    const pids = await recordPids(dir);
    const missing = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', '/nonexistent/python3']);
    expect(missing.exitCode).toBe(2);
    expect(String(missing.stderr).trim()).toMatch(
      /^flash-login: cannot run Python at \/nonexistent\/python3: pass --python with a working interpreter/,
    );
    const noFlask = await fakePython({ packages: { Flask: null } });
    const lacking = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', noFlask]);
    expect(lacking.exitCode).toBe(2);
    expect(String(lacking.stderr).trim()).toBe(
      `flash-login: Flask does not import in ${noFlask}: run \`${noFlask} -m pip install -r requirements.txt\` (or: ${APT_FIX}).`,
    );
    // Neither Python can import app.py, so none may have: nothing ran, and nothing is left.
    expect(await pids()).toEqual([]);
    await expectNothingLeft(dir, pids, false);
  });

  it('says once when app.py has no Flask app under a name Flask looks for', async () => {
    const dir = await tempDir();
    await fs.writeFile(join(dir, 'app.py'), 'application = None\n');
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython]);
    expect(result.exitCode).toBe(2);
    // said once: the reason line, with nothing from the app repeating it
    expect(
      String(result.stdout).match(/has no Flask app: name it `app` or `application`, or add a factory `create_app\(\)` or `make_app\(\)`/g),
    ).toHaveLength(1);
    expect(String(result.stdout)).not.toMatch(/neither/);
  });

  it('gives up on an app that hangs while importing, with a clear line, and leaves no process', async () => {
    const dir = await lessonOneCopy();
    const pids = await recordPids(dir);
    await fs.appendFile(join(dir, 'app.py'), '\nimport time\ntime.sleep(600)\n');
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython], { env: UNSANDBOXED });
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).toMatch(/did not start listening within \d+ s/);
    await expectNothingLeft(dir, pids);
  });

  it('refuses a folder with no app.py in one line that says how to start', async () => {
    const result = await run(bins.flashLogin, ['verify', '--dir', await tempDir()]);
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toMatch(/has no app\.py.*create-flash-login/);
    expect(String(result.stderr).trim().split('\n')).toHaveLength(1);
  });

  it('refuses a corrupt state file with a clear line', async () => {
    const dir = await lessonOneCopy();
    await fs.outputFile(join(dir, '.flash-login', 'state.json'), '{ not json');
    const result = await run(bins.flashLogin, ['verify', '--dir', dir]);
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toMatch(/state\.json is not valid JSON/);
  });

  it('checks a hand-written app.py with no state file', async () => {
    const dir = await lessonOneCopy();
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython]);
    expect(result.exitCode, String(result.stdout)).toBe(0);
    expect(String(result.stdout)).toMatch(/checking lesson 1/);
  });
});

describe('flash-login verify starts Python before the CLI has loaded', () => {
  /** A Python that notes each start's arguments in a file (unsandboxed: bwrap's private /tmp would hide it). */
  async function notingPython(): Promise<{ python: string; starts: () => Promise<string[]> }> {
    const folder = await tempDir();
    const python = join(folder, 'python3');
    const notes = join(folder, 'starts');
    await fs.writeFile(python, `#!/bin/sh\necho "$*" >> ${JSON.stringify(notes)}\nexec ${debianPython} "$@"\n`, { mode: 0o755 });
    const starts = async () =>
      (await fs.pathExists(notes)) ? (await fs.readFile(notes, 'utf8')).split('\n').filter((line) => line.includes('serve_app.py')) : [];
    return { python, starts };
  }

  it('takes over the Python that bin/flash-login.js started: one start per verify', async () => {
    const dir = await lessonOneCopy();
    const { python, starts } = await notingPython();
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', python], { env: UNSANDBOXED });
    expect(result.exitCode, String(result.stdout)).toBe(0);
    expect(await starts()).toHaveLength(1);
  });

  it('kills a Python started for a verify that stops before the app starts, and removes its folder', async () => {
    const dir = await lessonOneCopy();
    const { python, starts } = await notingPython();
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', python, '--check', '9.9'], { env: UNSANDBOXED });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toMatch(/has no check 9\.9/);
    const [started] = await starts();
    expect(started, 'the positive control: Python was started before the CLI knew the check does not exist').toBeDefined();
    const staging = dirname(/--wait (\S+)/.exec(started!)![1]!);
    expect(staging).toMatch(/flash-login-verify-/);
    expect(await fs.pathExists(staging)).toBe(false);
    await waitFor(() => leftovers(dir) === '', 'the Python to go', 10_000);
  });
});

describe('flash-login verify leaves nothing behind', () => {
  it('stops the app after the checks, and removes its staging folder', async () => {
    const dir = await lessonOneCopy();
    // The app tells where it ran (its staged copy) and which database verify gave it.
    const report = join(await tempDir(), 'where.json');
    const app = join(dir, 'app.py');
    await fs.writeFile(
      app,
      `import json, os\njson.dump({"cwd": os.getcwd(), "mode": os.stat(os.path.dirname(os.getcwd())).st_mode, "db": os.environ["FLASK_SQLALCHEMY_DATABASE_URI"]}, open(${JSON.stringify(report)}, "w"))\n` +
        (await fs.readFile(app, 'utf8')),
    );
    const pids = await recordPids(dir);
    const before = (await fs.readdir(join(dir))).sort();
    // Unsandboxed, so the app may write its report outside its copy (bwrap would keep it in; nothing-lost.test.ts checks that).
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython], { env: { FLASH_LOGIN_SANDBOX: 'off' } });
    expect(result.exitCode).toBe(0);
    await expectNothingLeft(dir, pids);
    expect((await fs.readdir(dir)).sort()).toEqual(before); // no __pycache__, no instance/ in the learner's folder
    const where = (await fs.readJson(report)) as { cwd: string; db: string; mode: number };
    const staging = dirname(where.cwd);
    expect(basename(staging)).toMatch(/^flash-login-verify-\d+\.\d+-[0-9A-Za-z]{6}$/);
    expect(where.db).toBe(`sqlite:///${join(staging, 'verify.db')}`);
    expect(String(where.mode & 0o777)).toBe(String(0o700)); // this run's alone: no other user can reach its database
    // In memory where Linux offers it: a commit there costs no disk sync.
    if (process.platform === 'linux' && (await fs.pathExists('/dev/shm'))) expect(dirname(staging)).toBe('/dev/shm');
    expect(await fs.pathExists(staging)).toBe(false);
  });

  it('removes the folders of CLIs killed outright (their process gone, or a day old without a pid), and no others', async () => {
    const id = () => Math.random().toString(16).slice(2, 14).padEnd(12, '0');
    const stale = join(scratchParent(), `flash-login-verify-${id()}`);
    const recent = join(scratchParent(), `flash-login-verify-${id()}`);
    // Named after the process that made them: one that is gone, and this one, which runs (however old its folder).
    // A pid counts in its own pid namespace only: the same number in another one (a container sharing /dev/shm) is left alone.
    const ns = /\[(\d+)\]/.exec(await fs.readlink('/proc/self/ns/pid'))![1];
    const gone = (await execa(process.execPath, ['-e', 'console.log(process.pid)'])).stdout.trim();
    const orphans = ['verify', 'probe', 'sockets', 'db'].map((kind) =>
      join(scratchParent(), `flash-login-${kind}-${gone}.${ns}-${id().slice(0, 6)}`),
    );
    const ours = join(scratchParent(), `flash-login-probe-${process.pid}.${ns}-${id().slice(0, 6)}`);
    const elsewhere = join(scratchParent(), `flash-login-sockets-${gone}.1${ns}-${id().slice(0, 6)}`);
    for (const folder of [stale, recent, ...orphans, ours, elsewhere])
      await fs.outputFile(join(folder, 'app', 'app.py'), '# left behind\n');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3_600_000);
    for (const old of [stale, ours]) await fs.utimes(old, twoDaysAgo, twoDaysAgo);
    try {
      const result = await run(bins.flashLogin, ['verify', '--dir', await lessonOneCopy(), '--python', debianPython]);
      expect(result.exitCode).toBe(0);
      expect(await fs.pathExists(stale)).toBe(false);
      for (const orphan of orphans) expect(await fs.pathExists(orphan), orphan).toBe(false);
      expect(await fs.pathExists(recent)).toBe(true); // it may belong to a verify running right now
      expect(await fs.pathExists(ours)).toBe(true); // its process runs: a long verify --watch, say
      expect(await fs.pathExists(elsewhere)).toBe(true);
    } finally {
      await Promise.all([stale, recent, ...orphans, ours, elsewhere].map((folder) => fs.remove(folder)));
    }
  });

  it('stops the app on Ctrl-C in the middle of a check', async () => {
    // A home page that hangs keeps verify busy long enough to interrupt it.
    const { dir, child, pids } = await verifyOnHangingApp();
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    await expectNothingLeft(dir, pids);
  });

  it('a Python started before the copy was done exits when verify goes away before it', async () => {
    const dir = await lessonOneCopy();
    const waiting = execa(
      debianPython,
      [join(root, 'src', 'runtime', 'serve_app.py'), '--wait', join(await tempDir(), 'not-yet', 'app'), dir],
      {
        reject: false,
        stdin: 'pipe',
      },
    );
    waiting.stdin?.end(); // the CLI is gone: no `start` will come
    const ended = await waiting;
    expect(ended.exitCode).toBe(0);
    expect(ended.stdout).toBe(''); // it never served
  });

  it('the app exits by itself when verify is killed outright (SIGKILL)', async () => {
    const { dir, child, staging, pids } = await verifyOnHangingApp();
    child.kill('SIGKILL');
    await child;
    // serve_app.py sees its stdin close and exits: wait for that, with room for a loaded machine.
    const recorded = await pids();
    await waitFor(() => !recorded.some(isAppProcess) && leftovers(dir) === '', 'the app processes to exit', 60_000).catch(() => {});
    await expectNothingLeft(dir, pids);
    // Killed outright, verify could not remove its staging folder (a later verify sweeps it once a day old).
    expect(await fs.pathExists(join(staging, 'app', 'app.py'))).toBe(true);
    await fs.remove(staging);
  });
});
