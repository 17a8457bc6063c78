// The learner's toolbelt, run as the learner runs it: status, lessons and show, and what
// every command shares (help with examples, --version, suggestions, colour, one-line errors).

import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { bins, root, run } from './helpers.js';
import { ANSI, emptyDir, makeProject, onTerminal, PLAIN_ENV, removeMadeFolders, stripAnsi, verified } from './toolbelt-helpers.js';

const COMMANDS = ['verify', 'status', 'lessons', 'show', 'hint', 'run', 'doctor'];
const stdout = (result: { stdout?: unknown }) => String(result.stdout);
const stderr = (result: { stderr?: unknown }) => String(result.stderr);

afterAll(removeMadeFolders);

describe('every command', () => {
  it.each(COMMANDS)('%s --help describes it and shows an example', async (command) => {
    const result = await run(bins.flashLogin, [command, '--help']);
    expect(result.exitCode).toBe(0);
    expect(stdout(result)).toContain(`Usage: flash-login ${command}`);
    expect(stdout(result)).toMatch(new RegExp(`Examples:\\n  \\$ flash-login ${command}`));
  });

  it('--version prints the version', async () => {
    const result = await run(bins.flashLogin, ['--version']);
    expect(result.exitCode).toBe(0);
    expect(stdout(result).trim()).toBe((await fs.readJson(join(root, 'package.json'))).version);
  });

  it.each([
    ['lesons', 'lessons'],
    ['stauts', 'status'],
    ['doctr', 'doctor'],
    ['hnt', 'hint'],
  ])('an unknown command "%s" suggests "%s" and exits 2', async (typed, meant) => {
    const result = await run(bins.flashLogin, [typed]);
    expect(result.exitCode).toBe(2);
    expect(stderr(result)).toContain(`unknown command '${typed}'`);
    expect(stderr(result)).toContain(`Did you mean ${meant}?`);
  });

  it.each([['status'], ['hint'], ['run'], ['doctor'], ['verify', '--watch']])(
    '%s %s outside a project says how to start one, in one line, exit 2',
    async (...args) => {
      const result = await run(bins.flashLogin, args.filter(Boolean), { cwd: await emptyDir() });
      expect(result.exitCode).toBe(2);
      expect(stderr(result)).toMatch(/has no app\.py.*`[^`]*\/bin\/create-flash-login\.js my-app`/); // runnable from here: not published yet
      expect(stderr(result).trim().split('\n')).toHaveLength(1);
      expect(stdout(result)).toBe('');
    },
  );

  it('a broken state file is one line without --debug, and a stack trace with it', async () => {
    const dir = await makeProject(1);
    await fs.writeFile(join(dir, '.flash-login', 'state.json'), '{"version": 1, "lesson": 9}');
    const plain = await run(bins.flashLogin, ['status', '--dir', dir]);
    expect(plain.exitCode).toBe(2);
    expect(stderr(plain).trim()).toBe(
      'flash-login: .flash-login/state.json names no lesson from 1 to 5: fix or delete .flash-login/state.json (`flash-login doctor` explains what is wrong).',
    );
    const debug = await run(bins.flashLogin, ['--debug', 'status', '--dir', dir]);
    expect(debug.exitCode).toBe(2);
    expect(stderr(debug)).toMatch(/\n\s+at readState /);
  });

  it('a bad argument is one line and exit 2', async () => {
    for (const args of [
      ['show', '9'],
      ['hint', 'one'],
      ['run', '--port', 'http'],
    ]) {
      const result = await run(bins.flashLogin, [...args, '--dir', await makeProject(1)]);
      expect(result.exitCode, args.join(' ')).toBe(2);
      expect(stderr(result).trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('a current folder deleted under the shell is one clear line and exit 2, for both commands', async () => {
    for (const [bin, expected] of [
      [bins.flashLogin, 'flash-login: the current folder no longer exists: `cd` into your project again (or pass --dir PATH).'],
      [bins.create, 'create-flash-login: the current folder no longer exists: `cd` into a folder that exists and run it again.'],
    ] as const) {
      // The shell's cd happens first; then the folder goes, as when a learner deletes it from another terminal.
      const result = await execa('sh', ['-c', `cd "$0" && rmdir "$0" && exec "$1" "$2" status`, await emptyDir(), process.execPath, bin], {
        reject: false,
        env: PLAIN_ENV,
      });
      expect(result.exitCode, String(result.stderr)).toBe(2);
      expect(String(result.stderr).trim()).toBe(expected);
    }
  });
});

describe('colour follows kleur: a TTY, FORCE_COLOR, never NO_COLOR', () => {
  it('is off when the output is not a terminal', async () => {
    const result = await run(bins.flashLogin, ['lessons'], { env: PLAIN_ENV });
    expect(stdout(result)).toContain('A basic login form');
    expect(stdout(result)).not.toMatch(ANSI);
  });

  it('is on with FORCE_COLOR=1 off a terminal', async () => {
    const result = await run(bins.flashLogin, ['lessons'], { env: { ...PLAIN_ENV, FORCE_COLOR: '1' } });
    expect(stdout(result)).toMatch(ANSI);
  });

  it('stays off with FORCE_COLOR=0 off a terminal', async () => {
    const result = await run(bins.flashLogin, ['lessons'], { env: { ...PLAIN_ENV, FORCE_COLOR: '0' } });
    expect(stdout(result)).not.toMatch(ANSI);
  });

  it('is on on a terminal', async () => {
    const result = await onTerminal(['lessons']);
    expect(stdout(result)).toMatch(ANSI);
    expect(result.exitCode).toBe(0);
  });

  it('is off with NO_COLOR, even on a terminal and with FORCE_COLOR', async () => {
    const result = await onTerminal(['lessons'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(stripAnsi(stdout(result))).toContain('A basic login form');
    expect(stdout(result)).not.toMatch(ANSI);
  });
});

describe('flash-login status', () => {
  const status = async (dir: string) => {
    const result = await run(bins.flashLogin, ['status', '--dir', dir]);
    expect(result.exitCode, stderr(result)).toBe(0);
    return stdout(result);
  };

  it('before any verify: the lesson, nothing verified, no conflicts, next verify', async () => {
    const out = await status(await makeProject(1));
    expect(out).toContain('my-app · lesson 1 of 5: A basic login form');
    expect(out).toMatch(/last verify\s+not run for lesson 1 yet/);
    expect(out).toMatch(/conflicts\s+none/);
    expect(out).toMatch(/next\s+flash-login verify\s+checks your app against lesson 1/);
  });

  it('after a failed verify: the failed checks, next a hint', async () => {
    const out = await status(await makeProject(2, { lastVerify: verified(2, 'fail', ['2.3', '2.5']) }));
    expect(out).toContain('lesson 2 of 5: Sessions');
    expect(out).toMatch(/last verify\s+2 checks failed: 2\.3, 2\.5 \(just now\)/);
    expect(out).toMatch(/next\s+flash-login hint\s+explains 2\.3/);
  });

  it('after a passed verify: next-lesson with the next title', async () => {
    const out = await status(await makeProject(3, { lastVerify: verified(3, 'pass') }));
    expect(out).toMatch(/last verify\s+passed/);
    expect(out).toMatch(/next\s+flash-login next-lesson\s+brings in lesson 4: A login_required guard/);
  });

  it('after the last lesson passed: run the app', async () => {
    const out = await status(await makeProject(5, { lastVerify: verified(5, 'pass') }));
    expect(out).toMatch(/next\s+flash-login run\s+you finished every lesson/);
  });

  it('an app that did not start: run it to see why', async () => {
    const out = await status(await makeProject(1, { lastVerify: verified(1, 'error') }));
    expect(out).toMatch(/last verify\s+your app did not start/);
    expect(out).toMatch(/next\s+flash-login run/);
  });

  it('a verify of an earlier lesson does not count for this one', async () => {
    const out = await status(await makeProject(2, { lastVerify: verified(1, 'pass') }));
    expect(out).toMatch(/not run for lesson 2 yet \(the last one was of lesson 1\)/);
    expect(out).toMatch(/next\s+flash-login verify/);
  });

  it('files changed since the last verify: verify again', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'pass') });
    await fs.appendFile(join(dir, 'app.py'), '\n# changed\n');
    const out = await status(dir);
    expect(out).toMatch(/changed since\s+app\.py/);
    expect(out).toMatch(/next\s+flash-login verify\s+your files changed since the last verify/);
  });

  it('conflict markers come first, and .venv, .git and instance are not scanned', async () => {
    const dir = await makeProject(2, { lastVerify: verified(2, 'pass') });
    const conflicted = '<<<<<<< yours\n    return "mine"\n=======\n    return "lesson 2"\n>>>>>>> lesson 2\n';
    await fs.appendFile(join(dir, 'templates', 'index.html'), conflicted);
    for (const ignored of ['.venv/lib/x.py', '.git/MERGE_MSG', 'instance/notes.txt', 'node_modules/a/b.js'])
      await fs.outputFile(join(dir, ignored), conflicted);
    const out = await status(dir);
    expect(out).toMatch(/conflicts\s+templates\/index\.html line \d+/);
    expect(out).not.toMatch(/\.venv|MERGE_MSG|notes\.txt|node_modules/);
    expect(out).toMatch(/next\s+edit templates\/index\.html\s+resolve its conflict markers/);
  });

  it('a hand-written app.py with no state file', async () => {
    const out = await status(await makeProject(1, null));
    expect(out).toContain('no .flash-login/state.json, so no lesson is recorded');
    expect(out).toMatch(/next\s+flash-login verify\s+checks your app against lesson 1/);
  });

  it('runs in the current folder, and is bold and coloured on a terminal', async () => {
    const dir = await makeProject(1, { lastVerify: verified(1, 'fail', ['1.2']) });
    const result = await onTerminal(['status'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(stdout(result)).toContain('\x1b[1m'); // bold
    expect(stripAnsi(stdout(result))).toMatch(/1 check failed: 1\.2/);
  });
});

describe('flash-login lessons', () => {
  const lessons = async (dir: string) => {
    const result = await run(bins.flashLogin, ['lessons'], { cwd: dir });
    expect(result.exitCode, stderr(result)).toBe(0);
    return stdout(result).split('\n');
  };

  it('marks earlier lessons done, the current one →, later ones ·', async () => {
    const lines = await lessons(await makeProject(3, { lastVerify: verified(3, 'fail', ['3.2']) }));
    expect(lines[0]).toMatch(/^ {2}✓ 1 {2}A basic login form/);
    expect(lines[1]).toMatch(/^ {2}✓ 2 {2}Sessions/);
    expect(lines[2]).toMatch(/^ {2}→ 3 {2}Flash messages\s+you are here · failed 3\.2$/);
    expect(lines[3]).toMatch(/^ {2}· 4 {2}A login_required guard$/);
    expect(lines[4]).toMatch(/^ {2}· 5 {2}A user model$/);
  });

  it('marks the current lesson done once its last verify passed', async () => {
    const lines = await lessons(await makeProject(2, { lastVerify: verified(2, 'pass') }));
    expect(lines[1]).toMatch(/^ {2}✓ 2 {2}Sessions\s+you are here · passed$/);
    expect(lines[2]).toMatch(/^ {2}· 3/);
  });

  it('lists the lessons outside a project too, and says how to start one', async () => {
    const lines = await lessons(await emptyDir());
    expect(lines.slice(0, 5).every((line) => line.startsWith('  · '))).toBe(true);
    expect(lines.join('\n')).toMatch(/Not in a project: start one with `[^`]*\/bin\/create-flash-login\.js my-app`\./);
  });

  it('draws its marks in colour on a terminal', async () => {
    const dir = await makeProject(2);
    const result = await onTerminal(['lessons'], { cwd: dir });
    expect(stdout(result)).toContain('\x1b[32m✓'); // green
    expect(stripAnsi(stdout(result))).toMatch(/→ 2 {2}Sessions\s+you are here · not verified yet/);
  });
});

