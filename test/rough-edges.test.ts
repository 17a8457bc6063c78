// The rough edges a newcomer met in the first hour (issue 12), each run the way the newcomer met it.
// Every test here failed before its fix.
import { execa } from 'execa';
import fs from 'fs-extra';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstFreePort } from '../src/engine/ports.js';
import { bins, debianPython, root, run, tempDir } from './helpers.js';
import { binOnTerminal, ended, makeProject, removeMadeFolders, stripAnsi } from './toolbelt-helpers.js';

const made: string[] = [];
async function scratch(): Promise<string> {
  const dir = await tempDir('flash-login-edges-');
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all([removeMadeFolders(), ...made.splice(0).map((dir) => fs.remove(dir))]));

const QUICK = ['--yes', '--no-install', '--no-git'];

/** Poll (never sleep a fixed time) until `done()` holds. */
async function waitFor(done: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a newcomer’s first hour', () => {
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

  it('8. `create-flash-login .` ends with no `cd .`; another folder still gets its cd, quoted when it must be', async () => {
    const here = await scratch();
    const inPlace = await run(bins.create, ['.', ...QUICK], { cwd: here });
    expect(inPlace.exitCode, String(inPlace.stderr)).toBe(0);
    expect(String(inPlace.stdout)).not.toMatch(/^\s*cd /m);
    expect(String(inPlace.stdout)).toMatch(/Next:\n\s+python3 -m venv/);
    const elsewhere = await run(bins.create, ["Ada's app", ...QUICK], { cwd: await scratch() });
    expect(String(elsewhere.stdout)).toMatch(/^\s+cd 'Ada'\\''s app'$/m);
  });

  it('9. FORCE_COLOR and NO_COLOR together: no colour and no Node warning', async () => {
    const result = await run(bins.flashLogin, ['lessons'], { cwd: await scratch(), env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(result.exitCode).toBe(0);
    expect(String(result.stderr)).toBe('');
    expect(String(result.stdout)).not.toMatch(/\x1b\[/);
  });

  it('11. `flash-login run` on an app with a SyntaxError offers no URL: it says the app did not start, exit 2', async () => {
    const dir = await makeProject(1);
    await fs.appendFile(join(dir, 'app.py'), '\ndef broken(:\n');
    const port = String(await firstFreePort([]));
    const result = await run(bins.flashLogin, ['run', '--port', port, '--python', debianPython], { cwd: dir, timeout: 60_000 });
    expect(result.exitCode).toBe(2);
    expect(String(result.stdout)).not.toMatch(/Your app runs at/);
    expect(String(result.stderr)).toMatch(/SyntaxError/);
    expect(String(result.stderr).trim().split('\n').at(-1)).toBe('Your app did not start (exit code 1): fix what it printed above, then run this again.');
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
    const lines = stripAnsi(String(result.stdout)).replace(/\x1b\[\?25h/g, '').trim().split('\n');
    expect(lines.at(-1)).toBe('Cancelled: nothing was written.');
    expect(lines.join('\n')).not.toMatch(/create-flash-login: |\n\s+at /);
    expect(await fs.readdir(join(cwd, 'full'))).toEqual(['mine.txt']);
  });

  it('14. lesson 3 says what Flask does with a flash on every visit: shown once per visit on that page, piling up only unread', async () => {
    // The lesson 3 reference app with the mistake the text describes, run by real Flask.
    const dir = await scratch();
    await fs.copy(join(root, 'templates', 'lesson-3'), dir);
    const app = join(dir, 'app.py');
    const source = await fs.readFile(app, 'utf8');
    const mistake = source.replace('    return render_template("login.html")\n', '    if request.method == "GET":\n        flash("Please log in", "info")\n    return render_template("login.html")\n');
    expect(mistake).not.toBe(source);
    await fs.writeFile(app, mistake + '\n\n@app.route("/unread")\ndef unread():\n    flash("Please log in", "info")\n    return "no messages read here"\n');
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
