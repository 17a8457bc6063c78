// create-flash-login, run for real: the CLI with execa, Python and git included.

import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { describe, expect, it } from 'vitest';
import { create } from '../src/create/index.js';
import { Cancelled } from '../src/shared/errors.js';
import type { Ask } from '../src/terminal/prompt.js';
import { bins, debianPython, OFFLINE_PIP_ENV, run, tempDir } from './helpers.js';
import { pythonsIn, traceSpawns } from './spawn-trace.js';

// These tests expect finished lessons, so guided mode (practice, the default, is test/practice.test.ts's).
const QUICK = ['--yes', '--no-install', '--no-git', '--mode', 'guided', '--python', debianPython];

async function state(dir: string) {
  return fs.readJson(join(dir, '.flash-login', 'state.json'));
}

describe('create-flash-login', () => {
  it('scaffolds lesson 1 into an absolute path with spaces, and verify passes on it', async () => {
    const target = join(await tempDir(), 'my flash app');
    const created = await run(bins.create, [target, ...QUICK]);
    expect(created.exitCode, String(created.stderr)).toBe(0);
    for (const file of ['app.py', 'requirements.txt', '.gitignore', 'README.md', 'templates/login.html', 'templates/index.html'])
      expect(await fs.pathExists(join(target, file)), file).toBe(true);
    expect(await state(target)).toMatchObject({ version: 1, lesson: 1, answers: { projectName: 'my flash app' }, python: debianPython });
    expect(await fs.readFile(join(target, 'README.md'), 'utf8')).toContain('# Lesson 1');
    // The closing lines, run as printed (after their cd): they work with flash-login on no PATH.
    const verifyLine = /^\s+(.*flash-login(?:\.js)? verify)\s+check your app$/m.exec(String(created.stdout))?.[1];
    expect(verifyLine, String(created.stdout)).toBeDefined();
    const verified = await execa('sh', ['-c', verifyLine!], {
      cwd: target,
      reject: false,
      env: { NO_COLOR: '1', PATH: '/usr/local/bin:/usr/bin:/bin' },
    });
    expect(verified.exitCode, String(verified.stdout)).toBe(0);
    expect(String(verified.stdout)).toContain('All 4 checks passed');
  });

  it('takes a relative folder from the current directory', async () => {
    const cwd = await tempDir();
    const created = await run(bins.create, ['nested/app', ...QUICK], { cwd });
    expect(created.exitCode).toBe(0);
    expect(await fs.pathExists(join(cwd, 'nested', 'app', 'app.py'))).toBe(true);
  });

  it('uses the default folder name and never waits for input when there is no terminal', async () => {
    const cwd = await tempDir();
    const created = await run(bins.create, ['--no-install', '--no-git', '--mode', 'guided', '--python', debianPython], {
      cwd,
      timeout: 60_000,
    });
    expect(created.exitCode, String(created.stderr)).toBe(0);
    expect(await fs.pathExists(join(cwd, 'flash-login-app', 'app.py'))).toBe(true);
  });

  it('refuses a folder that is not empty, naming --force, and writes into it with --force', async () => {
    const target = await tempDir();
    await fs.writeFile(join(target, 'notes.txt'), 'mine');
    const refused = await run(bins.create, [target, ...QUICK]);
    expect(refused.exitCode).toBe(2);
    expect(String(refused.stderr)).toMatch(/not empty.*--force/);
    expect(String(refused.stderr)).not.toMatch(/\n\s+at /); // no stack trace
    expect(await fs.pathExists(join(target, 'app.py'))).toBe(false);
    const forced = await run(bins.create, [target, ...QUICK, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(await fs.readFile(join(target, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await fs.pathExists(join(target, 'app.py'))).toBe(true);
  });

  it('falls back, saying so, to a Python that has the requirements when pip reaches no index', async () => {
    const target = join(await tempDir(), 'offline');
    const created = await run(bins.create, [target, '--yes', '--no-git', '--mode', 'guided'], { env: OFFLINE_PIP_ENV, timeout: 180_000 });
    expect(created.exitCode, String(created.stderr)).toBe(0);
    expect(String(created.stdout)).toMatch(/pip could not install the requirements/);
    expect(String(created.stdout)).toMatch(/Using .*python3.* which already has every requirement/);
    expect(await fs.pathExists(join(target, '.venv'))).toBe(false); // the broken venv is not left behind
    const python = (await state(target)).python as string;
    const verified = await run(bins.flashLogin, ['verify', '--dir', target]);
    expect(verified.exitCode, `${python}: ${String(verified.stdout)}`).toBe(0);
  });

  it('commits and tags lesson-1-start on a machine with no git identity', async () => {
    const home = await tempDir();
    const target = join(await tempDir(), 'with-git');
    const env = { HOME: home, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
    const created = await run(bins.create, [target, '--yes', '--no-install', '--git', '--mode', 'guided', '--python', debianPython], {
      env,
    });
    expect(created.exitCode, String(created.stderr)).toBe(0);
    const { execa } = await import('execa');
    const tags = await execa('git', ['tag'], { cwd: target, env });
    expect(tags.stdout.trim()).toBe('lesson-1-start');
    const status = await execa('git', ['status', '--porcelain'], { cwd: target, env });
    expect(status.stdout.trim()).toBe(''); // .flash-login/ is ignored, everything else committed
  });

  it('--no-install starts no Python: the next steps begin with the install, and verify later finds a ready Python', async () => {
    // A python3 and python first on PATH that leave a mark when started.
    const bin = await tempDir();
    const marks = join(bin, 'started');
    for (const name of ['python3', 'python'])
      await fs.writeFile(join(bin, name), `#!/bin/sh\necho "$0" >> '${marks}'\nexit 1\n`, { mode: 0o755 });
    // And every program it spawns, by any path: the product also tries /usr/bin/python3 directly.
    const trace = await traceSpawns();
    const target = join(await tempDir(), 'files-only');
    const created = await run(bins.create, [target, '--yes', '--no-install', '--no-git', '--mode', 'guided'], {
      env: { PATH: `${bin}:${process.env.PATH}`, ...trace.env },
    });
    expect(created.exitCode, String(created.stderr)).toBe(0);
    expect(await fs.pathExists(marks)).toBe(false);
    expect(pythonsIn(await trace.started())).toEqual([]);
    const out = String(created.stdout);
    expect(out).toContain('Skipped the virtual environment and pip (--no-install)');
    expect(out).toContain('Lesson 1 is written. Next:');
    expect(out).not.toContain('is ready');
    expect(out).toMatch(/cd .*\n\s+python3 -m venv \.venv && \.venv\/bin\/pip install -r requirements\.txt\s+install the requirements\n/);
    const saved = await state(target);
    expect(saved).toEqual({ version: 1, lesson: 1, answers: { projectName: 'files-only' }, mode: 'guided', lessonMode: 'guided' });
    // No Python recorded: verify takes .venv, else a Python that has the requirements (Debian's here).
    const verified = await run(bins.flashLogin, ['verify', '--dir', target], { env: trace.env });
    expect(verified.exitCode, String(verified.stdout) + String(verified.stderr)).toBe(0);
    // The positive control: the same trace does see a Python once one is started.
    expect(pythonsIn(await trace.started()).length).toBeGreaterThan(0);
  });

  it('writes, from its precompiled templates, exactly what the sources compile to, at every lesson', async () => {
    const { renderLesson } = await import('../src/course/render.js');
    const parent = await tempDir();
    for (let lesson = 1; lesson <= 5; lesson++) {
      const target = join(parent, `app ${lesson}`);
      const created = await run(bins.create, [target, '--yes', '--no-install', '--no-git', '--mode', 'guided', '--lesson', String(lesson)]);
      expect(created.exitCode, String(created.stderr)).toBe(0);
      const expected = await renderLesson(lesson, { projectName: `app ${lesson}` });
      for (const [name, content] of expected)
        expect(await fs.readFile(join(target, name), 'utf8'), `lesson ${lesson}: ${name}`).toBe(content.toString('utf8'));
    }
  });

  it('makes no repository inside another one, and says so', async () => {
    const outer = await tempDir();
    const { execa } = await import('execa');
    await execa('git', ['init', '-q'], { cwd: outer });
    const created = await run(bins.create, [
      join(outer, 'nested', 'app'),
      '--yes',
      '--no-install',
      '--mode',
      'guided',
      '--python',
      debianPython,
    ]);
    expect(created.exitCode, String(created.stderr)).toBe(0);
    expect(String(created.stdout)).toContain('The folder is already inside a git repository, so no new one was made.');
    expect(await fs.pathExists(join(outer, 'nested', 'app', '.git'))).toBe(false);
  });

  it('says what is wrong in one line, exit 2, for a Python that does not exist', async () => {
    const target = join(await tempDir(), 'no-python');
    const created = await run(bins.create, [target, '--yes', '--no-git', '--mode', 'guided', '--python', '/nonexistent/python3']);
    expect(created.exitCode).toBe(2);
    expect(String(created.stderr)).toMatch(/cannot run Python at \/nonexistent\/python3/);
    expect(String(created.stdout)).not.toMatch(/is ready/);
  });

  it('rejects an unknown flag and a bad lesson with exit 2', async () => {
    expect((await run(bins.create, ['x', '--colour'])).exitCode).toBe(2);
    const bad = await run(bins.create, [join(await tempDir(), 'x'), '--lesson', '9', ...QUICK]);
    expect(bad.exitCode).toBe(2);
    expect(String(bad.stderr)).toMatch(/--lesson takes a lesson number from 1 to 5/);
  });

  it('starts at a later lesson with --lesson, and that lesson verifies', async () => {
    const target = join(await tempDir(), 'lesson-3');
    expect((await run(bins.create, [target, ...QUICK, '--lesson', '3'])).exitCode).toBe(0);
    expect((await state(target)).lesson).toBe(3);
    const verified = await run(bins.flashLogin, ['verify', '--dir', target]);
    expect(verified.exitCode, String(verified.stdout)).toBe(0);
  });
});

describe('create-flash-login questions (prompts injected)', () => {
  const quietIO = (cwd: string, ask: Ask) => ({ cwd, interactive: true, ask, log: () => {} });

  it('asks for the folder, the language, the mode, the venv and git, and uses the answers', async () => {
    const cwd = await tempDir();
    const asked: string[] = [];
    const answers: Record<string, unknown> = { folder: 'asked app', lang: 'en', mode: 'guided', install: false, git: false };
    const ask: Ask = async (question) => {
      asked.push(String(question.name));
      return answers[String(question.name)] as never;
    };
    const code = await create(undefined, { python: debianPython }, quietIO(cwd, ask));
    expect(code).toBe(0);
    expect(asked).toEqual(['folder', 'lang', 'mode', 'install', 'git']);
    expect(await fs.pathExists(join(cwd, 'asked app', 'app.py'))).toBe(true);
    expect(await fs.pathExists(join(cwd, 'asked app', '.git'))).toBe(false);
  });

  it('asks nothing that a flag answered', async () => {
    const cwd = await tempDir();
    const ask: Ask = async (question) => {
      throw new Error(`asked ${String(question.name)}`);
    };
    expect(await create('flags', { install: false, git: false, mode: 'guided', lang: 'en', python: debianPython }, quietIO(cwd, ask))).toBe(
      0,
    );
  });

  it('Ctrl-C at a question leaves nothing behind', async () => {
    const cwd = await tempDir();
    const ask: Ask = async (question) => {
      if (question.name === 'install') throw new Cancelled();
      const answers: Record<string, unknown> = { folder: 'cancelled-app', lang: 'en', mode: 'practice' };
      return answers[String(question.name)] as never;
    };
    await expect(create(undefined, { python: debianPython }, quietIO(cwd, ask))).rejects.toBeInstanceOf(Cancelled);
    expect(await fs.readdir(cwd)).toEqual([]);
  });

  it('asks before writing into a folder that is not empty, and stops on no', async () => {
    const cwd = await tempDir();
    await fs.outputFile(join(cwd, 'full', 'mine.txt'), 'x');
    const ask: Ask = async (question) => (question.name !== 'overwrite') as never;
    await expect(create('full', { python: debianPython }, quietIO(cwd, ask))).rejects.toMatchObject({
      constructor: Cancelled,
      exitCode: 1,
    });
    expect(await fs.readdir(join(cwd, 'full'))).toEqual(['mine.txt']);
  });
});
