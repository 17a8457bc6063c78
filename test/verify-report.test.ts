// What verify reports: each check's own output, dependent checks skipped, --check and --list,
// a short default report, and --format exercism in exactly Exercism's v3 shape.

import { join } from 'node:path';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { bins, debianPython, run, tempDir, writeReference } from './helpers.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => fs.remove(dir))));

async function lessonCopy(lesson: number, edit: (source: string) => string = (source) => source): Promise<string> {
  const dir = await tempDir();
  made.push(dir);
  await writeReference(dir, lesson);
  const app = join(dir, 'app.py');
  await fs.writeFile(app, edit(await fs.readFile(app, 'utf8')));
  return dir;
}

/** Lesson 5 without UserMixin: every login answers 500 (the one-defect app). */
const withoutUserMixin = (source: string) => {
  expect(source).toContain('class User(UserMixin, db.Model)');
  return source.replace('class User(UserMixin, db.Model)', 'class User(db.Model)');
};

interface Results {
  version?: number;
  schema?: number;
  status: string;
  message: string | null;
  tests: Record<string, unknown>[];
}

async function verify(dir: string, lesson: number, ...args: string[]) {
  const result = await run(bins.flashLogin, ['verify', '--lesson', String(lesson), '--python', debianPython, '--dir', dir, ...args]);
  return { result, stdout: String(result.stdout) };
}

async function verifyJson(dir: string, lesson: number, ...args: string[]): Promise<Results> {
  const { stdout, result } = await verify(dir, lesson, ...args);
  expect(result.exitCode, String(result.stderr)).not.toBe(2);
  return JSON.parse(stdout) as Results;
}

describe('each check shows what its own requests printed', () => {
  it("never another check's, with checks side by side, run after run", async () => {
    // Every request prints what it is; a wrong password and the home page both raise.
    const dir = await lessonCopy(1, (source) =>
      source
        .replace(
          'def login():\n',
          'def login():\n    print("SERVING", request.method, request.path, "password=" + request.form.get("password", "-"), flush=True)\n' +
            '    if request.form.get("password") not in (None, "secret"):\n        raise ValueError("login is broken")\n',
        )
        .replace(
          'def index():\n',
          'def index():\n    print("SERVING", request.method, request.path, flush=True)\n    raise RuntimeError("home is broken")\n',
        ),
    );
    for (let run = 0; run < 3; run++) {
      const json = await verifyJson(dir, 1, '--format', 'json');
      const output = (id: string) => String(json.tests.find((test) => test.id === id)?.output ?? '');
      expect(json.tests.filter((test) => test.status !== 'pass').map((test) => test.id)).toEqual(['1.2', '1.4']);
      expect(output('1.2')).toContain('ValueError: login is broken');
      expect(output('1.2')).toContain('SERVING POST /login password=secret-wrong');
      expect(output('1.2')).not.toMatch(/home is broken|SERVING GET \/\n|password=secret\b(?!-)/);
      expect(output('1.4')).toContain('RuntimeError: home is broken');
      expect(output('1.4')).not.toMatch(/login is broken|POST \/login/);
    }
  });
});

describe('one defect, one short report', () => {
  it('reports the failed login once, by its owner at lesson 5 (5.3), prints the 500 and its traceback once, in at most 40 lines', async () => {
    const dir = await lessonCopy(5, withoutUserMixin);
    const { stdout, result } = await verify(dir, 5);
    expect(result.exitCode).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length, stdout).toBeLessThanOrEqual(40);
    expect(stdout).toContain('POST /login answered 500 Internal Server Error');
    expect(stdout).toMatch(/hint .*UserMixin/);
    expect(stdout.match(/AttributeError: 'User' object has no attribute 'is_active'/g)).toHaveLength(1);
    // The login is a shared step: the checks that rode on it need it, and none gives advice of its own.
    expect(stdout).toMatch(/✗ 5\.3 /);
    expect(stdout.match(/✗/g)).toHaveLength(1);
    expect(stdout).toMatch(/needs: a correct login redirects \(see 5\.3\): 1\.3, 1\.4, 2\.1, /);
    expect(lines.at(-1)).toContain('Fix 5.3 first');
    expect(stdout).not.toMatch(/serve_app\.py|importlib/);
    expect(stdout).toContain(`File "${join(dir, 'app.py')}"`); // the learner's own frame, by the learner's path

    const verbose = await verify(dir, 5, '--verbose');
    expect(verbose.stdout).toMatch(/2\.1 .*\(skipped: needs 5\.3\)/);
    expect(verbose.stdout).toContain('flask/app.py'); // the library frames, all of them
  });
});

