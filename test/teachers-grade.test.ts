// flash-login grade: a class of real submissions, graded for real, with limits that stop the bad ones.

import { createHash } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import { join, relative } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { bins, debianPython, listFixtures, materialize, root, run, tempDir, writeReference } from './helpers.js';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((dir) => fs.remove(dir))));

async function scratch(): Promise<string> {
  const dir = await tempDir('flash-login-grade-test-');
  dirs.push(dir);
  return dir;
}

/** Every file, folder and link under dir: its path, type, mode and bytes, as one hash. */
async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (path: string): Promise<void> => {
    const stats = await fs.lstat(path);
    hash.update(`${relative(dir, path)}\0${stats.mode}\0${stats.mtimeMs}\0`);
    if (stats.isSymbolicLink()) hash.update(await fs.readlink(path));
    else if (stats.isDirectory()) for (const name of (await fs.readdir(path)).sort()) await walk(join(path, name));
    else hash.update(await fs.readFile(path));
  };
  await walk(dir);
  return hash.digest('hex');
}

interface GradesJson {
  schema: string;
  checks: string[];
  submissions: {
    name: string;
    status: string;
    score: number;
    max_score: number;
    reason: string | null;
    checks: { id: string; status: string; detail: string | null }[];
  }[];
}

async function grade(args: string[], out: string) {
  const result = await run(bins.flashLogin, ['grade', ...args, '--out', out, '--python', debianPython]);
  const json = (await fs.readJson(join(out, 'grades.json')).catch(() => undefined)) as GradesJson | undefined;
  return { result, json };
}

/** A lesson-1 reference app whose home page runs `code` first. */
async function lesson1With(dir: string, code: string, where: 'index' | 'import' = 'index'): Promise<void> {
  await writeReference(dir, 1);
  const app = join(dir, 'app.py');
  const text = await fs.readFile(app, 'utf8');
  const indented = code
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  await fs.writeFile(app, where === 'index' ? text.replace('def index():\n', `def index():\n${indented}\n`) : `${code}\n${text}`);
}

