// Issue 13, "nothing lost": each case the fault battery found, run for real against the CLI.

import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonAppDir } from '../src/course/lessons.js';
import { stripMarkers } from '../src/course/starter.js';
import { writeFileAtomic } from '../src/shared/atomic.js';
import { bins, debianPython, hasModernPython, modernPython, run, tempDir, writeReference } from './helpers.js';
import { descendants, isAlive, makeProject, processesIn, removeMadeFolders, waitFor } from './toolbelt-helpers.js';

const QUICK = ['--yes', '--no-install', '--mode', 'guided', '--python', debianPython];
const made: string[] = [];
let lessonOne: string;

beforeAll(async () => {
  const parent = await tempDir('flash-login-nothing-lost-');
  made.push(parent);
  lessonOne = join(parent, 'app');
  const created = await run(bins.create, [lessonOne, ...QUICK]);
  if (created.exitCode !== 0) throw new Error(`scaffold failed: ${String(created.stderr)}`);
});

afterAll(async () => {
  await Promise.all([...made.map((dir) => fs.remove(dir)), removeMadeFolders()]);
});

/** A fresh copy of the scaffolded lesson-1 project, git repository and all. */
async function project(): Promise<string> {
  const parent = await tempDir('flash-login-nothing-lost-');
  made.push(parent);
  const dir = join(parent, 'app');
  await fs.copy(lessonOne, dir);
  return dir;
}

const flashLogin = (dir: string, args: string[], env: Record<string, string> = {}) =>
  execa(process.execPath, [bins.flashLogin, ...args, '--dir', dir], { reject: false, stdin: 'ignore', env: { NO_COLOR: '1', ...env } });
const state = async (dir: string) =>
  (await fs.readJson(join(dir, '.flash-login', 'state.json'))) as { lesson: number; lastVerify?: { lesson: number } };
// The reference as guided mode writes it (exercise markers stripped).
const reference = async (lesson: number, path: string) => stripMarkers(path, await fs.readFile(join(lessonAppDir(lesson), path), 'utf8'));
const git = async (dir: string, args: string[]) => (await execa('git', args, { cwd: dir })).stdout.trim();

