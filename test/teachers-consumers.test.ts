// Each teacher-facing format held to the rules its consumer really applies: the autograding
// reporter's environment variable (Linux caps one at 128 KiB), Classroom 50's validate_result,
// Exercism's test runner interface v3, Jenkins' junit-10.xsd, GitHub's annotations. The apps under
// test/fixtures/consumers/ are the awkward ones: one that prints 300 KB at import and then raises,
// one that prints 300 KB before a 500, one that prints in a passing view.

import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bins, debianPython, root, run, tempDir } from './helpers.js';

const apps: Record<string, string> = {};
const dirs: string[] = [];

beforeAll(async () => {
  for (const name of ['prints', 'import-error', 'loud-500']) {
    const dir = await tempDir('flash-login-consumer-');
    await fs.copy(join(root, 'test', 'fixtures', 'consumers', name), dir);
    apps[name] = dir;
    dirs.push(dir);
  }
});
afterAll(async () => Promise.all(dirs.map((dir) => fs.remove(dir))));

const verify = (app: string, format: string, env: Record<string, string> = {}) =>
  run(bins.flashLogin, ['verify', '--format', format, '--lesson', '1', '--python', debianPython, '--dir', apps[app]!], { env });

const LESSON_1_CHECKS = 4;
const decode = (stdout: unknown) => JSON.parse(Buffer.from(String(stdout).trim(), 'base64').toString('utf8'));

describe('autograding-grading-reporter', () => {
  it('gets at most 64 KiB however much the app printed, scored out of every check of the lesson', async () => {
    for (const app of ['import-error', 'loud-500']) {
      const { stdout, stderr } = await verify(app, 'autograding');
      expect(String(stdout).trim().length, app).toBeLessThanOrEqual(64 * 1024);
      const result = decode(stdout);
      expect(result.max_score, app).toBe(LESSON_1_CHECKS);
      // The reporter prints a test's message only for an error: why each check failed goes to the log.
      expect(String(stderr), app).toMatch(/^✗ 1\.4 /m);
    }
    const broken = decode((await verify('import-error', 'autograding')).stdout);
    expect(broken.status).toBe('error');
    expect(broken.tests).toHaveLength(LESSON_1_CHECKS);
    expect(broken.tests.every((test: { status: string; score: number }) => test.status === 'error' && test.score === 0)).toBe(true);
    expect(broken.tests[0].message).toContain('RuntimeError: boom at import');
  });

  it("the README's workflow names a runner the reporter accepts and re-runs on Classroom's dispatch", async () => {
    const teachers = await fs.readFile(join(root, 'docs', 'teachers.md'), 'utf8');
    const runners = /runners:\s*(\S+)/.exec(teachers)?.[1];
    expect(runners).toMatch(/^([a-zA-Z0-9]+,)*[a-zA-Z0-9]+$/); // the reporter's own pattern
    expect(teachers).toContain(`${runners!.toUpperCase()}_RESULTS:`);
    expect(teachers).toMatch(/repository_dispatch/);
  });
});

/** Classroom 50's validate_result: every field it requires, non-empty, the submission a submit/ tag, the sums right. */
function classroom50Problems(result: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (result.schema !== 'classroom50/result/v1') problems.push('schema');
  for (const field of ['classroom', 'assignment', 'submission', 'commit', 'release', 'review'])
    if (typeof result[field] !== 'string' || result[field] === '') problems.push(field);
  if (typeof result.submission === 'string' && !result.submission.startsWith('submit/')) problems.push('submission prefix');
  const tests = result.tests as { score: number; 'max-score': number }[];
  if (!Number.isInteger(result.score) || result.score !== tests.reduce((sum, test) => sum + test.score, 0)) problems.push('score');
  if (result['max-score'] !== tests.reduce((sum, test) => sum + test['max-score'], 0)) problems.push('max-score');
  return problems;
}

describe('Classroom 50', () => {
  const runnerEnv = {
    CLASSROOM: 'cs-auth',
    ASSIGNMENT: 'flask-login',
    SUBMISSION_TAG: 'submit/2026-12-07T10-00-00Z',
    COMMIT_URL: 'https://github.example/cs-auth/ada/commit/abc123',
    RELEASE_URL: 'https://github.example/cs-auth/ada/releases/tag/submit%2F2026-12-07T10-00-00Z',
  };

  it("passes its runner's validate_result with the runner's environment, and says on stderr what is missing without it", async () => {
    const graded = await verify('prints', 'classroom50', runnerEnv);
    const result = JSON.parse(String(graded.stdout));
    expect(classroom50Problems(result)).toEqual([]);
    expect(result.review).toBe(runnerEnv.COMMIT_URL);
    const bare = await verify('prints', 'classroom50');
    expect(classroom50Problems(JSON.parse(String(bare.stdout)))).toEqual([
      'classroom',
      'assignment',
      'submission',
      'commit',
      'release',
      'review',
    ]);
    expect(String(bare.stderr).trim().split('\n')).toHaveLength(1);
    expect(String(bare.stderr)).toMatch(/CLASSROOM, ASSIGNMENT, SUBMISSION_TAG, COMMIT_URL, RELEASE_URL, REVIEW_URL not set/);
  });

  it('scores an app that does not import out of every check', async () => {
    const result = JSON.parse(String((await verify('import-error', 'classroom50', runnerEnv)).stdout));
    expect(classroom50Problems(result)).toEqual([]);
    expect(result['max-score']).toBe(LESSON_1_CHECKS);
    expect(result.score).toBe(0);
  });
});