describe('flash-login grade', () => {
  const fixtures = listFixtures();

  for (const lesson of [1, 2, 3, 4, 5]) {
    // Lesson 5 grades 29 apps of 29 checks: minutes on a busy two-core machine.
    it(`gives each of lesson ${lesson}'s fixtures its verdict, writes the reports, and leaves the class folder as it was`, {
      timeout: 900_000,
    }, async () => {
      const ofLesson = (await fixtures).filter((fixture) => fixture.spec.lesson === lesson);
      expect(ofLesson.some((fixture) => fixture.spec.fails.length > 0) && ofLesson.some((fixture) => fixture.spec.fails.length === 0)).toBe(
        true,
      );
      const work = await scratch();
      const classDir = join(work, 'class');
      for (const fixture of ofLesson) {
        const made = await materialize(fixture);
        await fs.move(made, join(classDir, fixture.name.split('/')[1]!));
      }
      // One of them handed in as a zip, with its folder inside.
      const zipped = ofLesson[0]!.name.split('/')[1]!;
      await execa('zip', ['-qr', `${zipped}.zip`, zipped], { cwd: classDir });
      await fs.remove(join(classDir, zipped));
      const before = await treeHash(classDir);

      const out = join(work, 'out');
      const { result, json } = await grade([classDir, '--lesson', String(lesson)], out);
      expect(result.exitCode, String(result.stderr)).toBe(ofLesson.every((fixture) => fixture.spec.fails.length === 0) ? 0 : 1);
      expect(await treeHash(classDir)).toBe(before);
      expect(json!.schema).toBe('flash-login/grades/v1');
      expect(json!.submissions).toHaveLength(ofLesson.length);
      for (const fixture of ofLesson) {
        const graded = json!.submissions.find((submission) => submission.name === fixture.name.split('/')[1])!;
        // As test/fixtures.test.ts reads fixture.json: `fails` failed (or errored), `skips` skipped; both score 0.
        const stack = fixture.spec.failsOn?.debian;
        const fails = stack?.fails ?? fixture.spec.fails;
        const skips = stack?.skips ?? fixture.spec.skips ?? [];
        const failed = graded.checks.filter((check) => check.status === 'fail' || check.status === 'error').map((check) => check.id);
        const skipped = graded.checks.filter((check) => check.status === 'skip').map((check) => check.id);
        expect({ failed, skipped }, `${fixture.name}: ${graded.reason ?? ''}`).toEqual({ failed: fails, skipped: skips });
        expect(graded.status).toBe(fails.length ? 'fail' : 'pass');
        expect(graded.score).toBe(graded.checks.filter((check) => check.status === 'pass').length);
        expect(graded.max_score).toBe(json!.checks.length);
      }
      const csv = (await fs.readFile(join(out, 'grades.csv'), 'utf8')).trimEnd().split('\r\n');
      expect(csv).toHaveLength(ofLesson.length + 1);
      // A byte-order mark first, so Excel reads the names as UTF-8.
      expect(csv[0]).toBe(`\ufeff${['student', 'status', 'score', 'max_score', 'reason', 'seconds', ...json!.checks].join(',')}`);
      const html = await fs.readFile(join(out, 'grades.html'), 'utf8');
      // Works offline: it loads nothing (a check's message may quote a URL, as text).
      expect(html).not.toMatch(
        /\b(?:src|href|action|srcset|poster|data)\s*=|url\(|@import|<link|<iframe|<object|<embed|fetch\(|XMLHttpRequest/i,
      );
      expect(html.match(/<tr>/g)).toHaveLength(ofLesson.length + 1);
      expect(String(result.stderr)).not.toMatch(/unsandboxed/); // bwrap is there (.ci/run installs it)
      // Nothing left behind in the temporary folders.
      expect(
        (await fs.readdir('/tmp')).filter((name) => name.startsWith('flash-login-grade-') && !dirs.some((dir) => dir.endsWith(name))),
      ).toEqual([]);
    });
  }

  it('stops a submission at each limit, says which, and goes on grading the others', async () => {
    const work = await scratch();
    const classDir = join(work, 'class');
    await lesson1With(
      join(classDir, 'fork-bomb'),
      'import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass',
    );
    await lesson1With(join(classDir, 'memory-hog'), 'hog = []\nwhile True:\n    hog.append(bytearray(10_000_000))');
    await lesson1With(join(classDir, 'chatterbox'), 'while True:\n    print("x" * 1000)');
    await lesson1With(join(classDir, 'sleeper'), 'import time\nwhile True:\n    time.sleep(0.05)', 'import');
    await writeReference(join(classDir, 'good'), 1);
    const out = join(work, 'out');
    // The time limit leaves the others, on a busy machine, time to reach their own limits first.
    const { result, json } = await grade([classDir, '--lesson', '1', '--timeout', '20'], out);
    expect(result.exitCode, String(result.stderr)).toBe(1);
    const reason = (name: string) => json!.submissions.find((submission) => submission.name === name)!.reason;
    expect(reason('fork-bomb')).toBe('stopped at its process limit (64 processes)');
    expect(reason('memory-hog')).toBe('stopped at its memory limit (512 MB)');
    expect(reason('chatterbox')).toBe('stopped at its output limit (1024 KB)');
    expect(reason('sleeper')).toBe('stopped at its time limit (20 s)');
    expect(json!.submissions.find((submission) => submission.name === 'good')).toMatchObject({ status: 'pass', score: 4 });
    // Every process the submissions started is gone (they ran from copies in flash-login-grade-* folders).
    const { stdout } = await execa('ps', ['-eo', 'args']);
    expect(
      String(stdout)
        .split('\n')
        .filter((line) => /flash-login-grade-(?!test-)/.test(line)),
    ).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)('runs student code as an unprivileged user, with a clean environment', async () => {
    const work = await scratch();
    const classDir = join(work, 'class');
    await lesson1With(
      join(classDir, 'nosy'),
      'import os\nraise RuntimeError(f"uid={os.getuid()} secret={os.environ.get(\'TEACHER_TOKEN\')}")',
    );
    const out = join(work, 'out');
    const result = await run(bins.flashLogin, ['grade', classDir, '--lesson', '1', '--out', out, '--python', debianPython], {
      env: { TEACHER_TOKEN: 'hunter2' },
    });
    expect(result.exitCode).toBe(1);
    const json = (await fs.readJson(join(out, 'grades.json'))) as GradesJson;
    const detail = json.submissions[0]!.checks.find((check) => check.id === '1.4')!.detail!;
    expect(detail).toMatch(/uid=6553[0-4] secret=None/);
  });

  // Not skipped where bwrap is missing: .ci/run installs bubblewrap, and this must hold there.
  it('in the sandbox, a submission can neither reach the network, write outside its copy nor fork without end, and is graded', async () => {
    const work = await scratch();
    const classDir = join(work, 'class');
    // A server of ours on 127.0.0.1, and a folder anyone may write: only the sandbox stands in the way.
    const server = createServer((socket) => socket.end('hello\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    // (Not /tmp or /dev/shm: the sandbox gives the app private ones, so a write there lands nowhere real anyway.)
    await fs.mkdirp(join(root, 'node_modules', '.cache'));
    const outsideDir = await fs.mkdtemp(join(root, 'node_modules', '.cache', 'flash-login-grade-test-'));
    dirs.push(outsideDir);
    await fs.chmod(outsideDir, 0o777);
    const outside = join(outsideDir, 'escaped.txt');
    try {
      await lesson1With(
        join(classDir, 'escapee'),
        [
          'import socket',
          'try:',
          `    socket.create_connection(("127.0.0.1", ${port}), timeout=2).recv(10)`,
          '    net = "open"',
          'except OSError as error:',
          '    net = "blocked"',
          'try:',
          `    open(${JSON.stringify(outside)}, "w").write("escaped")`,
          '    write = "open"',
          'except OSError:',
          '    write = "blocked"',
          'raise RuntimeError(f"net={net} write={write}")',
        ].join('\n'),
      );
      await lesson1With(
        join(classDir, 'fork-bomb'),
        'import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass',
      );
      await writeReference(join(classDir, 'good'), 1);
      const out = join(work, 'out');
      const { result, json } = await grade([classDir, '--lesson', '1', '--timeout', '30'], out);
      expect(result.exitCode, String(result.stderr)).toBe(1);
      expect(JSON.parse(await fs.readFile(join(out, 'grades.json'), 'utf8')).sandboxed).toBe(true);
      expect(String(result.stderr)).not.toMatch(/unsandboxed/);
      const escapee = json!.submissions.find((submission) => submission.name === 'escapee')!;
      expect(escapee.checks.find((check) => check.id === '1.4')!.detail).toMatch(/net=blocked write=blocked/);
      expect(escapee.status).toBe('fail'); // graded, not stopped: its own checks say what failed
      expect(escapee.reason).toBeNull();
      expect(await fs.pathExists(outside)).toBe(false);
      expect(json!.submissions.find((submission) => submission.name === 'fork-bomb')!.reason).toBe(
        'stopped at its process limit (64 processes)',
      );
      expect(json!.submissions.find((submission) => submission.name === 'good')).toMatchObject({ status: 'pass', score: 4 });
    } finally {
      server.close();
    }
  });

  it('refuses zips whose entries leave their folder or are links, and grades the rest', async () => {
    const work = await scratch();
    const classDir = join(work, 'class');
    await fs.mkdirp(classDir);
    const outside = join(work, 'escaped.txt');
    // Real zips, made by Python's zipfile, the way a hostile student could.
    const script = `
import sys, zipfile, os
cls, outside, reference = sys.argv[1], sys.argv[2], sys.argv[3]
def add_reference(z, prefix):
    for folder, _, files in os.walk(reference):
        for name in files:
            path = os.path.join(folder, name)
            z.write(path, prefix + os.path.relpath(path, reference))
with zipfile.ZipFile(os.path.join(cls, "climber.zip"), "w") as z:
    add_reference(z, "")
    z.writestr("../" + os.path.basename(outside), "gotcha")
with zipfile.ZipFile(os.path.join(cls, "absolute.zip"), "w") as z:
    add_reference(z, "")
    z.writestr(outside, "gotcha")
with zipfile.ZipFile(os.path.join(cls, "linker.zip"), "w") as z:
    add_reference(z, "")
    link = zipfile.ZipInfo("templates/secrets.html")
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    z.writestr(link, "/etc/shadow")
with zipfile.ZipFile(os.path.join(cls, "honest.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    add_reference(z, "honest/")
`;
    const reference = join(work, 'reference');
    await writeReference(reference, 1);
    await execa(debianPython, ['-c', script, classDir, outside, reference]);
    await fs.writeFile(join(classDir, 'not-a-zip.zip'), 'hello');
    const out = join(work, 'out');
    const { result, json } = await grade([classDir, '--lesson', '1'], out);
    expect(result.exitCode).toBe(1);
    const reason = (name: string) => json!.submissions.find((submission) => submission.name === name)!.reason;
    expect(reason('climber')).toMatch(/^zip refused: its entry "\.\.\/escaped\.txt" climbs out of its folder/);
    expect(reason('absolute')).toMatch(/^zip refused: its entry ".*escaped\.txt" is an absolute path/);
    expect(reason('linker')).toBe('zip refused: its entry "templates/secrets.html" is a symbolic link');
    expect(reason('not-a-zip')).toBe('zip refused: it is not a zip file (no central directory)');
    expect(json!.submissions.find((submission) => submission.name === 'honest')).toMatchObject({ status: 'pass', score: 4 });
    expect(await fs.pathExists(outside)).toBe(false);
  });

  it('without the sandbox, says once per run that student code runs unsandboxed', async () => {
    const work = await scratch();
    const classDir = join(work, 'class');
    for (const name of ['a', 'b', 'c']) await writeReference(join(classDir, name), 1);
    const out = join(work, 'out');
    const result = await run(bins.flashLogin, ['grade', classDir, '--lesson', '1', '--out', out, '--python', debianPython], {
      env: { FLASH_LOGIN_SANDBOX: 'off' },
    });
    expect(result.exitCode, String(result.stderr)).toBe(0);
    expect(String(result.stderr).match(/unsandboxed/g)).toHaveLength(1);
    expect((await fs.readJson(join(out, 'grades.json'))).sandboxed).toBe(false);
  });

  it('in Chinese, its lines list checks and reports as Chinese does (、 between items, ， between clauses)', async () => {
    const work = await scratch();
    const classDir = join(work, 'class');
    await writeReference(join(classDir, 'good'), 1);
    // The login page fails: the checks that log in fail or are skipped.
    await writeReference(join(classDir, 'crashes'), 1);
    const app = join(classDir, 'crashes', 'app.py');
    await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace('def login():\n', 'def login():\n    raise RuntimeError("boom")\n'));
    const out = join(work, 'out');
    const result = await run(bins.flashLogin, ['grade', classDir, '--lesson', '1', '--out', out, '--python', debianPython], {
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(result.exitCode, String(result.stderr)).toBe(1);
    const stdout = String(result.stdout);
    expect(stdout).toMatch(/报告：\S+grades\.csv、\S+grades\.json、\S+grades\.html/);
    const crashed = stdout.split('\n').find((line) => line.includes('crashes'))!;
    expect(crashed).toMatch(/失败：1\.\d(、1\.\d)*，\d+ 项跳过/);
    expect(stdout).not.toMatch(/failed|skipped|Reports/);
  });

  it('bad arguments are one line each, exit 2', async () => {
    const work = await scratch();
    const missing = await run(bins.flashLogin, ['grade', join(work, 'nope'), '--lesson', '1']);
    expect(missing.exitCode).toBe(2);
    expect(String(missing.stderr).trim().split('\n')).toHaveLength(1);
    const noLesson = await run(bins.flashLogin, ['grade', work]);
    expect(noLesson.exitCode).toBe(2);
    const badJobs = await run(bins.flashLogin, ['grade', work, '--lesson', '1', '--jobs', '0']);
    expect(String(badJobs.stderr).trim()).toBe('flash-login: --jobs takes a positive number, not "0".');
  });
});