describe('verify --check and --list', () => {
  it('--check runs that check and the ones it needs; an unknown id is one line, exit 2', async () => {
    const dir = await lessonCopy(2);
    const json = await verifyJson(dir, 2, '--check', '2.3', '--format', 'json');
    expect(json.tests.map((test) => test.id)).toEqual(['1.1', '1.3', '2.3']);
    expect(json.status).toBe('pass');
    const unknown = await verify(dir, 2, '--check', '9.9');
    expect(unknown.result.exitCode).toBe(2);
    expect(String(unknown.result.stderr).trim()).toMatch(/^flash-login: lesson 2 has no check 9\.9; its checks are 1\.1, .*2\.6/);
  });

  it('--list prints each check id with its title and what it needs, and runs nothing', async () => {
    const empty = await tempDir();
    made.push(empty);
    const result = await run(bins.flashLogin, ['verify', '--list', '--lesson', '3', '--dir', empty]);
    expect(result.exitCode).toBe(0);
    const lines = String(result.stdout).trim().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
    ]);
    expect(lines[6]).toMatch(/^2\.3 +Logging out redirects.*\(needs 1\.3\)$/);
  });
});

/** Exercism's test runner interface, version 3, field by field. */
function expectExercismV3(json: Results): void {
  expect(Object.keys(json).sort()).toEqual(['message', 'status', 'tests', 'version']);
  expect(json.version).toBe(3);
  expect(['pass', 'fail', 'error']).toContain(json.status);
  expect(json.status === 'error' ? typeof json.message : json.message).toBe(json.status === 'error' ? 'string' : null);
  for (const test of json.tests) {
    for (const key of Object.keys(test)) expect(['name', 'status', 'message', 'output', 'test_code', 'task_id']).toContain(key);
    expect(typeof test.name).toBe('string');
    expect(['pass', 'fail', 'error']).toContain(test.status);
    if (test.status === 'pass') expect(test.message).toBeNull();
    else expect(typeof test.message).toBe('string');
    expect(test.output === null || (typeof test.output === 'string' && test.output.length <= 500)).toBe(true);
    expect(typeof test.test_code).toBe('string');
    expect(String(test.test_code).length).toBeGreaterThan(0);
    if ('task_id' in test) expect(Number.isInteger(test.task_id)).toBe(true);
  }
}

describe('verify --format exercism', () => {
  it('is exactly Exercism v3: a skipped check is a fail that says what it needs, output capped at 500 characters', async () => {
    const dir = await lessonCopy(5, withoutUserMixin);
    const json = await verifyJson(dir, 5, '--format', 'exercism');
    expectExercismV3(json);
    expect(json.status).toBe('fail');
    const test = (id: string) => json.tests.find((entry) => String(entry.name).startsWith(`${id} `))!;
    expect(test('2.1')).toMatchObject({ status: 'fail', message: 'needs: a correct login redirects (see 5.3)' });
    // The traceback is the test's message; output is only what the student printed (here nothing).
    expect(test('5.3').message).toMatch(/is_active/);
    expect(test('5.3').output ?? '').not.toMatch(/Traceback/);
    expect(test('1.1').test_code).toMatch(/^GET \/login → 200/);

    const passing = await verifyJson(await lessonCopy(1), 1, '--format', 'exercism');
    expectExercismV3(passing);
    expect(passing.status).toBe('pass');
    const bad = await verify(dir, 5, '--format', 'junit-ish');
    expect(bad.result.exitCode).toBe(2);
    expect(String(bad.result.stderr).trim()).toMatch(/^flash-login: --format takes one of json, exercism, .*not "junit-ish"\.$/);
  });

  it('--json is our own schema, with its version', async () => {
    const json = await verifyJson(await lessonCopy(1), 1, '--json');
    expect(json.schema).toBe(1);
    expect(json.tests[0]).toMatchObject({
      id: '1.1',
      status: 'pass',
      message: null,
      needs: null,
      output: null,
      location: null,
      task_id: 1,
    });
  });
});
