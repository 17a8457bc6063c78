// The fault sweep (`npm run faults`; FLASH_LOGIN_FAULTS=small for the shorter one .ci/run runs):
// commands killed at a sweep of moments, run side by side, on a read-only project, on a full
// disk, with a hostile database URI and symlink. Every run checks the invariants; the suite
// prints how many runs each case made and fails on any violation.

import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bins, debianPython, tempDir, writeReference } from '../helpers.js';

const SMALL = process.env.FLASH_LOGIN_FAULTS === 'small';
// From before the command has started to after it has finished, on a busy machine too (a next-lesson takes 0.2 to 1.5 s).
const DELAYS = Array.from({ length: SMALL ? 7 : 31 }, (_, index) => index * (SMALL ? 200 : 50));
const SIGNALS: NodeJS.Signals[] = SMALL ? ['SIGKILL', 'SIGINT'] : ['SIGKILL', 'SIGINT', 'SIGTERM'];

const runs = new Map<string, number>();
const violations: string[] = [];
/** Where the interrupted runs landed, by lesson: both must occur for the sweep to mean something. */
const outcomes = new Map<number, number>();
const made: string[] = [];
const count = (name: string) => runs.set(name, (runs.get(name) ?? 0) + 1);
const violated = (name: string, what: string): void => void violations.push(`${name}: ${what}`);

const cli = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) =>
  execa(process.execPath, [bins.flashLogin, ...args], {
    reject: false,
    stdin: 'ignore',
    env: { NO_COLOR: '1', ...options.env },
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });

/** The learner's files: everything but git and our own bookkeeping, as bytes. */
async function snapshot(dir: string, skip = ['.git', '.flash-login']): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string, prefix: string) => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      if (prefix === '' && skip.includes(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else files.set(prefix + entry.name, (await fs.readFile(path)).toString('base64'));
    }
  };
  await walk(dir, '');
  return files;
}

const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([name, content]) => b.get(name) === content);
const lessonOf = async (dir: string) =>
  ((await fs.readJson(join(dir, '.flash-login', 'state.json')).catch(() => ({}))) as { lesson?: number }).lesson;

/** What must hold after any interrupted lesson command, once the next command has recovered. */
async function checkSettled(name: string, dir: string, expected: Map<number, Map<string, string>>): Promise<void> {
  const lesson = await lessonOf(dir);
  const files = await snapshot(dir);
  if (lesson === undefined || !expected.has(lesson)) return violated(name, `state says lesson ${String(lesson)}`);
  outcomes.set(lesson, (outcomes.get(lesson) ?? 0) + 1);
  if (!same(files, expected.get(lesson)!)) violated(name, `files are not exactly lesson ${lesson}'s (with the learner's edit)`);
  const stray = [...files.keys()].filter((path) => /\.tmp$/.test(path));
  if (stray.length) violated(name, `stray temporary files ${stray.join(', ')}`);
  for (const left of ['journal.json', 'lock'])
    if (await fs.pathExists(join(dir, '.flash-login', left))) violated(name, `.flash-login/${left} left behind`);
  const temp = await fs.readdir(join(dir, '.flash-login', 'tmp')).catch(() => []);
  if (temp.length) violated(name, `.flash-login/tmp holds ${temp.join(', ')}`);
}

async function killAfter(child: ReturnType<typeof execa>, delay: number, signal: NodeJS.Signals): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill(signal);
  await child;
}

let lessonOne: string; // lesson 1 with the learner's edit, committed
let lessonTwo: string; // the same after an uninterrupted next-lesson
let expected: Map<number, Map<string, string>>;

async function copyOf(source: string): Promise<string> {
  const parent = await tempDir('flash-login-faults-');
  made.push(parent);
  const dir = join(parent, 'app');
  await fs.copy(source, dir);
  return dir;
}

beforeAll(async () => {
  const parent = await tempDir('flash-login-faults-');
  made.push(parent);
  lessonOne = join(parent, 'app');
  // Guided: the sweep's read-only case expects verify to pass on the scaffold as it stands.
  const created = await execa(
    process.execPath,
    [bins.create, lessonOne, '--yes', '--mode', 'guided', '--no-install', '--python', debianPython],
    { reject: false, env: { NO_COLOR: '1' } },
  );
  if (created.exitCode !== 0) throw new Error(`scaffold failed: ${String(created.stderr)}`);
  const app = join(lessonOne, 'app.py');
  await fs.writeFile(
    app,
    (await fs.readFile(app, 'utf8')).replace('USERS = {"admin": "secret"}', 'USERS = {"admin": "secret", "alice": "wonderland"}'),
  );
  lessonTwo = await copyOf(lessonOne);
  const moved = await cli(['next-lesson', '--force', '--no-verify', '--dir', lessonTwo]);
  if (moved.exitCode !== 0) throw new Error(`next-lesson failed: ${String(moved.stderr)}`);
  expected = new Map([
    [1, await snapshot(lessonOne)],
    [2, await snapshot(lessonTwo)],
  ]);
});