describe('case 3: one command at a time', () => {
  it('a verify started just before next-lesson does not roll the state back', async () => {
    const dir = await project();
    const verify = flashLogin(dir, ['verify', '--python', debianPython]);
    await new Promise((resolve) => setTimeout(resolve, 75));
    const next = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
    const verified = await verify;
    expect(next.exitCode, String(next.stderr)).toBe(0);
    expect(verified.exitCode, String(verified.stdout)).toBe(0);
    expect((await state(dir)).lesson).toBe(2);
    expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toBe(await reference(2, 'app.py'));
    // verify records only the lesson it checked: lesson 1's result is never recorded as lesson 2's.
    // (On a busy machine next-lesson can end before verify reads the state; then verify checks lesson 2.)
    const checked = Number(/^Lesson (\d+) ·/m.exec(String(verified.stdout))?.[1]);
    expect([1, 2]).toContain(checked);
    if (checked === 1) expect((await state(dir)).lastVerify?.lesson).not.toBe(2);
    else expect((await state(dir)).lastVerify?.lesson).toBe(2);
  });

  it('two next-lessons at once run one after the other: lessons 2 and 3, one commit (tagged lesson-N-start) and one backup each', async () => {
    const dir = await project();
    // Lesson 1 passes first, so the first move also tags the learner's lesson 1 (lesson-N): the second must not.
    const verified = await flashLogin(dir, ['verify', '--python', debianPython]);
    expect(verified.exitCode, String(verified.stdout)).toBe(0);
    const [first, second] = await Promise.all([
      flashLogin(dir, ['next-lesson', '--force', '--no-verify']),
      flashLogin(dir, ['next-lesson', '--force', '--no-verify']),
    ]);
    expect([first.exitCode, second.exitCode], `${String(first.stderr)}${String(second.stderr)}`).toEqual([0, 0]);
    expect((await state(dir)).lesson).toBe(3);
    expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toBe(await reference(3, 'app.py'));
    // One commit per move, each tagged with what it holds: the start of lessons 2 and 3, on top of the
    // scaffold's; lesson 1 as verify passed it is the scaffold's commit (nothing changed since), so it is
    // tagged lesson-1 there and not committed again; lesson 2 never passed. The two moves never both wrote.
    const log = (await git(dir, ['log', '--format=%s'])).split('\n');
    expect(log, log.join('\n')).toHaveLength(3);
    expect(log[0]).toMatch(/^Lesson 3 starts: /);
    expect(log[1]).toMatch(/^Lesson 2 starts: /);
    expect(log[2]).toMatch(/^Lesson 1\b/);
    expect((await git(dir, ['tag', '--list'])).split('\n')).toEqual(['lesson-1', 'lesson-1-start', 'lesson-2-start', 'lesson-3-start']);
    for (const [tag, commit] of [
      ['lesson-3-start', 'HEAD'],
      ['lesson-2-start', 'HEAD~1'],
      ['lesson-1', 'HEAD~2'],
      ['lesson-1-start', 'HEAD~2'],
    ] as const)
      expect(await git(dir, ['rev-parse', `${tag}^{commit}`]), tag).toBe(await git(dir, ['rev-parse', commit]));
    expect(await git(dir, ['show', 'lesson-3-start:app.py'])).toBe((await reference(3, 'app.py')).trimEnd());
    expect(await git(dir, ['status', '--porcelain'])).toBe('');
    const backups = (await fs.readdir(join(dir, '.flash-login', 'backups'))).sort();
    expect(backups).toEqual(['0001-next-lesson', '0002-next-lesson']);
    const summaries = await Promise.all(
      backups.map(async (id) => (await fs.readJson(join(dir, '.flash-login', 'backups', id, 'manifest.json'))).summary),
    );
    expect(summaries).toEqual(['lesson 1 → 2', 'lesson 2 → 3']);
    expect(await fs.pathExists(join(dir, '.flash-login', 'lock'))).toBe(false);
  });

  it('a command that finds the lock held waits, then names the holder (exit 2, one line)', async () => {
    const dir = await project();
    // This test's own process is alive, so the lock counts as held.
    const holder = { pid: process.pid, command: 'next-lesson', startedAt: new Date().toISOString(), token: 'test' };
    await fs.writeFile(join(dir, '.flash-login', 'lock'), JSON.stringify(holder));
    const started = Date.now();
    const reset = await flashLogin(dir, ['reset', 'app.py'], { FLASH_LOGIN_LOCK_WAIT_MS: '400' });
    expect(reset.exitCode).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(String(reset.stderr).trim()).toMatch(
      new RegExp(
        `^flash-login: \`flash-login next-lesson\` \\(pid ${process.pid}, started \\d+ s ago\\) is changing this project: wait for it to finish`,
      ),
    );
    expect(String(reset.stderr).trim().split('\n')).toHaveLength(1);
  });

  it('a lock left by a command killed outright is taken over, and what it left in .flash-login/tmp is cleared', async () => {
    const dir = await project();
    const dead = execa(process.execPath, ['-e', '']);
    await dead;
    await fs.writeFile(
      join(dir, '.flash-login', 'lock'),
      JSON.stringify({ pid: dead.pid, command: 'goto', startedAt: new Date().toISOString(), token: 'x' }),
    );
    await fs.outputFile(join(dir, '.flash-login', 'tmp', 'half-written'), 'x');
    const next = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
    expect(next.exitCode, String(next.stderr)).toBe(0);
    expect((await state(dir)).lesson).toBe(2);
    expect(await fs.pathExists(join(dir, '.flash-login', 'lock'))).toBe(false);
    expect(await fs.pathExists(join(dir, '.flash-login', 'tmp', 'half-written'))).toBe(false);
  });
});

/** Every name created in these folders while `during` runs (inotify, through fs.watch: each create is seen). */
async function namesCreated(folders: string[], during: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const watchers = folders.map((folder) => fs.watch(folder, (_event, name) => name && seen.push(`${folder}/${name}`)));
  try {
    await during();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last events arrive after the process ends
  } finally {
    for (const watcher of watchers) watcher.close();
  }
  return seen;
}

describe('case 4: temporary files only under .flash-login/', () => {
  it('next-lesson never makes a temporary file beside the learner’s files, and the next command clears .flash-login/tmp', async () => {
    const dir = await project();
    const created = await namesCreated([dir, join(dir, 'templates')], () => flashLogin(dir, ['next-lesson', '--force', '--no-verify']));
    expect(created.filter((name) => /\.tmp$/.test(name))).toEqual([]);
    expect(created.length).toBeGreaterThan(0); // the watch saw the writes themselves
    expect((await state(dir)).lesson).toBe(2);
    // What an interrupted command leaves there is gone once the next one takes the lock, and is never committed.
    await fs.outputFile(join(dir, '.flash-login', 'tmp', '.app.py.0badc0de.tmp'), 'half');
    expect((await flashLogin(dir, ['undo'])).exitCode).toBe(0);
    expect(await fs.pathExists(join(dir, '.flash-login', 'tmp', '.app.py.0badc0de.tmp'))).toBe(false);
    expect(await git(dir, ['ls-files'])).not.toMatch(/\.tmp$|\.flash-login/m);
  });

  it('a temporary file is made afresh: a link or a file already at its name is passed over, never written through', async () => {
    const dir = await tempDir('flash-login-nothing-lost-');
    made.push(dir);
    const outside = join(dir, 'outside.txt');
    await fs.writeFile(outside, 'untouched');
    // Temporary names are this process's pid and a count: plant a link at the first ones, and a file.
    const folder = join(dir, 'tmp');
    await fs.mkdirp(folder);
    for (let count = 1; count <= 20; count++) await fs.symlink(outside, join(folder, `.app.py.${process.pid}-${count}.tmp`));
    await fs.writeFile(join(folder, `.app.py.${process.pid}-21.tmp`), 'left by a process that had this pid');
    await writeFileAtomic(join(dir, 'app.py'), 'new', folder);
    expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toBe('new');
    expect(await fs.readFile(outside, 'utf8')).toBe('untouched');
    expect(await fs.readFile(join(folder, `.app.py.${process.pid}-21.tmp`), 'utf8')).toBe('left by a process that had this pid');
  });
});

