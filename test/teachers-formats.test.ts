// verify --format github|autograding|classroom50|junit: each output checked against the shape its tool documents.
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bins, debianPython, listFixtures, materialize, run, tempDir } from './helpers.js';

const dirs: string[] = [];
let crashes: string; // lesson 1, GET / answers 500 with a traceback into app.py
let reference: string;

beforeAll(async () => {
  const fixtures = await listFixtures();
  crashes = await materialize(fixtures.find((fixture) => fixture.name === 'lesson-1/home-page-crashes')!);
  reference = await materialize(fixtures.find((fixture) => fixture.name === 'lesson-1/reference')!);
  dirs.push(crashes, reference);
});
afterAll(async () => Promise.all(dirs.map((dir) => fs.remove(dir))));

const verify = (dir: string, format: string, env: Record<string, string> = {}) =>
  run(bins.flashLogin, ['verify', '--format', format, '--lesson', '1', '--python', debianPython, '--dir', dir], { env });

/** The fields and types of the command grader's generateResult(), no more and no fewer. */
function expectAutogradingShape(result: Record<string, unknown>): void {
  expect(Object.keys(result).sort()).toEqual(['max_score', 'status', 'tests', 'version']);
  expect(result.version).toBe(1);
  expect(['pass', 'fail', 'error']).toContain(result.status);
  expect(Number.isInteger(result.max_score)).toBe(true);
  for (const test of result.tests as Record<string, unknown>[]) {
    expect(Object.keys(test).sort()).toEqual(['duration', 'filename', 'line_no', 'message', 'name', 'score', 'status', 'test_code']);
    expect(typeof test.name).toBe('string');
    expect(['pass', 'fail', 'error']).toContain(test.status);
    expect(Number.isInteger(test.score)).toBe(true);
    expect(test.message === null || typeof test.message === 'string').toBe(true);
    expect(typeof test.test_code).toBe('string');
    expect(typeof test.filename).toBe('string');
    expect(Number.isInteger(test.line_no)).toBe(true);
    expect(typeof test.duration).toBe('number');
  }
}

