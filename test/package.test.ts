// Ready to publish: the tarball `npm pack` makes, installed into a prefix of its own (as
// `npm install -g` would, but nowhere global), scaffolds, verifies and moves to lesson 2,
// following the commands its own closing lines print.

import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { debianPython, root, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(() => Promise.all(made.splice(0).map((dir) => fs.remove(dir))));

// Only the system's folders (and this Node's) on PATH: nothing of ours is found there.
const PATH = `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`;
const env = { PATH, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

describe('the packed package', () => {
  it('installs from its tarball into a prefix and scaffolds, verifies and moves to lesson 2 from there', async () => {
    const work = await tempDir('flash-login-package-');
    made.push(work);
    // --ignore-scripts: `npm test` has just built dist/, and a rebuild here would swap it under other tests.
    const packed = await execa('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, env });
    const [{ filename, files }] = JSON.parse(String(packed.stdout)) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((file) => file.path);
    for (const needed of [
      'bin/create-flash-login.js',
      'bin/flash-login.js',
      'dist/cli.js',
      'dist/create.js',
      'dist/version.js', // what the bins print for --version alone
      'src/runtime/serve_app.py',
      'lessons/1-login-form/app/app.py',
      'lessons/1-login-form/lesson.md',
      'lessons/1-login-form/lesson.zh-CN.md',
    ])
      expect(paths, needed).toContain(needed);
    expect(paths.filter((path) => /^(test|\.cache|node_modules)\//.test(path) || path.endsWith('.ts'))).toEqual([]);

    const prefix = join(work, 'prefix');
    const installed = await execa('npm', ['install', '--global', '--prefix', prefix, '--offline', join(work, filename)], {
      env,
      reject: false,
      all: true,
    });
    expect(installed.exitCode, String(installed.all)).toBe(0);
    const bin = join(prefix, 'bin');
    expect(realpathSync(join(bin, 'flash-login'))).toBe(join(prefix, 'lib', 'node_modules', 'create-flash-login', 'bin', 'flash-login.js'));

    // Scaffold with the installed bin, as a learner whose prefix is not on PATH would.
    const created = await execa(
      join(bin, 'create-flash-login'),
      ['my-app', '--yes', '--no-install', '--mode', 'guided', '--python', debianPython],
      { cwd: work, env, reject: false },
    );
    expect(created.exitCode, String(created.stderr)).toBe(0);
    const out = String(created.stdout);
    // The closing lines name the installed bin (flash-login is on no PATH here), never npx: the package is not published.
    expect(out).toContain(`  cd -- my-app\n`);
    expect(out).toContain(`  ${join(bin, 'flash-login')} verify `);
    expect(out).not.toMatch(/npx/);
    const app = join(work, 'my-app');
    const nextSteps = (name: string) => new RegExp(`^\\s+(\\S+ ${name})\\s{2,}`, 'm').exec(out)?.[1];

    // Run the printed commands as printed, from the app's folder.
    const verified = await execa('sh', ['-c', nextSteps('verify')!], { cwd: app, env, reject: false });
    expect(verified.exitCode, String(verified.stdout) + String(verified.stderr)).toBe(0);
    expect(String(verified.stdout)).toMatch(/All 4 checks passed/);
    const next = await execa('sh', ['-c', nextSteps('next-lesson')!], { cwd: app, env, reject: false });
    expect(next.exitCode, String(next.stdout) + String(next.stderr)).toBe(0);
    expect((await fs.readJson(join(app, '.flash-login', 'state.json'))).lesson).toBe(2);
    expect(String(next.stdout)).toMatch(/checks passed/);
    expect(String((await execa('git', ['tag'], { cwd: app })).stdout).split('\n')).toEqual([
      'lesson-1',
      'lesson-1-start',
      'lesson-2-start',
    ]);
    expect(existsSync(join(root, 'my-app'))).toBe(false);
  }, 300_000);
});
