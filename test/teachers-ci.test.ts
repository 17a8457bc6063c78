// CI in the learner's repository: the workflow files, and the committed lesson file that follows next-lesson, goto and undo.

import { dirname, join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { bins, debianPython, hasModernPython, modernPython, run, tempDir } from './helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => fs.remove(dir))));

async function scaffold(extra: string[] = []): Promise<string> {
  const parent = await tempDir();
  dirs.push(parent);
  const dir = join(parent, 'app');
  const made = await run(bins.create, [dir, '--yes', '--no-install', '--no-git', ...extra]);
  expect(made.exitCode, String(made.stderr)).toBe(0);
  return dir;
}

/** The workflow, parsed by a real YAML parser (PyYAML). */
async function parseYaml(path: string): Promise<any> {
  const { stdout } = await execa(debianPython, [
    '-c',
    'import sys, json, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))',
    path,
  ]);
  return JSON.parse(stdout);
}

describe('CI files', () => {
  it('create --ci github writes a workflow that parses, installs this version from a committed tarball and names only steps it has', async () => {
    const dir = await scaffold(['--ci', 'github', '--lesson', '2']);
    const workflow = await parseYaml(join(dir, '.github/workflows/flash-login.yml'));
    const { version } = await fs.readJson(join(bins.create, '..', '..', 'package.json'));
    // PyYAML reads the bare key `on` as true, as YAML 1.1 says; GitHub reads it as "on".
    expect(workflow.on ?? workflow[true as unknown as string]).toHaveProperty('push');
    const steps = workflow.jobs.verify.steps as { id?: string; uses?: string; run?: string; name: string }[];
    expect(steps.every((step) => step.name && (step.uses || step.run))).toBe(true);
    const text = await fs.readFile(join(dir, '.github/workflows/flash-login.yml'), 'utf8');
    // This version is not on the npm registry: the workflow installs the tarball committed beside it.
    expect(text).toContain(`npm install --global ./vendor/create-flash-login-${version}.tgz`);
    expect((await fs.stat(join(dir, 'vendor', `create-flash-login-${version}.tgz`))).size).toBeGreaterThan(100_000);
    // Every `steps.X` the workflow refers to is a step id it defines.
    const ids = new Set(steps.map((step) => step.id).filter(Boolean));
    for (const [, id] of text.matchAll(/steps\.([\w-]+)/g)) expect(ids).toContain(id);
    expect(steps.some((step) => step.run?.includes('flash-login verify --format github'))).toBe(true);
    expect(steps.every((step) => !step.uses || /@v\d+$/.test(step.uses))).toBe(true);
    expect(await fs.readFile(join(dir, '.flash-login-lesson'), 'utf8')).toBe('2\n');
  });

  it("the workflow's run steps, run in order as a runner would (clean HOME and PATH), install what exists and verify", async () => {
    if (!hasModernPython)
      return console.warn('skipped: no .cache/py-modern (pip reached no index), so no Python that meets requirements.txt');
    const dir = await scaffold(['--ci', 'github', '--mode', 'guided']);
    const workflow = await parseYaml(join(dir, '.github/workflows/flash-login.yml'));
    const steps = (workflow.jobs.verify.steps as { run?: string; name: string }[]).filter((step) => step.run); // `uses:` steps are the runner's
    const runner = await tempDir('flash-login-runner-');
    dirs.push(runner);
    // The stand-ins for setup-python and setup-node: a `python` on PATH that meets requirements.txt
    // (a real virtual environment, which the sandbox can bind), and this Node.
    const env = {
      HOME: join(runner, 'home'),
      PATH: `${join(runner, 'prefix', 'bin')}:${dirname(modernPython)}:${dirname(process.execPath)}:/usr/bin:/bin`,
      npm_config_prefix: join(runner, 'prefix'),
      npm_config_cache: join(runner, 'npm-cache'),
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    };
    let last: Awaited<ReturnType<typeof execa>> | undefined;
    for (const step of steps) {
      last = await execa('bash', ['-e', '-c', step.run!], { cwd: dir, env, extendEnv: false, reject: false, all: true, timeout: 300_000 });
      expect(last.exitCode, `${step.name}: ${String(last.all)}`).toBe(0);
    }
    expect(steps.at(-1)!.run).toContain('flash-login verify');
    expect(String(last!.all)).toMatch(/^✓ 1\.4 /m);
  }, 400_000);

  it('--pin-lesson writes the lesson into the workflow, so a student lowering .flash-login-lesson changes nothing', async () => {
    const dir = await scaffold(['--lesson', '3']);
    const written = await run(bins.flashLogin, ['ci', 'github', '--dir', dir, '--pin-lesson', '3', '--vendor']);
    expect(written.exitCode, String(written.stderr)).toBe(0);
    expect(String(written.stdout)).toMatch(/Lesson 3 is written into the workflow/);
    const text = await fs.readFile(join(dir, '.github/workflows/flash-login.yml'), 'utf8');
    expect(text).toMatch(/flash-login verify --lesson 3 --format github/);
    expect(text).not.toContain('.flash-login-lesson names');
  });

  it('flash-login ci gitlab writes a pipeline with a JUnit report, and refuses to overwrite a changed one without --force', async () => {
    const dir = await scaffold();
    const first = await run(bins.flashLogin, ['ci', 'gitlab', '--dir', dir]);
    expect(first.exitCode, String(first.stderr)).toBe(0);
    const pipeline = await parseYaml(join(dir, '.gitlab-ci.yml'));
    expect(pipeline['flash-login'].artifacts.reports.junit).toBe('flash-login-junit.xml');
    expect(pipeline['flash-login'].script.join('\n')).toContain('--format junit');
    await fs.appendFile(join(dir, '.gitlab-ci.yml'), '# mine\n');
    const refused = await run(bins.flashLogin, ['ci', 'gitlab', '--dir', dir]);
    expect(refused.exitCode).toBe(2);
    expect(String(refused.stderr).trim().split('\n')).toHaveLength(1);
    expect(await fs.readFile(join(dir, '.gitlab-ci.yml'), 'utf8')).toContain('# mine');
    expect((await run(bins.flashLogin, ['ci', 'gitlab', '--dir', dir, '--force'])).exitCode).toBe(0);
    expect(await fs.readFile(join(dir, '.gitlab-ci.yml'), 'utf8')).not.toContain('# mine');
    expect((await run(bins.flashLogin, ['undo', '--dir', dir])).exitCode).toBe(0);
    expect(await fs.readFile(join(dir, '.gitlab-ci.yml'), 'utf8')).toContain('# mine');
  });

  it('a bad provider is one line, and create writes nothing', async () => {
    const parent = await tempDir();
    dirs.push(parent);
    const made = await run(bins.create, [join(parent, 'app'), '--yes', '--no-install', '--ci', 'jenkins']);
    expect(made.exitCode).toBe(2);
    expect(String(made.stderr)).toContain('--ci takes github or gitlab, not "jenkins"');
    expect(await fs.pathExists(join(parent, 'app'))).toBe(false);
  });

  it('the lesson file follows next-lesson, goto and undo, and CI (no .flash-login/) verifies the lesson it names', async () => {
    // Guided: goto over unsolved practice TODOs stops at conflict markers (a practice-mode matter, not this test's).
    const dir = await scaffold(['--ci', 'github', '--mode', 'guided']);
    const lessonFile = () => fs.readFile(join(dir, '.flash-login-lesson'), 'utf8');
    expect(await lessonFile()).toBe('1\n');
    expect((await run(bins.flashLogin, ['next-lesson', '--dir', dir, '--no-verify', '--force'])).exitCode).toBe(0);
    expect(await lessonFile()).toBe('2\n');
    expect((await run(bins.flashLogin, ['goto', '4', '--dir', dir, '--no-verify'])).exitCode).toBe(0);
    expect(await lessonFile()).toBe('4\n');
    expect((await run(bins.flashLogin, ['undo', '--dir', dir])).exitCode).toBe(0);
    expect(await lessonFile()).toBe('2\n');
    // A CI checkout: the committed files only.
    await fs.remove(join(dir, '.flash-login'));
    const { stdout } = await run(bins.flashLogin, ['verify', '--format', 'classroom50', '--dir', dir, '--python', debianPython]);
    const result = JSON.parse(String(stdout));
    expect(result.tests.some((test: { 'test-name': string }) => test['test-name'].startsWith('2.'))).toBe(true);
    expect(result.tests.some((test: { 'test-name': string }) => test['test-name'].startsWith('3.'))).toBe(false);
  });
});