afterAll(async () => {
  await Promise.all(made.map((dir) => fs.remove(dir)));
  const table = [...runs].map(([name, total]) => `  ${name.padEnd(44)} ${String(total).padStart(4)} runs`).join('\n');
  const landed = [...outcomes]
    .sort(([a], [b]) => a - b)
    .map(([lesson, total]) => `lesson ${lesson}: ${total}`)
    .join(', ');
  console.log(
    `\nfault sweep (${SMALL ? 'small' : 'full'}): ${[...runs.values()].reduce((a, b) => a + b, 0)} runs, ${violations.length} invariant violations\n${table}\n  settled at ${landed}`,
  );
});

describe('the fault sweep', () => {
  it('next-lesson killed at any moment: lesson 1 or 2 exactly, the edit kept, nothing stray', async () => {
    const start = violations.length;
    for (const signal of SIGNALS)
      for (const delay of DELAYS) {
        const dir = await copyOf(lessonOne);
        await killAfter(cli(['next-lesson', '--force', '--no-verify', '--dir', dir]), delay, signal);
        await cli(['diff', '--dir', dir]); // any command first recovers what was cut short
        count(`next-lesson killed (${signal})`);
        await checkSettled(`next-lesson ${signal} at ${delay} ms`, dir, expected);
      }
    expect(violations.slice(start)).toEqual([]);
    // The sweep spans the command: some kills came before the change, some after it.
    expect(
      [outcomes.get(1) ?? 0, outcomes.get(2) ?? 0].every((total) => total > 0),
      `settled at ${[...outcomes].join(' ')}`,
    ).toBe(true);
  });

  it('undo killed at any moment: lesson 2 as it was, or lesson 1 byte for byte', async () => {
    const start = violations.length;
    for (const delay of DELAYS) {
      const dir = await copyOf(lessonTwo);
      await killAfter(cli(['undo', '--dir', dir]), delay, 'SIGKILL');
      await cli(['diff', '--dir', dir]);
      count('undo killed (SIGKILL)');
      await checkSettled(`undo SIGKILL at ${delay} ms`, dir, expected);
    }
    expect(violations.slice(start)).toEqual([]);
  });

  it("create --force killed at any moment: the learner's own files survive, or come back with undo", async () => {
    const start = violations.length;
    for (const delay of DELAYS) {
      const parent = await tempDir('flash-login-faults-');
      made.push(parent);
      const dir = join(parent, 'mine');
      await fs.outputFile(join(dir, 'app.py'), 'print("mine")\n');
      await fs.outputFile(join(dir, 'templates', 'login.html'), '<p>mine</p>\n');
      await fs.outputFile(join(dir, 'notes.txt'), 'ideas\n');
      const before = await snapshot(dir);
      const scaffold = execa(
        process.execPath,
        [bins.create, dir, '--force', '--yes', '--no-install', '--no-git', '--python', debianPython],
        {
          reject: false,
          stdin: 'ignore',
          env: { NO_COLOR: '1' },
        },
      );
      await killAfter(scaffold, delay, 'SIGKILL');
      await cli(['undo', '--dir', dir]); // recovers first; undoes the scaffold when it got that far
      count('create --force killed (SIGKILL)');
      const after = await snapshot(dir);
      const lost = [...before].filter(([name, content]) => after.get(name) !== content).map(([name]) => name);
      if (lost.length) violated(`create --force SIGKILL at ${delay} ms`, `${lost.join(', ')} not as the learner had them`);
    }
    expect(violations.slice(start)).toEqual([]);
  });

  it('verify started just before next-lesson never rolls the state back', async () => {
    const start = violations.length;
    for (const offset of SMALL ? [50, 100] : [0, 25, 50, 75, 100, 150, 200, 300]) {
      const dir = await copyOf(lessonOne);
      const verify = cli(['verify', '--python', debianPython, '--dir', dir]);
      await new Promise((resolve) => setTimeout(resolve, offset));
      await cli(['next-lesson', '--force', '--no-verify', '--dir', dir]);
      await verify;
      count('verify beside next-lesson');
      if ((await lessonOf(dir)) !== 2)
        violated(`verify ${offset} ms before next-lesson`, `state says lesson ${String(await lessonOf(dir))}`);
      else await checkSettled(`verify ${offset} ms before next-lesson`, dir, expected);
    }
    expect(violations.slice(start)).toEqual([]);
  });

  it('two next-lessons at once run one after the other', async () => {
    const start = violations.length;
    for (let round = 0; round < (SMALL ? 2 : 5); round++) {
      const dir = await copyOf(lessonOne);
      await Promise.all([1, 2].map(() => cli(['next-lesson', '--force', '--no-verify', '--dir', dir])));
      count('two next-lessons at once');
      const backups = await fs.readdir(join(dir, '.flash-login', 'backups'));
      const summaries = await Promise.all(
        backups.sort().map(async (id) => (await fs.readJson(join(dir, '.flash-login', 'backups', id, 'manifest.json'))).summary as string),
      );
      if ((await lessonOf(dir)) !== 3 || summaries.join('|') !== 'lesson 1 → 2|lesson 2 → 3')
        violated(`two next-lessons, round ${round}`, `lesson ${String(await lessonOf(dir))}, backups ${summaries.join(', ')}`);
    }
    expect(violations.slice(start)).toEqual([]);
  });

  it('a read-only project, as a non-root user: verify runs and records nothing; writing commands change nothing', async () => {
    const start = violations.length;
    const dir = await copyOf(lessonOne);
    for (let folder = dir; folder.startsWith(tmpdir()) && folder !== dirname(folder); folder = dirname(folder))
      await fs.chmod(folder, 0o755);
    await execa('chmod', ['-R', 'a+rX', dir]);
    const before = await snapshot(dir, ['.git']);
    const asNobody = (args: string[]) =>
      execa(
        'setpriv',
        ['--reuid', '65501', '--regid', '65501', '--clear-groups', process.execPath, bins.flashLogin, ...args, '--dir', dir],
        {
          reject: false,
          stdin: 'ignore',
          env: { NO_COLOR: '1', HOME: '/nonexistent' },
        },
      );
    const verify = await asNobody(['verify', '--python', debianPython]);
    if (verify.exitCode !== 0) violated('read-only verify', `exit ${verify.exitCode}: ${String(verify.stderr)}`);
    for (const args of [['next-lesson', '--force', '--no-verify'], ['reset'], ['undo'], ['goto', '3', '--no-verify']]) {
      const result = await asNobody(args);
      count('read-only project (setpriv uid 65501)');
      if (result.exitCode !== 2 || String(result.stderr).trim().split('\n').length !== 1)
        violated(`read-only ${args[0]}`, String(result.stderr));
    }
    if (!same(await snapshot(dir, ['.git']), before)) violated('read-only project', 'files changed');
    expect(violations.slice(start)).toEqual([]);
  });

  it('disk full on a small tmpfs: one line, and the next command (with room again) lands on lesson 1 or 2 exactly', async (context) => {
    const start = violations.length;
    const mountPoint = await tempDir('flash-login-faults-full-');
    made.push(mountPoint);
    const mounted = await execa('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { reject: false });
    if (mounted.exitCode !== 0) {
      console.log(`disk full: not run (mounting a tmpfs was refused: ${String(mounted.stderr).trim()})`);
      context.skip();
    }
    try {
      for (const reserve of SMALL ? [8_000, 24_000] : [2_000, 8_000, 16_000, 24_000, 40_000, 64_000]) {
        const dir = join(mountPoint, `app-${reserve}`);
        await fs.copy(lessonOne, dir, {
          filter: (path) => path !== join(lessonOne, '.git') && !path.startsWith(`${join(lessonOne, '.git')}/`),
        });
        const free = Number((await execa('df', ['--output=avail', '-B1', mountPoint])).stdout.split('\n')[1]);
        await fs.writeFile(join(mountPoint, 'filler'), Buffer.alloc(Math.max(0, free - reserve)));
        const full = await cli(['next-lesson', '--force', '--no-verify', '--dir', dir]);
        count('disk full (512 KB tmpfs)');
        if (full.exitCode !== 0 && !/^flash-login: the disk is full/.test(String(full.stderr).trim()))
          violated(`disk full, ${reserve} B left`, String(full.stderr).trim());
        await fs.remove(join(mountPoint, 'filler'));
        await cli(['diff', '--dir', dir]);
        await checkSettled(`disk full, ${reserve} B left`, dir, expected);
        await fs.remove(dir);
      }
    } finally {
      await execa('umount', [mountPoint], { reject: false });
    }
    expect(violations.slice(start)).toEqual([]);
  });

  it("the learner's database and a symlink out of the project are never written", async () => {
    const start = violations.length;
    const parent = await tempDir('flash-login-faults-');
    made.push(parent);
    const dir = join(parent, 'app');
    await writeReference(dir, 5);
    const app = join(dir, 'app.py');
    await fs.writeFile(
      app,
      (await fs.readFile(app, 'utf8')).replace(
        'app.config.from_prefixed_env()\n',
        `app.config.from_prefixed_env()\napp.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///${dir}/instance/app.db"\n`,
      ),
    );
    await fs.outputFile(join(dir, 'instance', 'app.db'), '');
    const verify = await cli(['verify', '--lesson', '5', '--python', debianPython, '--dir', dir]);
    count('database outside the copy');
    if (verify.exitCode !== 2 || (await fs.stat(join(dir, 'instance', 'app.db'))).size !== 0)
      violated('database', `exit ${verify.exitCode}, database written`);

    const project = await copyOf(lessonOne);
    const outside = await tempDir('flash-login-faults-outside-');
    made.push(outside);
    await fs.move(join(project, 'templates'), join(outside, 'templates'));
    await fs.symlink(join(outside, 'templates'), join(project, 'templates'));
    const before = await snapshot(outside);
    for (const args of [['next-lesson', '--force', '--no-verify'], ['goto', '4', '--no-verify'], ['reset']]) {
      await cli([...args, '--dir', project]);
      count('symlink out of the project');
    }
    if (!same(await snapshot(outside), before)) violated('symlink', 'a file outside the project was written');
    expect(violations.slice(start)).toEqual([]);
  });
});
