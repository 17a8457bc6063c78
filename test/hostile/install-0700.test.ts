// Issue 30: grade works wherever the tool is installed. An install under a folder only root can
// enter (npx's cache under /root, mktemp -d) grades a correct and a broken submission rightly:
// the app reaches serve_app.py through a copy in its staging folder, never the install's path.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot || process.platform !== 'linux')('an install under a 0700 folder (root: grade switches users)', () => {
  const privateDir = mkdtempSync(join(tmpdir(), 'private-install-'));
  afterAll(() => rmSync(privateDir, { recursive: true, force: true }));

  it('grades a correct submission pass and a broken one fail', () => {
    chmodSync(privateDir, 0o700);
    const install = join(privateDir, 'node_modules', 'create-flash-login');
    mkdirSync(install, { recursive: true });
    for (const part of ['bin', 'dist', 'templates', 'lessons', 'package.json'])
      cpSync(join(root, part), join(install, part), { recursive: true });
    mkdirSync(join(install, 'src', 'runtime'), { recursive: true });
    for (const script of ['serve_app.py', 'run_app.py'])
      cpSync(join(root, 'src', 'runtime', script), join(install, 'src', 'runtime', script));
    symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'));
    const cls = mkdtempSync(join(tmpdir(), 'class-'));
    chmodSync(cls, 0o755);
    cpSync(join(root, 'test', 'fixtures', 'learners', 'en-plain', 'lesson-2'), join(cls, 'ok'), { recursive: true });
    cpSync(join(root, 'test', 'fixtures', 'learners', 'en-plain', 'lesson-1'), join(cls, 'broken'), { recursive: true });
    const result = spawnSync(
      process.execPath,
      [
        join(install, 'bin', 'flash-login.js'),
        'grade',
        join(cls, 'ok'),
        join(cls, 'broken'),
        '--lesson',
        '2',
        '--jobs',
        '1',
        '--python',
        '/usr/bin/python3',
        '--out',
        cls,
      ],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'C.UTF-8' } },
    );
    const grades = JSON.parse(readFileSync(join(cls, 'grades.json'), 'utf8')) as {
      submissions: { name: string; status: string; score: number; max_score: number }[];
    };
    rmSync(cls, { recursive: true, force: true });
    expect(
      grades.submissions.map((item) => [item.name, item.status]),
      result.stdout + result.stderr,
    ).toEqual([
      ['ok', 'pass'],
      ['broken', 'fail'],
    ]);
    expect(grades.submissions[1]!.score).toBeGreaterThan(0);
  });
});