describe('flash-login show', () => {
  const lessonMarkdown = (folder: string) => fs.readFile(join(root, 'lessons', folder, 'lesson.md'), 'utf8');
  /** The body of the first ```text block: the request flow diagram. */
  const diagramOf = (markdown: string) => /```text\n([\s\S]*?)\n```/.exec(markdown)![1]!.split('\n');

  it('prints the lesson named, the flow diagram indented with its whitespace kept, and no hints', async () => {
    const result = await run(bins.flashLogin, ['show', '2'], { env: PLAIN_ENV });
    expect(result.exitCode).toBe(0);
    const out = stdout(result);
    expect(out).toMatch(/^# Lesson 2: Sessions\n/);
    expect(out).not.toMatch(ANSI);
    expect(out).not.toContain('```');
    const lines = out.split('\n');
    for (const line of diagramOf(await lessonMarkdown('2-sessions'))) expect(lines).toContain(line === '' ? '' : `    ${line}`);
    expect(out).toContain('## Hints\n\n`flash-login hint` reveals them one at a time');
    expect(out).not.toContain('### 2.1');
    expect(out).toContain('## Common mistakes');
  });

  it('--hints includes them', async () => {
    const result = await run(bins.flashLogin, ['show', '1', '--hints']);
    expect(stdout(result)).toContain('### 1.1');
    expect(stdout(result)).toContain('USERS.get(username) == password');
  });

  it('shows the current lesson of the project by default', async () => {
    const result = await run(bins.flashLogin, ['show'], { cwd: await makeProject(4) });
    expect(stdout(result)).toMatch(/^# Lesson 4: A login_required guard/);
  });

  it('keeps code in list items under their item, exactly', async () => {
    const result = await run(bins.flashLogin, ['show', '1']);
    expect(stdout(result)).toContain("   so you won't need to install anything again.\n\n       python3 -m venv .venv\n");
  });

  it('on a terminal: bold headings without #, coloured code, the diagram still exact', async () => {
    const result = await onTerminal(['show', '1']);
    const out = stdout(result);
    expect(result.exitCode).toBe(0);
    expect(out).toContain('\x1b[1m\x1b[4mLesson 1: A basic login form'); // bold, underlined
    expect(out).toContain('\x1b[1mThe request flow\x1b[22m');
    expect(out).toContain('\x1b[36m/login\x1b[39m'); // inline code
    const plain = stripAnsi(out).split('\n');
    expect(plain).not.toContain('## The request flow');
    for (const line of diagramOf(await lessonMarkdown('1-login-form'))) expect(plain).toContain(line === '' ? '' : `    ${line}`);
  });
});
