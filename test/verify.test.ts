// flash-login verify on apps that cannot run, and its promise to leave nothing behind.
import { execa } from 'execa';
import fs from 'fs-extra';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchParent } from '../src/engine/app-runner.js';
import { APT_FIX } from '../src/engine/python.js';
import { bins, debianPython, root, run, tempDir, verifyJson } from './helpers.js';
import { fakePython, removeMadeFolders } from './toolbelt-helpers.js';

async function lessonOneCopy(): Promise<string> {
  const dir = await tempDir();
  await fs.copy(join(root, 'templates', 'lesson-1'), dir);
  return dir;
}

/** serve_app.py processes still running for this folder. */
async function leftovers(dir: string): Promise<string> {
  const found = await execa('pgrep', ['-af', 'serve_app.py'], { reject: false });
  return found.stdout
    .split('\n')
    .filter((line) => line.includes('flash-login-verify-') && line.endsWith(` ${dir}`))
    .join('\n');
}

/** verify running on a lesson 1 app whose home page hangs, once its app is up. */
async function verifyOnHangingApp() {
  const dir = await lessonOneCopy();
  const app = join(dir, 'app.py');
  await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace('def index():\n', 'def index():\n    import time\n    time.sleep(600)\n'));
  const child = execa(process.execPath, [bins.flashLogin, 'verify', '--dir', dir, '--python', debianPython], { reject: false });
  // Python starts before the copy is made; the app is up once the supervisor has forked it (two processes).
  const serving = async () => (await leftovers(dir)).split('\n').filter(Boolean).length >= 2;
  const started = Date.now();
  while (!(await serving()) && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await serving()).toBe(true); // the app is up: the test would prove nothing otherwise
  const staging = /(\S*flash-login-verify-[0-9A-Za-z]{6})\//.exec(await leftovers(dir))![1]!;
  return { dir, child, staging };
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
    const missing = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', '/nonexistent/python3']);
    expect(missing.exitCode).toBe(2);
    expect(String(missing.stderr).trim()).toMatch(/^flash-login: cannot run Python at \/nonexistent\/python3: pass --python with a working interpreter/);
    const noFlask = await fakePython({ packages: { Flask: null } });
    const lacking = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', noFlask]);
    expect(lacking.exitCode).toBe(2);
    expect(String(lacking.stderr).trim()).toBe(
      `flash-login: Flask does not import in ${noFlask}: run \`${noFlask} -m pip install -r requirements.txt\` (or: ${APT_FIX}).`,
    );
    expect(await leftovers(dir)).toBe('');
  });

  it('says once when app.py has no Flask app under a name Flask looks for', async () => {
    const dir = await tempDir();
    await fs.writeFile(join(dir, 'app.py'), 'application = None\n');
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython]);
    expect(result.exitCode).toBe(2);
    // said once: the reason line, with nothing from the app repeating it
    expect(String(result.stdout).match(/has no Flask app: name it `app` or `application`, or add a factory `create_app\(\)` or `make_app\(\)`/g)).toHaveLength(1);
    expect(String(result.stdout)).not.toMatch(/neither/);
  });

  it('gives up on an app that hangs while importing, with a clear line, and leaves no process', async () => {
    const dir = await lessonOneCopy();
    await fs.appendFile(join(dir, 'app.py'), '\nimport time\ntime.sleep(600)\n');
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython]);
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).toMatch(/did not start listening within \d+ s/);
    expect(await leftovers(dir)).toBe('');
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
    const before = (await fs.readdir(join(dir))).sort();
    const result = await run(bins.flashLogin, ['verify', '--dir', dir, '--python', debianPython]);
    expect(result.exitCode).toBe(0);
    expect(await leftovers(dir)).toBe('');
    expect((await fs.readdir(dir)).sort()).toEqual(before); // no __pycache__, no instance/ in the learner's folder
    const where = (await fs.readJson(report)) as { cwd: string; db: string; mode: number };
    const staging = dirname(where.cwd);
    expect(basename(staging)).toMatch(/^flash-login-verify-[0-9A-Za-z]{6}$/);
    expect(where.db).toBe(`sqlite:///${join(staging, 'verify.db')}`);
    expect(String(where.mode & 0o777)).toBe(String(0o700)); // this run's alone: no other user can reach its database
    // In memory where Linux offers it: a commit there costs no disk sync.
    if (process.platform === 'linux' && (await fs.pathExists('/dev/shm'))) expect(dirname(staging)).toBe('/dev/shm');
    expect(await fs.pathExists(staging)).toBe(false);
  });

  it('removes staging folders that a verify killed outright left behind (a day old), and no others', async () => {
    const id = () => Math.random().toString(16).slice(2, 14).padEnd(12, '0');
    const stale = join(scratchParent(), `flash-login-verify-${id()}`);
    const recent = join(scratchParent(), `flash-login-verify-${id()}`);
    for (const folder of [stale, recent]) await fs.outputFile(join(folder, 'app', 'app.py'), '# left behind\n');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3_600_000);
    await fs.utimes(stale, twoDaysAgo, twoDaysAgo);
    try {
      const result = await run(bins.flashLogin, ['verify', '--dir', await lessonOneCopy(), '--python', debianPython]);
      expect(result.exitCode).toBe(0);
      expect(await fs.pathExists(stale)).toBe(false);
      expect(await fs.pathExists(recent)).toBe(true); // it may belong to a verify running right now
    } finally {
      await Promise.all([fs.remove(stale), fs.remove(recent)]);
    }
  });

  it('stops the app on Ctrl-C in the middle of a check', async () => {
    // A home page that hangs keeps verify busy long enough to interrupt it.
    const { dir, child } = await verifyOnHangingApp();
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // let the checks reach the hanging page
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(await leftovers(dir)).toBe('');
  });

  it('a Python started before the copy was done exits when verify goes away before it', async () => {
    const dir = await lessonOneCopy();
    const waiting = execa(debianPython, [join(root, 'src', 'engine', 'serve_app.py'), '--wait', join(await tempDir(), 'not-yet', 'app'), dir], {
      reject: false,
      stdin: 'pipe',
    });
    waiting.stdin?.end(); // the CLI is gone: no `start` will come
    const ended = await waiting;
    expect(ended.exitCode).toBe(0);
    expect(ended.stdout).toBe(''); // it never served
  });

  it('the app exits by itself when verify is killed outright (SIGKILL)', async () => {
    const { dir, child, staging } = await verifyOnHangingApp();
    child.kill('SIGKILL');
    await child;
    // serve_app.py sees its stdin close and exits; give it a moment, polling.
    const deadline = Date.now() + 5_000;
    while ((await leftovers(dir)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await leftovers(dir)).toBe('');
    // Killed outright, verify could not remove its staging folder (a later verify sweeps it once a day old).
    expect(await fs.pathExists(join(staging, 'app', 'app.py'))).toBe(true);
    await fs.remove(staging);
  });
});
