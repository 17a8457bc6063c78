// next-lesson, diff, goto and reset, run for real: the CLI with execa on scaffolded projects.

import { join, relative, sep } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonHasChecks } from '../lessons/index.js';
import { bins, debianPython, run, tempDir } from './helpers.js';
import { pythonsIn, traceSpawns } from './spawn-trace.js';

// These tests expect finished lessons, so guided mode (practice, the default, is test/practice.test.ts's).
const QUICK = ['--yes', '--no-install', '--no-git', '--mode', 'guided', '--python', debianPython];
/** Everything but git's own config: proves no identity is needed. */
const NO_GIT_IDENTITY = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

let lessonOne: string;

beforeAll(async () => {
  lessonOne = join(await tempDir(), 'app');
  const created = await run(bins.create, [lessonOne, ...QUICK]);
  if (created.exitCode !== 0) throw new Error(`scaffold failed: ${String(created.stderr)}`);
});

/** A fresh copy of the scaffolded lesson-1 project (named "app" like the original, so renderings match). */
async function project(): Promise<string> {
  const dir = join(await tempDir(), 'app');
  await fs.copy(lessonOne, dir);
  return dir;
}

const flashLogin = (dir: string, args: string[], env: Record<string, string> = {}) =>
  run(bins.flashLogin, [...args, '--dir', dir], { env });
const read = (dir: string, path: string) => fs.readFile(join(dir, path), 'utf8');

async function editFile(dir: string, path: string, find: string | RegExp, replace: string): Promise<void> {
  const before = await read(dir, path);
  const after = before.replace(find, replace);
  if (after === before) throw new Error(`edit of ${path} did not match ${String(find)}`);
  await fs.writeFile(join(dir, path), after);
}

/** Every file of the project as bytes, without git, virtualenvs and flash-login's own bookkeeping. */
async function snapshot(dir: string, skip = ['.git', '.venv', '.flash-login']): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (folder: string) => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(dir, path).split(sep).join('/');
      if (skip.includes(name)) continue;
      if (entry.isDirectory()) await walk(path);
      else files.set(name, await fs.readFile(path));
    }
  };
  await walk(dir);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

async function lessonOf(dir: string): Promise<number> {
  return (await fs.readJson(join(dir, '.flash-login', 'state.json'))).lesson;
}

/** Resolve every conflict region: both sides (lesson first) where the learner's side holds `keepBothIf`, else the lesson's side. */
function resolveConflicts(text: string, keepBothIf: string): string {
  return text.replace(/^<<<<<<< your code\n([\s\S]*?)^=======\n([\s\S]*?)^>>>>>>> lesson \d+\n/gm, (_, ours: string, theirs: string) =>
    ours.includes(keepBothIf) ? theirs + ours : theirs,
  );
}

