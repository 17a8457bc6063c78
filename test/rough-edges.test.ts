// The rough edges a newcomer met in the first hour (issue 12), each run the way the newcomer met it.
// Every test here failed before its fix.

import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { renderLesson, writeRendered } from '../src/course/render.js';
import { firstFreePort } from '../src/runtime/ports.js';
import { bins, debianPython, root, run, tempDir } from './helpers.js';
import { binOnTerminal, ended, fakePython, makeProject, removeMadeFolders, stripAnsi } from './toolbelt-helpers.js';

const made: string[] = [];
async function scratch(): Promise<string> {
  const dir = await tempDir('flash-login-edges-');
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all([removeMadeFolders(), ...made.splice(0).map((dir) => fs.remove(dir))]));

const QUICK = ['--yes', '--no-install', '--no-git', '--mode', 'guided'];

/** Poll (never sleep a fixed time) until `done()` holds. */
async function waitFor(done: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a newcomer’s first hour', () => {
  it('1. at the folder question Ctrl-U and Ctrl-W edit the line as in a shell, and other control keys are not typed in', async () => {
    const cwd = await scratch();
    const child = binOnTerminal(bins.create, ['--no-install', '--no-git', '--mode', 'guided', '--lang', 'en'], { cwd });
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    await waitFor(() => seen.includes('Project folder'), 'the folder question');
    // "junk", Ctrl-U (the line goes), "my old", Ctrl-W (the word goes), Ctrl-B (refused), "app", Enter
    child.stdin?.write('junk\x15my old\x17\x02app\r');
    const result = await ended(child, () => seen);
    expect(result.exitCode, stripAnsi(seen)).toBe(0);
    expect(await fs.readdir(cwd)).toEqual(['my app']);
    expect(await fs.pathExists(join(cwd, 'my app', 'app.py'))).toBe(true);
  });

  it('2. `flash-login verify --help | head -1` prints the first line and no EPIPE stack trace', async () => {
    // The reader closes the pipe after one line, as head does; many help lines are still to come.
    for (let attempt = 0; attempt < 3; attempt++) {
      const piped = await execa('sh', ['-c', '"$0" "$1" verify --help | head -1', process.execPath, bins.flashLogin], {
        reject: false,
        env: { NO_COLOR: '1' },
      });
      expect(String(piped.stdout)).toBe('Usage: flash-login verify [options]');
      expect(String(piped.stderr)).toBe('');
    }
  });

  it('3. a --python that does not run leaves no folder behind, and the same command with a good Python then works', async () => {
    const cwd = await scratch();
    const bad = await run(bins.create, ['x', ...QUICK, '--python', '/nope'], { cwd });
    expect(bad.exitCode).toBe(2);
    expect(String(bad.stderr).trim()).toBe('create-flash-login: cannot run Python at /nope: pass --python with a working interpreter.');
    expect(await fs.pathExists(join(cwd, 'x'))).toBe(false);
    const good = await run(bins.create, ['x', ...QUICK, '--python', debianPython], { cwd });
    expect(good.exitCode, String(good.stderr)).toBe(0);
    expect(await fs.pathExists(join(cwd, 'x', 'app.py'))).toBe(true);
  });

  it('4. every command works from a subfolder of the project (templates/), as git does', async () => {
    const dir = await makeProject(2);
    const templates = join(dir, 'templates');
    const [status, lessons, verify, doctor, hint] = await Promise.all([
      run(bins.flashLogin, ['status'], { cwd: templates }),
      run(bins.flashLogin, ['lessons'], { cwd: templates }),
      run(bins.flashLogin, ['verify'], { cwd: templates }),
      run(bins.flashLogin, ['doctor'], { cwd: templates }),
      run(bins.flashLogin, ['hint', '2.1'], { cwd: templates }),
    ]);
    expect(status.exitCode, String(status.stderr)).toBe(0);
    expect(String(status.stdout)).toMatch(/lesson 2 of 5/);
    expect(String(lessons.stdout)).toMatch(/→ 2 /);
    expect(verify.exitCode, String(verify.stdout) + String(verify.stderr)).toBe(0);
    expect(String(verify.stdout)).toMatch(/checks passed/);
    expect(String(doctor.stdout)).toContain(`flash-login doctor · ${dir}\n`);
    expect(hint.exitCode, String(hint.stderr)).toBe(0);
    // --dir names a subfolder just as well; outside any project it is still refused
    expect((await run(bins.flashLogin, ['status', '--dir', templates])).exitCode).toBe(0);
    const outside = await run(bins.flashLogin, ['status'], { cwd: await scratch() });
    expect(outside.exitCode).toBe(2);
    expect(String(outside.stderr)).toMatch(/has no app\.py: run this in your project folder/);
  });

  it('5. status says a file changed since verify by its content: a touch is no change, an edit is', async () => {
    const dir = await makeProject(1);
    const verified = await run(bins.flashLogin, ['verify'], { cwd: dir });
    expect(verified.exitCode, String(verified.stdout)).toBe(0);
    const later = new Date(Date.now() + 3_600_000);
    await fs.utimes(join(dir, 'app.py'), later, later); // a touch, or a checkout of the same bytes
    const touched = String((await run(bins.flashLogin, ['status'], { cwd: dir })).stdout);
    expect(touched).not.toMatch(/changed since/);
    expect(touched).toMatch(/next\s+flash-login next-lesson/);
    await fs.appendFile(join(dir, 'templates', 'login.html'), '\n<!-- mine -->\n');
    await fs.remove(join(dir, 'templates', 'index.html'));
    const edited = String((await run(bins.flashLogin, ['status'], { cwd: dir })).stdout);
    expect(edited).toMatch(/changed since\s+templates\/index\.html, templates\/login\.html\n/);
    expect(edited).toMatch(/next\s+flash-login verify\s+your files changed since the last verify/);
  });

  it("6. once next-lesson's conflicts are resolved, verify commits and tags the lesson as a clean next-lesson does", async () => {
    const env = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', HOME: await scratch() }; // no git identity either
    const dir = join(await scratch(), 'app');
    // guided: each lesson arrives finished, so only the learner's own edit can conflict
    expect((await run(bins.create, [dir, '--yes', '--mode', 'guided', '--no-install', '--python', debianPython], { env })).exitCode).toBe(
      0,
    );
    const git = async (...args: string[]) => String((await execa('git', args, { cwd: dir, env })).stdout);
    expect((await run(bins.flashLogin, ['next-lesson', '--force'], { cwd: dir, env })).exitCode).toBe(0);
    const app = join(dir, 'app.py');
    await fs.writeFile(
      app,
      (await fs.readFile(app, 'utf8')).replace('from flask import Flask, redirect', 'from flask import Flask, abort, redirect'),
    );
    const conflicted = await run(bins.flashLogin, ['next-lesson', '--force'], { cwd: dir, env });
    expect(conflicted.exitCode).toBe(1);
    expect((await git('tag', '--list')).split('\n')).toEqual(['lesson-1-start', 'lesson-2-start']);
    // The learner keeps the lesson's side of each region and deletes the markers.
    const marked = await fs.readFile(app, 'utf8');
    const resolved = marked.replace(/<<<<<<< your code\n[\s\S]*?\n=======\n([\s\S]*?)>>>>>>> lesson 3\n/g, '$1');
    expect(resolved).not.toBe(marked);
    await fs.writeFile(app, resolved);
    const verified = await run(bins.flashLogin, ['verify'], { cwd: dir, env });
    expect(verified.exitCode, String(verified.stdout) + String(verified.stderr)).toBe(0);
    expect(String(verified.stdout)).toContain(
      'The start of lesson 3, with the conflicts you resolved, is committed and tagged lesson-3-start.',
    );
    expect((await git('tag', '--list')).split('\n')).toEqual(['lesson-1-start', 'lesson-2-start', 'lesson-3-start']);
    expect(await git('status', '--porcelain')).toBe('');
    expect((await git('diff', '--name-only', 'lesson-2-start', 'lesson-3-start')).split('\n')).toContain('app.py');
    // Said once: the next verify has nothing to commit.
    expect(String((await run(bins.flashLogin, ['verify'], { cwd: dir, env })).stdout)).not.toContain('committed');
  });

  it('8. `create-flash-login .` ends with no `cd .`; another folder still gets its cd, quoted when it must be', async () => {
    const here = await scratch();
    const inPlace = await run(bins.create, ['.', ...QUICK], { cwd: here });
    expect(inPlace.exitCode, String(inPlace.stderr)).toBe(0);
    expect(String(inPlace.stdout)).not.toMatch(/^\s*cd /m);
    expect(String(inPlace.stdout)).toMatch(/Next:\n\s+python3 -m venv/);
    const elsewhere = await run(bins.create, ["Ada's app", ...QUICK], { cwd: await scratch() });
    expect(String(elsewhere.stdout)).toMatch(/^\s+cd -- 'Ada'\\''s app'$/m);
  });

  it('9. FORCE_COLOR and NO_COLOR together: no colour and no Node warning', async () => {
    const result = await run(bins.flashLogin, ['lessons'], { cwd: await scratch(), env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(result.exitCode).toBe(0);
    expect(String(result.stderr)).toBe('');
    expect(String(result.stdout)).not.toMatch(/\x1b\[/);
  });

  it('10. doctor never re-makes (and so wipes) a .venv whose Python runs: it installs into it', async () => {
    const lacking = await fakePython({ inVenv: false, packages: { Flask: null } }); // a Python of its own, not a venv, not Debian's
    const fixFor = async (dir: string) => {
      const out = String((await run(bins.flashLogin, ['doctor', '--python', lacking], { cwd: dir })).stdout);
      return /✗ Flask does not import\n(?:.*\n)*? {6}fix: (.*)/.exec(out)?.[1];
    };
    const working = await makeProject(1);
    await fs.outputFile(join(working, '.venv', 'pyvenv.cfg'), 'home = /usr/bin\n');
    await fs.copy(await fakePython({}), join(working, '.venv', 'bin', 'python')); // a Python that runs
    const broken = await makeProject(1);
    await fs.outputFile(join(broken, '.venv', 'pyvenv.cfg'), 'home = /gone\n');
    await fs.ensureDir(join(broken, '.venv', 'bin'));
    await fs.symlink('/gone/python3', join(broken, '.venv', 'bin', 'python')); // its base Python was removed
    const none = await makeProject(1);
    const [keep, remake, make] = await Promise.all([fixFor(working), fixFor(broken), fixFor(none)]);
    expect(keep).toBe('.venv/bin/python -m pip install -r requirements.txt');
    expect(remake).toBe('python3 -m venv --clear .venv && .venv/bin/python -m pip install -r requirements.txt');
    expect(make).toBe('python3 -m venv .venv && .venv/bin/python -m pip install -r requirements.txt');
  });

  it('11. `flash-login run` on an app with a SyntaxError offers no URL: it says the app did not start, exit 2', async () => {
    const dir = await makeProject(1);
    await fs.appendFile(join(dir, 'app.py'), '\ndef broken(:\n');
    const port = String(await firstFreePort([]));
    const result = await run(bins.flashLogin, ['run', '--port', port, '--python', debianPython], { cwd: dir, timeout: 60_000 });
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).not.toMatch(/Your app runs at/);
    expect(String(result.stderr)).toMatch(/SyntaxError/);
    expect(String(result.stderr).trim().split('\n').at(-1)).toBe(
      'Your app did not start (exit code 1): fix what it printed above, then run this again.',
    );
  });

  it('12. "no" to writing into a non-empty folder is a cancel: one line, exit 1, nothing written', async () => {
    const cwd = await scratch();
    await fs.outputFile(join(cwd, 'full', 'mine.txt'), 'x');
    const child = binOnTerminal(bins.create, ['full', '--no-install', '--no-git'], { cwd });
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    await waitFor(() => seen.includes('is not empty'), 'the question');
    child.stdin?.write('n');
    const result = await ended(child, () => seen);
    expect(result.exitCode).toBe(1);
    // prompts shows the cursor again (ESC [?25h) just before our line
    const lines = stripAnsi(String(result.stdout))
      .replace(/\x1b\[\?25h/g, '')
      .trim()
      .split('\n');
    expect(lines.at(-1)).toBe('Cancelled: nothing was written.');
    expect(lines.join('\n')).not.toMatch(/create-flash-login: |\n\s+at /);
    expect(await fs.readdir(join(cwd, 'full'))).toEqual(['mine.txt']);
  });

  it('14. lesson 3 says what Flask does with a flash on every visit: shown once per visit on that page, piling up only unread', async () => {
    // The lesson 3 reference app with the mistake the text describes, run by real Flask.
    const dir = await scratch();
    await writeRendered(dir, await renderLesson(3, { projectName: 'rough' })); // guided: markers stripped
    const app = join(dir, 'app.py');
    const source = await fs.readFile(app, 'utf8');
    const mistake = source.replace(
      '    return render_template("login.html")\n',
      '    if request.method == "GET":\n        flash("Please log in", "info")\n    return render_template("login.html")\n',
    );
    expect(mistake).not.toBe(source);
    await fs.writeFile(
      app,
      `${mistake}\n\n@app.route("/unread")\ndef unread():\n    flash("Please log in", "info")\n    return "no messages read here"\n`,
    );
    const probe = [
      'import sys; sys.path.insert(0, sys.argv[1]); from app import app',
      'app.config["SECRET_KEY"] = "test"; client = app.test_client()',
      'shown = [client.get("/login").get_data(as_text=True).count("Please log in") for _ in range(3)]',
      'for _ in range(3): client.get("/unread")',
      'print(shown, client.get("/login").get_data(as_text=True).count("Please log in"))',
    ].join('\n');
    const counted = await execa(debianPython, ['-c', probe, dir]);
    expect(String(counted.stdout).trim()).toBe('[1, 1, 1] 4'); // once per visit; three unread ones wait for the next page
    const text = await fs.readFile(join(root, 'lessons', '3-flash-messages', 'lesson.md'), 'utf8');
    const mistakeText = /\*\*Flashing on every visit\.\*\*([\s\S]*?)\n- \*\*/.exec(text)?.[1]?.replace(/\s+/g, ' ');
    expect(mistakeText).toMatch(/the page shows it at once: every visit greets you with it/);
    expect(mistakeText).toMatch(/pile up in the session only while no page reads them/);
  });

  it('13. every command’s --help says what its exit codes mean', async () => {
    const commands = ['verify', 'status', 'lessons', 'show', 'hint', 'run', 'doctor', 'next-lesson', 'diff', 'goto', 'reset', 'undo'];
    const helps = await Promise.all([
      ...commands.map((command) => run(bins.flashLogin, [command, '--help'])),
      run(bins.create, ['--help']),
    ]);
    for (const [index, help] of helps.entries()) {
      const name = commands[index] ?? 'create-flash-login';
      expect(help.exitCode, name).toBe(0);
      expect(String(help.stdout), name).toMatch(/\nExit codes: 0\b.*2 could not run/);
    }
    expect(String(helps.at(-1)!.stdout)).toMatch(/1 cancelled/);
    expect(String(helps[commands.indexOf('verify')]!.stdout)).toMatch(/1 a check failed/);
  });
});