describe('case 10: no write escapes the project', () => {
  it('a symlinked templates/ that points outside is refused before anything is written', async () => {
    const dir = await project();
    const outside = await tempDir('flash-login-outside-');
    made.push(outside);
    await fs.move(join(dir, 'templates'), join(outside, 'templates'));
    await fs.symlink(join(outside, 'templates'), join(dir, 'templates'));
    const before = await fs.readFile(join(outside, 'templates', 'login.html'), 'utf8');
    for (const args of [
      ['next-lesson', '--force', '--no-verify'],
      ['goto', '3', '--no-verify'],
    ]) {
      const moved = await flashLogin(dir, args);
      expect(moved.exitCode).toBe(2);
      expect(String(moved.stderr).trim()).toMatch(
        /^flash-login: templates is a symlink to .*, outside the project, so flash-login will not write templates\/\S+ through it/,
      );
      expect(await fs.readFile(join(outside, 'templates', 'login.html'), 'utf8')).toBe(before);
      expect((await state(dir)).lesson).toBe(1);
      expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toBe(await reference(1, 'app.py'));
    }
    expect(await fs.readdir(join(outside, 'templates'))).toEqual(await fs.readdir(join(lessonAppDir(1), 'templates')));
  });

  it('a symlinked app.py stays a symlink, its target inside the project updated', async () => {
    const dir = await project();
    await fs.move(join(dir, 'app.py'), join(dir, 'src', 'real_app.py'));
    await fs.symlink(join('src', 'real_app.py'), join(dir, 'app.py'));
    await git(dir, ['add', '-A']);
    const next = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
    expect(next.exitCode, String(next.stderr)).toBe(0);
    expect((await fs.lstat(join(dir, 'app.py'))).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(join(dir, 'app.py'))).toBe(join('src', 'real_app.py'));
    expect(await fs.readFile(join(dir, 'src', 'real_app.py'), 'utf8')).toBe(await reference(2, 'app.py'));
    expect((await flashLogin(dir, ['undo'])).exitCode).toBe(0);
    expect((await fs.lstat(join(dir, 'app.py'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(join(dir, 'src', 'real_app.py'), 'utf8')).toBe(await reference(1, 'app.py'));
  });
});

describe("case 1: verify never reaches the learner's database", () => {
  /** Lesson 5's reference app, edited to set a database of its own after from_prefixed_env(). */
  async function ownDatabase(setting: (dir: string) => string): Promise<string> {
    const dir = await tempDir('flash-login-own-db-');
    made.push(dir);
    await writeReference(dir, 5);
    const app = await fs.readFile(join(dir, 'app.py'), 'utf8');
    const find = 'app.config.from_prefixed_env()\n';
    expect(app).toContain(find);
    await fs.writeFile(join(dir, 'app.py'), app.replace(find, `${find}${setting(dir)}\n`));
    return dir;
  }
  const pythons = [debianPython, ...(hasModernPython ? [modernPython] : [])];

  for (const python of pythons)
    it(`an absolute SQLite URI set after from_prefixed_env() stops verify before any request (${python})`, async () => {
      const dir = await ownDatabase((folder) => `app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///${folder}/instance/app.db"`);
      // The learner's database exists (empty): even the app's db.create_all() at import must not reach it.
      await fs.outputFile(join(dir, 'instance', 'app.db'), '');
      for (let run = 0; run < 2; run++) {
        const verify = await flashLogin(dir, ['verify', '--lesson', '5', '--json', '--python', python]);
        expect(verify.exitCode).toBe(2);
        const json = JSON.parse(String(verify.stdout)) as { status: string; message: string };
        expect(json.status).toBe('error');
        expect(json.message.split('\n')[0]).toBe(
          `app.py chose its own database, sqlite:///${dir}/instance/app.db, instead of the throwaway one verify gave it (FLASK_SQLALCHEMY_DATABASE_URI), ` +
            'so verify stopped before any request could reach it: set your default SQLALCHEMY_DATABASE_URI before app.config.from_prefixed_env(), never after',
        );
      }
      // Not a table, let alone an account, was written to it.
      expect((await fs.stat(join(dir, 'instance', 'app.db'))).size).toBe(0);
    });

  it('a bind of its own is refused the same way', async () => {
    const dir = await ownDatabase((folder) => `app.config["SQLALCHEMY_BINDS"] = {"audit": "sqlite:///${folder}/instance/audit.db"}`);
    const verify = await flashLogin(dir, ['verify', '--lesson', '5', '--python', debianPython]);
    expect(verify.exitCode).toBe(2);
    expect(String(verify.stdout)).toContain(
      `app.py chose its own database, sqlite:///${dir}/instance/audit.db, instead of the throwaway one`,
    );
    expect(await fs.pathExists(join(dir, 'instance', 'audit.db'))).toBe(false);
  });
});

describe('case 8: printed shell lines are quoted', () => {
  for (const name of ['$(touch pwned)', '-dash', "it's mine", 'my-app'])
    it(`the cd line for a folder named ${name} takes you there when pasted, and runs nothing`, async () => {
      const parent = await tempDir('flash-login-quote-');
      made.push(parent);
      const created = await execa(
        process.execPath,
        [bins.create, '--yes', '--no-install', '--no-git', '--mode', 'guided', '--python', debianPython, '--', name],
        {
          cwd: parent,
          reject: false,
          stdin: 'ignore',
          env: { NO_COLOR: '1' },
        },
      );
      expect(created.exitCode, String(created.stderr)).toBe(0);
      const line = String(created.stdout)
        .split('\n')
        .find((text) => text.trim().startsWith('cd '))!
        .trim();
      expect(line.startsWith('cd -- ')).toBe(true);
      const pasted = await execa('sh', ['-c', `${line} && pwd`], { cwd: parent });
      expect(pasted.stdout).toBe(join(parent, name));
      expect(await fs.pathExists(join(parent, 'pwned'))).toBe(false);
    });
});

describe('case 6: run ties the app to its own life', () => {
  it("SIGKILL of `flash-login run` ends the app and the reloader's child, and frees the port", async () => {
    const dir = await makeProject(1);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const cli = execa(process.execPath, [bins.flashLogin, 'run', '--port', String(port), '--python', debianPython], {
      cwd: dir,
      reject: false,
      env: { NO_COLOR: '1' },
    });
    const answers = async () => (await fetch(`http://127.0.0.1:${port}/login`).catch(() => undefined))?.status === 200;
    await waitFor(answers, 'the app to answer');
    await waitFor(() => descendants(cli.pid!).length >= 2, 'the reloader and its child');
    const app = descendants(cli.pid!);
    cli.kill('SIGKILL');
    await cli;
    await waitFor(() => app.every((pid) => !isAlive(pid)), 'every app process to end', 5_000);
    await waitFor(async () => !(await answers()), 'the port to be free', 5_000);
    expect(processesIn(dir)).toEqual([]);
  });
});

describe('case 7: a read-only project, as an ordinary user', () => {
  const asNobody = (dir: string, args: string[]) =>
    execa('setpriv', ['--reuid', '65501', '--regid', '65501', '--clear-groups', process.execPath, bins.flashLogin, ...args, '--dir', dir], {
      reject: false,
      stdin: 'ignore',
      env: { NO_COLOR: '1', HOME: '/nonexistent' },
    });

  it('verify runs and says it cannot record; the writing commands say what to do in one line; nothing is left behind', async () => {
    // The CLI itself runs as that user: a checkout in a folder only its owner can enter (mktemp -d's 0700) cannot be tested so.
    const reach = await execa('setpriv', ['--reuid', '65501', '--regid', '65501', '--clear-groups', 'test', '-r', bins.flashLogin], {
      reject: false,
    });
    expect(
      reach.exitCode,
      `this test runs the CLI as another user, who cannot read ${bins.flashLogin}: clone the project into a folder others can enter (chmod 755)`,
    ).toBe(0);
    const dir = await project();
    // Readable by everyone on the way down, writable by its owner (root) only.
    for (let folder = dir; folder.startsWith(tmpdir()) && folder !== dirname(folder); folder = dirname(folder))
      await fs.chmod(folder, 0o755);
    await execa('chmod', ['-R', 'a+rX', dir]);
    const marker = `# read-only project ${Date.now()}`;
    await fs.appendFile(join(dir, 'app.py'), `\n${marker}\n`);
    const before = await fs.readFile(join(dir, '.flash-login', 'state.json'), 'utf8');
    const shmBefore = new Set(await fs.readdir('/dev/shm'));

    const verify = await asNobody(dir, ['verify', '--python', debianPython]);
    expect(verify.exitCode, String(verify.stderr)).toBe(0);
    expect(String(verify.stderr).trim()).toBe(
      `! ${dir} is read-only for you, so this result is not recorded for \`flash-login status\` and \`hint\`.`,
    );
    for (const args of [['next-lesson', '--force', '--no-verify'], ['reset'], ['goto', '3', '--no-verify'], ['undo']]) {
      const result = await asNobody(dir, args);
      expect(result.exitCode).toBe(2);
      expect(String(result.stderr).trim()).toBe(
        `flash-login: cannot ${args[0]}: ${dir} is read-only for you (permission denied), so nothing was changed; ` +
          'run flash-login as the user who owns it, or copy the project somewhere you can write and work there.',
      );
    }
    expect(await fs.readFile(join(dir, '.flash-login', 'state.json'), 'utf8')).toBe(before);
    // No staging folder of this project stays behind in /dev/shm.
    for (const name of (await fs.readdir('/dev/shm')).filter((entry) => !shmBefore.has(entry) && entry.startsWith('flash-login-verify-'))) {
      const staged = await fs.readFile(join('/dev/shm', name, 'app', 'app.py'), 'utf8').catch(() => '');
      expect(staged).not.toContain(marker);
    }
  });
});

describe('case 12: the app under verify runs sandboxed, with a clean environment', () => {
  /** An app.py that reports what it can see and do at import, then stops there (verify shows its traceback). */
  async function probeProject(port: number): Promise<string> {
    const dir = await tempDir('flash-login-probe-');
    made.push(dir);
    await fs.writeFile(
      join(dir, 'app.py'),
      [
        'import json, os, socket',
        `PROJECT = ${JSON.stringify(dir)}`,
        'seen = {"home": os.environ.get("HOME"), "aws": os.environ.get("AWS_SECRET_ACCESS_KEY"), "ca": os.environ.get("SSL_CERT_FILE"), "pid": os.getpid()}',
        'try:',
        '    open(os.path.join(PROJECT, "escaped.txt"), "w").write("x")',
        '    seen["write"] = "written"',
        'except OSError as error:',
        '    seen["write"] = type(error).__name__',
        'seen["project"] = sorted(os.listdir(PROJECT)) if os.path.isdir(PROJECT) else None',
        'try:',
        `    socket.create_connection(("127.0.0.1", ${port}), timeout=2).close()`,
        '    seen["net"] = "connected"',
        'except OSError:',
        '    seen["net"] = "no network"',
        'raise SystemExit("PROBE " + json.dumps(seen))',
        '',
      ].join('\n'),
    );
    return dir;
  }
  const secrets = { HOME: '/root', AWS_SECRET_ACCESS_KEY: 'hunter2', SSL_CERT_FILE: '/etc/ssl/certs/ca-certificates.crt' };
  const probe = (output: string) => JSON.parse(/PROBE (\{.*\})/.exec(output)![1]!) as Record<string, unknown>;

  async function listening(): Promise<{ port: number; close: () => Promise<unknown> }> {
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { port: (server.address() as { port: number }).port, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it('with bwrap: the project is invisible and unwritable, no network, its own PID namespace, no HOME, cloud or CA variables', async () => {
    const server = await listening();
    try {
      const dir = await probeProject(server.port);
      const verify = await flashLogin(dir, ['verify', '--python', debianPython], secrets);
      expect(verify.exitCode).toBe(2);
      expect(String(verify.stderr)).not.toContain('unsandboxed');
      const seen = probe(String(verify.stdout));
      // The project folder is not there at all in the sandbox (only the system, the Python and the staging copy are).
      expect(seen).toMatchObject({ home: null, aws: null, ca: null, write: 'FileNotFoundError', project: null, net: 'no network' });
      expect(seen.pid).toBeLessThan(10);
      expect(await fs.readdir(dir)).toEqual(['app.py']);
    } finally {
      await server.close();
    }
  });

  it('without bwrap: the environment is still clean, and verify says once that the app runs unsandboxed', async () => {
    const server = await listening();
    try {
      const dir = await probeProject(server.port);
      const verify = await flashLogin(dir, ['verify', '--python', debianPython], { ...secrets, FLASH_LOGIN_SANDBOX: 'off' });
      expect(verify.exitCode).toBe(2);
      expect(String(verify.stderr).match(/unsandboxed/g)).toHaveLength(1);
      expect(probe(String(verify.stdout))).toMatchObject({ home: null, aws: null, ca: null });
    } finally {
      await server.close();
    }
  });
});

describe('case 5: doctor infers the lesson of a broken state', () => {
  const doctor = (dir: string) =>
    execa(process.execPath, [bins.flashLogin, 'doctor', '--python', debianPython], { cwd: dir, reject: false, env: { NO_COLOR: '1' } });
  const fixLine = (stdout: string, about: RegExp) => {
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => about.test(line));
    return lines
      .slice(at)
      .find((line) => line.trim().startsWith('fix:'))!
      .trim()
      .slice('fix:'.length)
      .trim();
  };

  it('an unreadable state at lesson 3: the fix keeps lesson 3 (from git), and next-lesson then merges cleanly', async () => {
    const dir = await project();
    for (let step = 0; step < 2; step++) expect((await flashLogin(dir, ['next-lesson', '--force', '--no-verify'])).exitCode).toBe(0);
    await fs.writeFile(join(dir, '.flash-login', 'state.json'), '{ "version": 1, "lesson": ');
    const found = await doctor(dir);
    expect(found.exitCode).toBe(1);
    expect(String(found.stdout)).toContain("is not valid JSON (the fix keeps lesson 3: git's tag lesson-3 is at HEAD)");
    const fix = fixLine(String(found.stdout), /state\.json is not valid JSON/);
    expect(fix).toContain('"lesson":3');
    await execa('sh', ['-c', fix], { cwd: dir });
    const next = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
    expect(next.exitCode, String(next.stdout)).toBe(0);
    expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toBe(await reference(4, 'app.py'));
  });

  it('without git, the files tell the lesson', async () => {
    const dir = await project();
    for (let step = 0; step < 2; step++) expect((await flashLogin(dir, ['next-lesson', '--force', '--no-verify'])).exitCode).toBe(0);
    await fs.remove(join(dir, '.git'));
    await fs.writeFile(join(dir, '.flash-login', 'state.json'), 'not json');
    const found = await doctor(dir);
    expect(String(found.stdout)).toContain("(the fix keeps lesson 3: your files match lesson 3's)");
    expect(fixLine(String(found.stdout), /state\.json is not valid JSON/)).toContain('"lesson":3');
  });

  it('reports a deleted app.py, a pending journal, and a HEAD that disagrees with the state', async () => {
    const dir = await project();
    expect((await flashLogin(dir, ['next-lesson', '--force', '--no-verify'])).exitCode).toBe(0);
    await fs.remove(join(dir, 'app.py'));
    await fs.writeFile(
      join(dir, '.flash-login', 'journal.json'),
      JSON.stringify({ version: 1, entry: '0009-goto', command: 'goto', startedAt: new Date().toISOString() }),
    );
    const state = await fs.readJson(join(dir, '.flash-login', 'state.json'));
    await fs.writeJson(join(dir, '.flash-login', 'state.json'), { ...state, lesson: 1 });
    const found = await doctor(dir);
    expect(found.exitCode).toBe(1);
    const out = String(found.stdout);
    expect(out).toMatch(/✗ app\.py is missing: `reset` brings back lesson 1's\n\s+fix: .*flash-login(\.js)? reset app\.py/);
    expect(out).toContain('a next-lesson, goto or reset was cut short');
    expect(out).toMatch(/! git's HEAD is tagged lesson-2, but \.flash-login\/state\.json says lesson 1\n\s+fix: git reset --soft lesson-1/);
    expect(out).not.toContain('Everything looks right');
  });
});

/** Every file and folder under dir (hidden ones too), with each file's bytes. */
async function everything(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (folder: string, prefix: string) => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const name = prefix + entry.name;
      if (entry.isDirectory()) {
        found.set(`${name}/`, '');
        await walk(join(folder, entry.name), `${name}/`);
      } else found.set(name, (await fs.readFile(join(folder, entry.name))).toString('base64'));
    }
  };
  await walk(dir, '');
  return found;
}

/** A folder of the learner's own that has an app.py, a template and notes, but is no project of ours. */
async function learnersFolder(): Promise<string> {
  const parent = await tempDir('flash-login-force-');
  made.push(parent);
  const dir = join(parent, 'mine');
  await fs.outputFile(join(dir, 'app.py'), 'print("my very own app")\n');
  await fs.outputFile(join(dir, 'templates', 'login.html'), '<p>my login page</p>\n');
  await fs.outputFile(join(dir, 'notes.txt'), 'ideas\n');
  return dir;
}

describe('case 2: create --force keeps what it replaces', () => {
  it('says what it replaced, keeps the originals, and undo puts the folder back as it was', async () => {
    const dir = await learnersFolder();
    const before = await everything(dir);
    const created = await run(bins.create, [
      dir,
      '--force',
      '--yes',
      '--mode',
      'guided',
      '--no-install',
      '--no-git',
      '--python',
      debianPython,
    ]);
    expect(created.exitCode, String(created.stderr)).toBe(0);
    expect(String(created.stdout)).toMatch(
      /Replaced your app\.py, templates\/login\.html: the originals are in \.flash-login\/backups\/0001-create\/files\/, and `flash-login undo` puts them back\./,
    );
    expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toBe(await reference(1, 'app.py'));
    expect(await fs.readFile(join(dir, '.flash-login', 'backups', '0001-create', 'files', 'app.py'), 'utf8')).toBe(
      'print("my very own app")\n',
    );
    const undo = await flashLogin(dir, ['undo']);
    expect(undo.exitCode, String(undo.stderr)).toBe(0);
    const after = await everything(dir);
    for (const name of [...after.keys()].filter((name) => name.startsWith('.flash-login/'))) after.delete(name); // undo's own record
    after.delete('.flash-login/');
    expect(after).toEqual(before);
  });
});

/** Whether `dir` holds a scaffold that ran to its end: state written and every file in the lesson's commit. */
async function finishedScaffold(dir: string): Promise<boolean> {
  if (!(await fs.pathExists(join(dir, '.flash-login', 'state.json')))) return false;
  const log = await execa('git', ['log', '--format=%s', '-1'], { cwd: dir, reject: false });
  const dirty = await execa('git', ['status', '--porcelain'], { cwd: dir, reject: false });
  return log.exitCode === 0 && /^Lesson 1: /.test(log.stdout) && dirty.exitCode === 0 && dirty.stdout === '';
}

describe('case 9: Ctrl-C during create --force removes exactly what the run wrote', () => {
  // Each Ctrl-C comes at a moment of the scaffold: a time since its start, or the first sight of what
  // one of its steps writes (so the sweep reaches the steps under way however fast the machine is).
  const moments: { name: string; reached: (dir: string) => boolean; delay?: number }[] = [
    ...Array.from({ length: 15 }, (_, index) => ({ name: `${(index + 1) * 100} ms`, delay: (index + 1) * 100, reached: () => false })),
    { name: 'its backups folder appears', reached: (dir) => fs.existsSync(join(dir, '.flash-login', 'backups')) },
    { name: 'git init has begun', reached: (dir) => fs.existsSync(join(dir, '.git')) },
    { name: 'the state file is written', reached: (dir) => fs.existsSync(join(dir, '.flash-login', 'state.json')) },
    { name: "git's index appears", reached: (dir) => fs.existsSync(join(dir, '.git', 'index')) },
  ];

  it('at every moment of a sweep, an interrupted scaffold leaves the folder byte for byte as it was', async () => {
    let interrupted = 0;
    for (const moment of moments) {
      const dir = await learnersFolder();
      const before = await everything(dir);
      const scaffold = execa(process.execPath, [bins.create, dir, '--force', '--yes', '--no-install', '--python', debianPython], {
        reject: false,
        stdin: 'ignore',
        detached: true, // its own process group, as a terminal's Ctrl-C reaches the CLI and its git
        env: { NO_COLOR: '1' },
      });
      let ended = false;
      void scaffold.finally(() => (ended = true));
      const started = Date.now();
      // Polled, not slept: a few milliseconds between looks, so a step is caught while it runs.
      while (!ended && (moment.delay === undefined ? !moment.reached(dir) : Date.now() - started < moment.delay))
        await new Promise((resolve) => setTimeout(resolve, 2));
      try {
        process.kill(-scaffold.pid!, 'SIGINT');
      } catch {
        // finished already
      }
      const result = await scaffold;
      if (result.exitCode === 0) continue; // done before the Ctrl-C: a whole scaffold, nothing to check here
      // Killed by the signal once the scaffold was done (its handler is gone while the closing lines print):
      // a whole project, every file committed, like a run that ended.
      if (result.signal === 'SIGINT' && (await finishedScaffold(dir))) continue;
      // Killed by the signal itself (before Node set up its handler), or exit 130: either way, nothing of the run stays.
      expect(result.exitCode === 130 || result.signal === 'SIGINT', `${moment.name}: ${String(result.stderr)}`).toBe(true);
      if (result.exitCode === 130) interrupted += 1;
      expect(await everything(dir), `after a Ctrl-C when ${moment.name}`).toEqual(before);
    }
    // The positive control: some Ctrl-C came while the scaffold was writing, and was handled.
    expect(interrupted).toBeGreaterThan(0);
  });
});

describe('case 11: the smaller ways a project went wrong quietly', () => {
  it('a deleted app.py: status names it and says how to bring it back', async () => {
    const dir = await project();
    await fs.remove(join(dir, 'app.py'));
    const status = await flashLogin(dir, ['status']);
    expect(String(status.stdout)).toMatch(/missing\s+app\.py/);
    expect(String(status.stdout)).toMatch(/next\s+flash-login reset app\.py/);
  });

  it('a change cut short: status says so, and what puts it right', async () => {
    const dir = await project();
    await fs.writeFile(
      join(dir, '.flash-login', 'journal.json'),
      JSON.stringify({ version: 1, entry: '0001-next-lesson', command: 'next-lesson', startedAt: new Date().toISOString() }),
    );
    const status = await flashLogin(dir, ['status']);
    expect(String(status.stdout)).toMatch(/interrupted\s+a `flash-login next-lesson` was cut short/);
    expect(String(status.stdout)).toMatch(/next\s+flash-login verify\s+first finishes or rolls back/);
  });

  it('a non-UTF-8 app.py stops next-lesson before anything is written (exit 2, one line)', async () => {
    const dir = await project();
    const latin1 = Buffer.concat([await fs.readFile(join(dir, 'app.py')), Buffer.from('# caf\xe9\n', 'latin1')]);
    await fs.writeFile(join(dir, 'app.py'), latin1);
    const next = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
    expect(next.exitCode).toBe(2);
    expect(String(next.stderr).trim()).toMatch(
      /^flash-login: app\.py is not UTF-8 text, so its lines cannot be merged with the lesson's: save it as UTF-8/,
    );
    expect((await state(dir)).lesson).toBe(1);
    expect((await fs.readFile(join(dir, 'app.py'))).equals(latin1)).toBe(true);
  });

  it("undo moves git's HEAD and the lesson tag back with the files", async () => {
    const dir = await project();
    const lessonOneHead = await git(dir, ['rev-parse', 'HEAD']);
    expect((await flashLogin(dir, ['next-lesson', '--force', '--no-verify'])).exitCode).toBe(0);
    expect(await git(dir, ['tag', '--list', 'lesson-*'])).toBe('lesson-1-start\nlesson-2-start');
    const undo = await flashLogin(dir, ['undo']);
    expect(undo.exitCode).toBe(0);
    expect(await git(dir, ['rev-parse', 'HEAD'])).toBe(lessonOneHead);
    expect(await git(dir, ['tag', '--list', 'lesson-*'])).toBe('lesson-1-start');
    expect(await git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('a lesson commit holds the lesson files and what the learner tracks, never a stray file; a big tracked file is named', async () => {
    const dir = await project();
    await fs.writeFile(join(dir, 'stray.bin'), Buffer.alloc(2_000_000, 1)); // left in the folder, never added
    await fs.writeFile(join(dir, 'data.csv'), Buffer.alloc(1_500_000, 50));
    await git(dir, ['add', 'data.csv']); // tracked by the learner
    await fs.appendFile(join(dir, 'data.csv'), '1\n');
    const next = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
    expect(next.exitCode, String(next.stderr)).toBe(0);
    const committed = (await git(dir, ['show', '--name-only', '--format=', 'HEAD'])).split('\n');
    expect(committed).toContain('app.py');
    expect(committed).toContain('data.csv');
    expect(committed).not.toContain('stray.bin');
    expect(String(next.stdout)).toContain('! data.csv is over 1 MB and you track it, so it is in this commit too');
  });

  it('disk full: one line that says what to do, and the next command puts the project right once there is room', async () => {
    const mountPoint = await tempDir('flash-login-full-');
    made.push(mountPoint);
    const mounted = await execa('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { reject: false });
    expect(mounted.exitCode, `this test mounts a small tmpfs (needs root): ${String(mounted.stderr)}`).toBe(0);
    try {
      const dir = join(mountPoint, 'app');
      await fs.copy(lessonOne, dir, {
        filter: (path) => path !== join(lessonOne, '.git') && !path.startsWith(`${join(lessonOne, '.git')}/`),
      });
      const edited = (await fs.readFile(join(dir, 'app.py'), 'utf8')).replace(
        'USERS = {"admin": "secret"}',
        'USERS = {"admin": "secret", "alice": "wonderland"}',
      );
      await fs.writeFile(join(dir, 'app.py'), edited);
      // Fill the disk, leaving a few KB: the backup fits, the lesson does not.
      const free = Number((await execa('df', ['--output=avail', '-B1', mountPoint])).stdout.split('\n')[1]);
      await fs.writeFile(join(mountPoint, 'filler'), Buffer.alloc(Math.max(0, free - 24_000)));
      const full = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
      expect(full.exitCode).toBe(2);
      expect(String(full.stderr).trim()).toMatch(/^flash-login: the disk is full( \(.*\))?: free some space, then run the command again/);
      await fs.remove(join(mountPoint, 'filler'));
      const again = await flashLogin(dir, ['next-lesson', '--force', '--no-verify']);
      expect(again.exitCode, String(again.stderr)).toBe(0);
      expect((await state(dir)).lesson).toBe(2);
      expect(await fs.readFile(join(dir, 'app.py'), 'utf8')).toContain('"alice": "wonderland"');
      const stray = (await execa('find', [dir, '-name', '*.tmp', '-not', '-path', '*/.flash-login/*'])).stdout;
      expect(stray).toBe('');
    } finally {
      await execa('umount', [mountPoint], { reject: false });
    }
  });
});