describe('verify --format', () => {
  it('autograding prints one base64 line holding the command grader result', async () => {
    const failing = await verify(crashes, 'autograding');
    expect(failing.exitCode).toBe(1);
    expect(String(failing.stdout).trim()).toMatch(/^[A-Za-z0-9+/=]+$/);
    const result = JSON.parse(Buffer.from(String(failing.stdout).trim(), 'base64').toString('utf8'));
    expectAutogradingShape(result);
    expect(result.status).toBe('fail');
    expect(result.max_score).toBe(4);
    const crashed = result.tests.find((test: { name: string }) => test.name.startsWith('1.4'));
    expect(crashed).toMatchObject({ status: 'fail', score: 0 });
    expect(crashed.message).toMatch(/Traceback|TemplateNotFound/);
    const passing = JSON.parse(Buffer.from(String((await verify(reference, 'autograding')).stdout).trim(), 'base64').toString('utf8'));
    expectAutogradingShape(passing);
    expect(passing.status).toBe('pass');
    expect(passing.tests.reduce((sum: number, test: { score: number }) => sum + test.score, 0)).toBe(passing.max_score);
  });

  it('classroom50 prints the result.json of Classroom 50', async () => {
    const { stdout, exitCode } = await verify(crashes, 'classroom50');
    expect(exitCode).toBe(1);
    const result = JSON.parse(String(stdout));
    expect(Object.keys(result).sort()).toEqual(['max-score', 'schema', 'score', 'tests']);
    expect(result.schema).toBe('classroom50/result/v1');
    expect(result['max-score']).toBe(4);
    expect(result.score).toBe(3);
    for (const test of result.tests) {
      expect(Object.keys(test).sort()).toEqual(['max-score', 'passed', 'score', 'test-name']);
      expect(typeof test['test-name']).toBe('string');
      expect(typeof test.passed).toBe('boolean');
      expect(test.score).toBe(test.passed ? 1 : 0);
    }
  });

  it('junit prints XML with a testcase per check and the traceback in the failure', async () => {
    const { stdout, exitCode } = await verify(crashes, 'junit');
    expect(exitCode).toBe(1);
    // Parsed by a real XML parser (Python's), not by pattern.
    const script = [
      'import sys, json, xml.etree.ElementTree as ET',
      'root = ET.fromstring(sys.stdin.read())',
      'suite = root.find("testsuite")',
      'cases = [{"name": c.get("name"), "failure": (c.find("failure").text if c.find("failure") is not None else None), "file": c.get("file"), "line": c.get("line")} for c in suite.findall("testcase")]',
      'print(json.dumps({"root": root.tag, "tests": suite.get("tests"), "failures": suite.get("failures"), "cases": cases}))',
    ].join('\n');
    const parsed = JSON.parse((await execa(debianPython, ['-c', script], { input: String(stdout) })).stdout);
    expect(parsed.root).toBe('testsuites');
    expect(parsed.tests).toBe('4');
    expect(parsed.failures).toBe('1');
    const failed = parsed.cases.filter((testcase: { failure: string | null }) => testcase.failure !== null);
    expect(failed).toHaveLength(1);
    expect(failed[0].name).toMatch(/^1\.4 /);
    expect(failed[0].failure).toMatch(/Traceback/);
    expect(failed[0].file).toBe('app.py');
  });

  it('github writes a Markdown table to $GITHUB_STEP_SUMMARY and an ::error annotation at the failing line', async () => {
    const home = await tempDir();
    dirs.push(home);
    const summary = `${home}/summary.md`;
    const { stdout, exitCode } = await verify(crashes, 'github', { GITHUB_STEP_SUMMARY: summary });
    expect(exitCode).toBe(1);
    const table = await fs.readFile(summary, 'utf8');
    expect(table).toMatch(/^\| check \| result \| what was wrong \| where \|$/m);
    expect(table.split('\n').filter((line) => /^\| 1\.\d /.test(line))).toHaveLength(4);
    expect(table).toMatch(/\| 1\.4 .*❌ fail/);
    const annotations = String(stdout)
      .split('\n')
      .filter((line) => line.startsWith('::error '));
    expect(annotations).toHaveLength(1);
    // The line of app.py that raised: the render_template call the fixture broke.
    const appLines = (await fs.readFile(`${crashes}/app.py`, 'utf8')).split('\n');
    const match = /^::error file=app\.py,line=(\d+),title=flash-login 1\.4::/.exec(annotations[0]!);
    expect(match).not.toBeNull();
    expect(appLines[Number(match![1]) - 1]).toContain('render_template("home.html")');
    expect(annotations[0]).not.toMatch(/\n/);
  });

  it('in Chinese, what the Exercism format writes in its own words is Chinese: a check that was not run', async () => {
    // Lesson 1 with a login view that raises: its checks fail the same way or are not run.
    const dir = await tempDir('flash-login-formats-');
    dirs.push(dir);
    await fs.copy(reference, dir);
    const app = `${dir}/app.py`;
    await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace('def login():\n', 'def login():\n    raise RuntimeError("boom")\n'));
    const zh = { LANG: 'zh_CN.UTF-8' };
    const exercism = JSON.parse(String((await verify(dir, 'exercism', zh)).stdout)) as { tests: { status: string; test_code: string }[] };
    const notRun = exercism.tests.filter((test) => test.test_code.includes('未运行'));
    expect(notRun.length).toBeGreaterThan(0);
    for (const test of notRun) expect(test.test_code).toMatch(/^检查 1\.\d（未运行：.+）$/);
    expect(JSON.stringify(exercism)).not.toMatch(/not run/);
  });

  it('an unknown format is one line naming the ones there are, exit 2', async () => {
    const { stderr, exitCode } = await verify(reference, 'yaml');
    expect(exitCode).toBe(2);
    expect(String(stderr).trim()).toBe(
      'flash-login: --format takes one of json, exercism, github, autograding, classroom50, junit, not "yaml".',
    );
  });
});