describe('next-lesson', () => {
  it('walks a pristine project from lesson 1 to 5, each step equal to a fresh scaffold of that lesson', async () => {
    const dir = await project();
    for (let lesson = 2; lesson <= 5; lesson++) {
      const moved = await flashLogin(dir, ['next-lesson', '--no-verify', '--force']);
      expect(moved.exitCode, String(moved.stderr)).toBe(0);
      const fresh = join(await tempDir(), 'app');
      const created = await run(bins.create, [fresh, ...QUICK, '--lesson', String(lesson)]);
      expect(created.exitCode, String(created.stderr)).toBe(0);
      expect(await snapshot(dir), `lesson ${lesson}`).toEqual(await snapshot(fresh));
      const [walked, scaffolded] = [
        await fs.readJson(join(dir, '.flash-login/state.json')),
        await fs.readJson(join(fresh, '.flash-login/state.json')),
      ];
      expect(walked).toEqual(scaffolded);
    }
    const past = await flashLogin(dir, ['next-lesson', '--no-verify']);
    expect(past.exitCode).toBe(2);
    expect(String(past.stderr)).toMatch(/last one: there is no next lesson/);
  });

  it('walks all five lessons carrying learner edits: edits survive, conflicts are marked and block, verify is green', async () => {
    const dir = await project();
    const notes = 'my own notes\r\nwith CRLF line endings\r\n';
    await fs.writeFile(join(dir, 'notes.txt'), notes);
    await editFile(dir, 'README.md', /^(\| `flash-login verify` .*)$/m, '$1\n| `make run` | my own shortcut |');
    await editFile(dir, 'app.py', 'USERS = {"admin": "secret"}', 'USERS = {"admin": "secret", "alice": "wonderland"}');
    if (lessonHasChecks(1)) expect((await flashLogin(dir, ['verify', '--python', debianPython])).exitCode).toBe(0);

    for (let lesson = 2; lesson <= 5; lesson++) {
      const verifying = lessonHasChecks(lesson);
      // No --force: each lesson's verify passed (or it has no checks to pass), so next-lesson does not ask.
      const moved = await flashLogin(dir, ['next-lesson', '--python', debianPython, ...(verifying ? [] : ['--no-verify'])]);
      const output = String(moved.stdout) + String(moved.stderr);
      expect(await lessonOf(dir)).toBe(lesson);
      // Lesson 5 deletes USERS, which they edited. (The route they added at the end merges: every
      // app.py ends with its python app.py block, so no lesson changes the last lines.)
      const conflicted = lesson === 5;
      if (conflicted) {
        expect(moved.exitCode, output).toBe(1);
        expect(output).toMatch(/conflict +app\.py/);
        const blocked = await flashLogin(dir, ['verify', '--python', debianPython]);
        expect(blocked.exitCode).toBe(2);
        expect(String(blocked.stderr)).toMatch(/conflict markers remain in app\.py/);
        expect(String(blocked.stderr)).toMatch(/app\.py: line \d+/);
        expect((await flashLogin(dir, ['next-lesson', '--force', '--no-verify'])).exitCode).toBe(2);
        const app = await read(dir, 'app.py');
        expect(app).toContain(`>>>>>>> lesson ${lesson}`);
        expect(app).toContain(lesson === 4 ? 'def about():' : '"alice": "wonderland"');
        await fs.writeFile(join(dir, 'app.py'), resolveConflicts(app, 'def about():'));
        if (verifying) {
          const verified = await flashLogin(dir, ['verify', '--python', debianPython]);
          expect(verified.exitCode, String(verified.stdout)).toBe(0);
        }
      } else {
        expect(moved.exitCode, output).toBe(0);
        if (verifying) expect(output).toMatch(/All \d+ checks passed/);
      }
      expect(output).toContain(`Lesson ${lesson}:`);
      expect(await read(dir, 'notes.txt')).toBe(notes);
      expect(await read(dir, 'README.md')).toContain('| `make run` | my own shortcut |');
      expect(await read(dir, 'README.md')).toContain(`# Lesson ${lesson}`);
      if (lesson < 5) expect(await read(dir, 'app.py')).toContain('"alice": "wonderland"');
      if (lesson === 2) await fs.appendFile(join(dir, 'app.py'), '\n\n@app.route("/about")\ndef about():\n    return "About this app"\n');
      if (lesson >= 3) expect(await read(dir, 'app.py')).toContain('def about():');
    }
  });

  it('--dry-run prints the coloured diff and the summary, and writes nothing', async () => {
    const dir = await project();
    await editFile(dir, 'app.py', 'USERS = {"admin": "secret"}', 'USERS = {"admin": "pw"}');
    const before = await snapshot(dir, ['.git']);
    const dry = await run(bins.flashLogin, ['next-lesson', '--dry-run', '--dir', dir], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(dry.exitCode, String(dry.stderr)).toBe(0);
    const out = String(dry.stdout);
    expect(out).toMatch(/\x1b\[32m\+\s+session\["username"\] = username/); // green additions
    expect(out).toContain('--- a/app.py');
    expect(out).toMatch(/merged\s.*app\.py/);
    expect(out).toMatch(/Nothing was written/);
    expect(await snapshot(dir, ['.git'])).toEqual(before);
  });

  it('diff [N] previews a lesson onto your files without writing', async () => {
    const dir = await project();
    const before = await snapshot(dir, ['.git']);
    const next = await flashLogin(dir, ['diff']);
    expect(next.exitCode).toBe(0);
    expect(String(next.stdout)).toContain('+@app.route("/logout")');
    const later = await flashLogin(dir, ['diff', '3']);
    expect(later.exitCode).toBe(0);
    expect(String(later.stdout)).toMatch(/You are on lesson 1; this shows what lesson 3 changes \(2 → 3\)/);
    expect(String(later.stdout)).toContain('+++ b/templates/base.html');
    for (const bad of ['1', '6', 'two']) expect((await flashLogin(dir, ['diff', bad])).exitCode, bad).toBe(2);
    expect(await snapshot(dir, ['.git'])).toEqual(before);
  });

  it('without a terminal, an unpassed lesson needs --force', async () => {
    const dir = await project();
    const refused = await flashLogin(dir, ['next-lesson', '--no-verify']);
    expect(refused.exitCode).toBe(2);
    expect(String(refused.stderr)).toMatch(/has not passed `flash-login verify` yet.*--force/);
    expect(await lessonOf(dir)).toBe(1);
  });

  it('a file the learner deleted is reported and not recreated; the lesson still moves on', async () => {
    const dir = await project();
    await fs.remove(join(dir, 'templates', 'index.html'));
    const moved = await flashLogin(dir, ['next-lesson', '--no-verify', '--force']);
    expect(moved.exitCode).toBe(0);
    expect(String(moved.stdout)).toMatch(/missing +templates\/index\.html +you deleted templates\/index\.html/);
    expect(await fs.pathExists(join(dir, 'templates', 'index.html'))).toBe(false);
  });

  it('commits and tags each lesson in the scaffolded git repository with no git identity, but not a conflicted one', async () => {
    const home = await tempDir();
    const env = { ...NO_GIT_IDENTITY, HOME: home };
    const dir = join(await tempDir(), 'app');
    const created = await run(bins.create, [dir, '--yes', '--no-install', '--git', '--mode', 'guided', '--python', debianPython], { env });
    expect(created.exitCode, String(created.stderr)).toBe(0);
    const moved = await flashLogin(dir, ['next-lesson', '--no-verify', '--force'], env);
    expect(moved.exitCode, String(moved.stderr)).toBe(0);
    const git = (args: string[]) => execa('git', args, { cwd: dir, env, reject: false });
    // --force past an unverified lesson 1: no lesson-1 (that tag names only code verify passed).
    expect((await git(['tag', '--list'])).stdout.split('\n')).toEqual(['lesson-1-start', 'lesson-2-start']);
    expect((await git(['diff', '--name-only', 'lesson-1-start', 'lesson-2-start'])).stdout.split('\n')).toEqual([
      'README.md',
      'app.py',
      'templates/index.html',
    ]);
    expect((await git(['status', '--porcelain'])).stdout).toBe('');

    await editFile(dir, 'app.py', 'from flask import Flask, redirect', 'from flask import Flask, abort, redirect');
    const conflicted = await flashLogin(dir, ['next-lesson', '--no-verify', '--force'], env);
    expect(conflicted.exitCode).toBe(1);
    expect((await git(['tag', '--list'])).stdout.split('\n')).toEqual(['lesson-1-start', 'lesson-2-start']);
  });
});

describe('goto and reset', () => {
  it('goto moves forward in one step to what a fresh scaffold has, and back keeping an edit', async () => {
    const dir = await project();
    const forward = await flashLogin(dir, ['goto', '4', '--no-verify']);
    expect(forward.exitCode, String(forward.stderr)).toBe(0);
    const fresh = join(await tempDir(), 'app');
    expect((await run(bins.create, [fresh, ...QUICK, '--lesson', '4'])).exitCode).toBe(0);
    expect(await snapshot(dir)).toEqual(await snapshot(fresh));

    await editFile(dir, 'templates/profile.html', '<h1>Profile</h1>', '<h1>Your profile</h1>');
    await editFile(dir, 'app.py', '# One user, kept in code for now.', '# Just one user.');
    const back = await flashLogin(dir, ['goto', '2', '--no-verify']);
    expect(back.exitCode, String(back.stdout)).toBe(0);
    expect(await lessonOf(dir)).toBe(2);
    expect(String(back.stdout)).toMatch(/kept +templates\/profile\.html/);
    expect(await read(dir, 'templates/profile.html')).toContain('Your profile'); // lesson 2 has no profile page, but it was edited
    expect(await fs.pathExists(join(dir, 'templates', 'base.html'))).toBe(false); // unedited, and lesson 2 has none
    expect(await read(dir, 'app.py')).toContain('# Just one user.');
    expect(await read(dir, 'app.py')).not.toContain('login_required');

    expect((await flashLogin(dir, ['goto', '2'])).stdout).toMatch(/already/);
    expect((await flashLogin(dir, ['goto', '9'])).exitCode).toBe(2);
  });

  it('reset FILE puts back the reference version, and undo brings the learner copy back', async () => {
    const dir = await project();
    await editFile(dir, 'app.py', 'USERS = {"admin": "secret"}', 'USERS = {}');
    const edited = await read(dir, 'app.py');
    const reset = await run(bins.flashLogin, ['reset', 'app.py'], { cwd: dir });
    expect(reset.exitCode, String(reset.stderr)).toBe(0);
    expect(String(reset.stdout)).toMatch(/Reset app\.py to lesson 1's version/);
    expect(await read(dir, 'app.py')).toBe(await read(lessonOne, 'app.py'));
    expect((await flashLogin(dir, ['reset', 'app.py'])).stdout).toMatch(/already matches/);
    expect((await flashLogin(dir, ['reset', 'nope.py'])).exitCode).toBe(2);

    const undone = await flashLogin(dir, ['undo']);
    expect(undone.exitCode, String(undone.stderr)).toBe(0);
    expect(await read(dir, 'app.py')).toBe(edited);
  });

  it('reset with no FILE restores every lesson file, including one the learner deleted, and is the way out of conflicts', async () => {
    const dir = await project();
    await editFile(dir, 'app.py', 'return render_template("index.html")', 'return render_template("index.html", title="Home")');
    await fs.remove(join(dir, 'templates', 'login.html'));
    expect((await flashLogin(dir, ['next-lesson', '--no-verify', '--force'])).exitCode).toBe(1);
    const reset = await flashLogin(dir, ['reset']);
    expect(reset.exitCode, String(reset.stderr)).toBe(0);
    const fresh = join(await tempDir(), 'app');
    expect((await run(bins.create, [fresh, ...QUICK, '--lesson', '2'])).exitCode).toBe(0);
    expect(await snapshot(dir)).toEqual(await snapshot(fresh));
  });
});

describe('speed', () => {
  it('next-lesson --no-verify never runs Python', async () => {
    const dir = await project();
    const marker = join(dir, '..', 'python-ran');
    const fakePython = join(dir, '..', 'fake-python');
    await fs.writeFile(fakePython, `#!/bin/sh\ntouch '${marker}'\nexec ${debianPython} "$@"\n`, { mode: 0o755 });
    const statePath = join(dir, '.flash-login', 'state.json');
    await fs.writeJson(statePath, { ...(await fs.readJson(statePath)), python: fakePython }, { spaces: 2 });
    const trace = await traceSpawns();
    const moved = await flashLogin(dir, ['next-lesson', '--no-verify', '--force'], trace.env);
    expect(moved.exitCode, String(moved.stderr)).toBe(0);
    expect(await fs.pathExists(marker)).toBe(false);
    // Not the state's Python, and no other one either (by PATH or by /usr/bin/python3).
    const started = await trace.started();
    expect(pythonsIn(started)).toEqual([]);
    // The positive control: the same trace sees the Python that verify starts.
    const verified = await flashLogin(dir, ['verify'], trace.env);
    expect(verified.exitCode, String(verified.stdout)).not.toBe(2);
    expect(pythonsIn(await trace.started())).toContain(fakePython);
  });
});