describe('Exercism test runner interface v3', () => {
  it('exits 0 once results are written, with a top-level message within 65,535 characters, paths relative, no runner frames', async () => {
    const { stdout, exitCode } = await verify('import-error', 'exercism');
    expect(exitCode).toBe(0);
    const result = JSON.parse(String(stdout));
    expect(result.status).toBe('error');
    expect(Buffer.byteLength(result.message)).toBeLessThanOrEqual(65_535);
    expect(result.message).toContain('RuntimeError: boom at import');
    expect(result.message).toContain('File "app.py", line 10');
    expect(result.message).not.toContain(apps['import-error']);
    expect(result.message).not.toMatch(/<frozen importlib|serve_app\.py/);
  });

  it('gives each test what the student printed, also a passing one, within 500 characters and the prescribed notice', async () => {
    const passing = JSON.parse(String((await verify('prints', 'exercism')).stdout));
    expect(passing.status).toBe('pass');
    const login = passing.tests.find((test: { name: string }) => test.name.startsWith('1.3'));
    expect(login.status).toBe('pass');
    expect(login.output).toContain('hello from login: admin');
    const loud = JSON.parse(String((await verify('loud-500', 'exercism')).stdout));
    const home = loud.tests.find((test: { name: string }) => test.name.startsWith('1.4'));
    expect(home.output.length).toBeLessThanOrEqual(500);
    expect(home.output).toMatch(/Output was truncated\. Please limit to 500 chars$/);
    expect(home.output).not.toContain('Traceback');
    expect(home.message).toContain('ValueError: the home page is broken');
  });
});

describe('JUnit and GitHub annotations', () => {
  it("put `skipped` on the testsuite only (junit-10.xsd), and point an import error at the learner's line", async () => {
    const { stdout } = await verify('import-error', 'junit');
    const script = [
      'import sys, json, xml.etree.ElementTree as ET',
      'root = ET.fromstring(sys.stdin.read())',
      'suite = root.find("testsuite")',
      'print(json.dumps({"rootAttrs": sorted(root.attrib), "suiteAttrs": sorted(suite.attrib), "cases": [dict(c.attrib, error=c.find("error") is not None) for c in suite.findall("testcase")]}))',
    ].join('\n');
    const parsed = JSON.parse((await execa(debianPython, ['-c', script], { input: String(stdout) })).stdout);
    expect(parsed.rootAttrs).toEqual(['errors', 'failures', 'name', 'tests', 'time']);
    expect(parsed.suiteAttrs).toContain('skipped');
    expect(parsed.cases).toHaveLength(LESSON_1_CHECKS);
    for (const testcase of parsed.cases) expect(testcase).toMatchObject({ error: true, file: 'app.py', line: '10' });
    const annotations = String((await verify('import-error', 'github')).stdout)
      .split('\n')
      .filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error file=app\.py,line=10,title=flash-login::/);
  });
});

describe('grade reports', () => {
  it('open in Excel as UTF-8, and an app that does not import is an error in every check cell, its traceback in the JSON and HTML', async () => {
    const classDir = await tempDir('flash-login-consumer-class-');
    const out = await tempDir('flash-login-consumer-out-');
    dirs.push(classDir, out);
    for (const name of ['import-error', 'prints']) await fs.copy(apps[name]!, join(classDir, name === 'prints' ? 'Zoë Ölçer' : name));
    const graded = await run(bins.flashLogin, ['grade', classDir, '--lesson', '1', '--out', out, '--python', debianPython, '--jobs', '1']);
    expect(graded.exitCode, String(graded.all ?? graded.stderr)).toBe(1);
    const csv = await fs.readFile(join(out, 'grades.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(rows.some((row) => row.startsWith('Zoë Ölçer,pass,4,4,'))).toBe(true);
    const broken = rows.find((row) => row.startsWith('import-error,'))!.split(',');
    expect(broken.slice(1, 4)).toEqual(['error', '0', '4']);
    expect(broken.slice(-LESSON_1_CHECKS)).toEqual(Array(LESSON_1_CHECKS).fill('error'));
    const json = await fs.readJson(join(out, 'grades.json'));
    const failed = json.submissions.find((submission: { name: string }) => submission.name === 'import-error');
    expect(failed.checks).toHaveLength(LESSON_1_CHECKS);
    expect(failed.checks[0].detail).toContain('RuntimeError: boom at import');
    expect(await fs.readFile(join(out, 'grades.html'), 'utf8')).toContain('RuntimeError: boom at import');
  }, 300_000);
});
