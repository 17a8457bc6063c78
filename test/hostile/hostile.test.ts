// The smaller part of the hostile corpus, in the normal suite (the whole of it: npm run faults).
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'flash-login.js');
const apps = join(import.meta.dirname, 'apps');
const isRoot = process.getuid?.() === 0;
const hasBwrap = (process.env.PATH ?? '').split(':').some((folder) => {
  try {
    accessSync(join(folder, 'bwrap'), constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, LANG: 'C.UTF-8' } });

describe.skipIf(process.platform !== 'linux' || !hasBwrap)('hostile apps (a part of test/hostile/)', () => {
  const work = mkdtempSync(join(tmpdir(), 'hostile-'));
  chmodSync(work, 0o755);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('root-escape: undoing the mounts and writing the real app.py fails, even as root', () => {
    const dir = join(work, 'escape');
    cpSync(join(apps, 'root-escape'), dir, { recursive: true });
    const before = readFileSync(join(dir, 'app.py'), 'utf8');
    const result = run(['verify', '--lesson', '1', '--dir', dir, '--python', '/usr/bin/python3'], work);
    expect(result.status).toBe(1);
    expect(readFileSync(join(dir, 'app.py'), 'utf8')).toBe(before);
    expect(existsSync('/root/flash-hostile-written')).toBe(false);
  });

  it('probes: no user namespace, no AF_INET or AF_NETLINK socket, no ptrace, keyctl, bpf, perf or mount', () => {
    const dir = join(work, 'probes');
    cpSync(join(apps, 'probes'), dir, { recursive: true });
    const result = run(['verify', '--lesson', '1', '--dir', dir, '--python', '/usr/bin/python3'], work);
    expect(result.stdout + result.stderr).not.toMatch(/PROBES-OPEN:\w/);
  });

  it.skipIf(!isRoot)(
    'grade --jobs 2: a bad READY line, a port to steer to and escape sequences leave the honest verdict and the reports alone',
    () => {
      const cls = join(work, 'class');
      mkdirSync(cls);
      cpSync(join(root, 'test', 'fixtures', 'learners', 'en-plain', 'lesson-1'), join(cls, 'honest'), { recursive: true });
      cpSync(join(apps, 'ready-bad-json'), join(cls, 'bad-json'), { recursive: true });
      cpSync(join(apps, 'ready-port80'), join(cls, 'x;=2+5'), { recursive: true });
      cpSync(join(apps, 'escape-seq'), join(cls, 'eve\x1b[2K\r✓ mallory'), { recursive: true });
      symlinkSync('/dev/zero', join(cls, 'bad-json', 'zz.py'));
      const out = join(work, 'out');
      mkdirSync(out);
      const names = ['honest', 'bad-json', 'x;=2+5', 'eve\x1b[2K\r✓ mallory'];
      const result = run(
        ['grade', ...names.map((name) => join(cls, name)), '--lesson', '1', '--jobs', '2', '--python', '/usr/bin/python3', '--out', out],
        work,
      );
      expect(result.status, result.stderr).toBe(1);
      expect(result.stdout + result.stderr).not.toMatch(RAW);
      const grades = JSON.parse(readFileSync(join(out, 'grades.json'), 'utf8')) as {
        submissions: { name: string; status: string; score: number }[];
      };
      expect(grades.submissions.map((item) => [item.name, item.status])).toEqual([
        ['honest', 'pass'],
        ['bad-json', 'error'],
        ['x;=2+5', expect.stringMatching(/fail|error/)],
        ['eve\\x1b[2K\\x0d✓ mallory', 'error'],
      ]);
      const csv = readFileSync(join(out, 'grades.csv'), 'utf8');
      expect(csv).toContain("'x;=2+5");
      expect(csv.replace(/\r\n/g, '')).not.toMatch(RAW);
      expect(readFileSync(join(out, 'grades.html'), 'utf8')).not.toMatch(RAW);
    },
  );
});
