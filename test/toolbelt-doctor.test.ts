// flash-login doctor: every problem named with the exact command that fixes it, and the
// proof that it does: run the command, run doctor again, and it is happy.

import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bins, debianPython, run } from './helpers.js';
import { ANSI, fakePython, makeProject, onTerminal, readProjectState, removeMadeFolders, writeProjectState } from './toolbelt-helpers.js';

const doctor = (dir: string, ...args: string[]) => run(bins.flashLogin, ['doctor', ...args], { cwd: dir });

/** The command printed after "fix:" under the line matching `problem`. */
function fixFor(output: string, problem: RegExp): string {
  const lines = output.split('\n');
  const at = lines.findIndex((line) => problem.test(line));
  expect(at, `no line matching ${problem} in:\n${output}`).toBeGreaterThanOrEqual(0);
  const fix = lines.slice(at + 1).find((line) => line.trimStart().startsWith('fix: '));
  expect(fix, `no fix after ${problem}`).toBeDefined();
  return fix!.trim().slice('fix: '.length);
}

async function runFix(command: string, cwd: string): Promise<void> {
  const result = await execa('sh', ['-c', command], { cwd, reject: false });
  expect(result.exitCode, String(result.stderr)).toBe(0);
}

afterAll(removeMadeFolders);

describe('flash-login doctor', () => {
  it('reports a healthy project: Python, packages with versions, state, port; exit 0', async () => {
    const dir = await makeProject(1);
    const result = await doctor(dir);
    const out = String(result.stdout);
    expect(result.exitCode, out).toBe(0);
    expect(out).toMatch(new RegExp(`✓ Python 3\\.\\d+\\.\\d+ at ${debianPython} \\(from \\.flash-login/state\\.json\\)`));
    expect(out).toContain(`· no virtual environment: ${debianPython} uses the system's packages`);
    for (const name of ['Flask', 'Werkzeug', 'Flask-Login', 'Flask-SQLAlchemy', 'Flask-WTF', 'email-validator'])
      expect(out).toMatch(new RegExp(`✓ ${name} \\d+\\.\\d+`));
    expect(out).toContain('✓ .flash-login/state.json is valid: lesson 1');
    expect(out).toContain('✓ can listen on 127.0.0.1');
    expect(out).toContain('Everything looks right.');
    expect(out).not.toMatch(ANSI);
  });

  it('a project without a state file is fine, with a note', async () => {
    const result = await doctor(await makeProject(1, null), '--python', debianPython);
    expect(result.exitCode).toBe(0);
    expect(String(result.stdout)).toContain(
      '· no .flash-login/state.json: `flash-login verify` checks lesson 1 unless you pass --lesson N',
    );
  });

  it('warns about Flask-Login 0.6.2 and Flask-WTF 1.1.1 on Werkzeug 3, with the pip command for each; exit 1', async () => {
    const python = await fakePython({ packages: { Werkzeug: '3.0.1', 'Flask-Login': '0.6.2', 'Flask-WTF': '1.1.1' } });
    const result = await doctor(await makeProject(1), '--python', python);
    const out = String(result.stdout);
    expect(result.exitCode).toBe(1);
    expect(out).toContain('! Flask-Login 0.6.2 breaks on Werkzeug 3.0.1');
    expect(fixFor(out, /Flask-Login 0\.6\.2 breaks/)).toBe(`${python} -m pip install "Flask-Login>=0.6.3"`);
    expect(fixFor(out, /Flask-WTF 1\.1\.1 breaks/)).toBe(`${python} -m pip install "Flask-WTF>=1.1.2"`);
    expect(out).toContain('2 problems: run the fixes above, then `flash-login doctor` again.');
  });

  it('names each requirement that does not import, with one pip command for them', async () => {
    const python = await fakePython({ packages: { 'Flask-WTF': null, 'email-validator': null } });
    const dir = await makeProject(1);
    const result = await doctor(dir, '--python', python);
    const out = String(result.stdout);
    expect(result.exitCode).toBe(1);
    expect(out).toMatch(/✗ Flask-WTF does not import\n {2}✗ email-validator does not import\n {6}fix: /);
    expect(fixFor(out, /email-validator does not import/)).toBe(`${python} -m pip install -r requirements.txt`); // relative: doctor ran in the project
  });

  it('an old Python is a problem', async () => {
    const result = await doctor(await makeProject(1), '--python', await fakePython({ version: '3.7.3' }));
    expect(result.exitCode).toBe(1);
    expect(String(result.stdout)).toMatch(/✗ Python 3\.7\.3 at .* is older than Flask needs \(3\.8\)/);
  });

  it('a Python that does not run: the fix points the state file at one that does', async () => {
    const dir = await makeProject(2, { python: '/nonexistent/python3' });
    const result = await doctor(dir);
    expect(result.exitCode).toBe(1);
    const out = String(result.stdout);
    expect(out).toContain('✗ cannot run Python at /nonexistent/python3 (from .flash-login/state.json)');
    await runFix(fixFor(out, /cannot run Python/), dir);
    const after = await doctor(dir);
    expect(after.exitCode, String(after.stdout)).toBe(0);
    expect((await readProjectState(dir)).lesson).toBe(2); // the lesson survived the repair
  });

  it('a state file that is not JSON: the fix writes a valid one', async () => {
    const dir = await makeProject(3);
    await fs.writeFile(join(dir, '.flash-login', 'state.json'), '{"version": 1, "lesson": 3,');
    const result = await doctor(dir);
    expect(result.exitCode).toBe(1);
    const out = String(result.stdout);
    expect(out).toContain('✗ .flash-login/state.json is not valid JSON');
    await runFix(fixFor(out, /is not valid JSON/), dir);
    expect((await doctor(dir)).exitCode).toBe(0);
  });

  it('a state file that is JSON but wrong: the fix keeps what it can', async () => {
    const dir = await makeProject(4);
    await writeProjectState(dir, { version: 1, lesson: 4, python: debianPython } as never);
    const result = await doctor(dir);
    expect(result.exitCode).toBe(1);
    const out = String(result.stdout);
    expect(out).toContain('✗ .flash-login/state.json lacks answers.projectName');
    await runFix(fixFor(out, /lacks answers\.projectName/), dir);
    expect((await doctor(dir)).exitCode).toBe(0);
    expect((await readProjectState(dir)).lesson).toBe(4);
  });

  it('a state file from a newer flash-login: the fix is to upgrade', async () => {
    const dir = await makeProject(1, { version: 2 });
    const out = String((await doctor(dir)).stdout);
    expect(fixFor(out, /has version 2/)).toBe('npm install -g create-flash-login@latest');
  });

  it('scrypt hashes from Werkzeug 3 in the database, read by Werkzeug 2.2: a warning and a fix', async () => {
    const dir = await makeProject(5);
    await fs.ensureDir(join(dir, 'instance'));
    const database = join(dir, 'instance', 'app.db');
    await execa(debianPython, [
      '-c',
      'import sqlite3, sys; db = sqlite3.connect(sys.argv[1]); db.execute("create table user (name text, password_hash text)"); ' +
        'db.execute("insert into user values (?, ?)", ("ada", "scrypt:32768:8:1$salt$" + "ab" * 64)); db.commit()',
      database,
    ]);
    const result = await doctor(dir);
    const out = String(result.stdout);
    expect(result.exitCode).toBe(1);
    expect(out).toMatch(/! instance\/app\.db holds scrypt password hashes from Werkzeug 3, which Werkzeug 2\.\d+\.\d+ cannot check/);
    await runFix(fixFor(out, /scrypt password hashes/), dir);
    expect((await doctor(dir)).exitCode).toBe(0);
  });

  it('names a change that was cut short, whose fix (verify) puts it right, and conflict markers with their lines', async () => {
    const dir = await makeProject(1);
    // next-lesson, crashed after its first write: the journal stays behind.
    const { nextLessonCommand } = await import('../src/commands/next-lesson.js');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const crash = new Error('crash after the first write');
    await expect(
      nextLessonCommand(
        { dir, verify: false, force: true },
        {
          afterStep: () => {
            throw crash;
          },
        },
      ),
    ).rejects.toBe(crash);
    log.mockRestore();
    const cut = String((await doctor(dir)).stdout);
    expect(cut).toContain('! a next-lesson, goto or reset was cut short (.flash-login/journal.json is there)');
    await runFix(fixFor(cut, /was cut short/), dir);
    expect((await doctor(dir)).exitCode).toBe(0);

    const app = join(dir, 'app.py');
    await fs.writeFile(app, `<<<<<<< your code\nX = 1\n=======\nX = 2\n>>>>>>> lesson 2\n${await fs.readFile(app, 'utf8')}`);
    const conflicted = await doctor(dir);
    expect(conflicted.exitCode).toBe(1);
    expect(String(conflicted.stdout)).toContain('✗ conflict markers remain in app.py (line 1): keep the code you want');
  });

  it('is coloured on a terminal and still exits 1 on a problem', async () => {
    const dir = await makeProject(1);
    await fs.writeFile(join(dir, '.flash-login', 'state.json'), 'nope');
    const result = await onTerminal(['doctor'], { cwd: dir });
    expect(String(result.stdout)).toMatch(/\x1b\[31m✗/);
    expect(result.exitCode).toBe(1);
  });
});
