// Nothing is lost, ever: undo is byte-identical, and a crash after any write step is recovered
// by the next command into a consistent project (rolled back, or completed when it was done).

import { join, relative, sep } from 'node:path';
import fs from 'fs-extra';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lessonHasChecks } from '../lessons/index.js';
import { nextLessonCommand } from '../src/commands/next-lesson.js';
import { undoCommand } from '../src/commands/undo.js';
import { JOURNAL_FILE } from '../src/project/journal.js';
import { bins, debianPython, run, tempDir } from './helpers.js';

let lessonTwo: string;

beforeAll(async () => {
  lessonTwo = join(await tempDir(), 'app');
  const created = await run(bins.create, [
    lessonTwo,
    '--yes',
    '--no-install',
    '--no-git',
    '--mode',
    'guided',
    '--python',
    debianPython,
    '--lesson',
    '2',
  ]);
  if (created.exitCode !== 0) throw new Error(`scaffold failed: ${String(created.stderr)}`);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A lesson-2 project with learner edits that next-lesson merges, updates and adds around. */
async function editedProject(): Promise<string> {
  const dir = join(await tempDir(), 'app');
  await fs.copy(lessonTwo, dir);
  const app = join(dir, 'app.py');
  await fs.writeFile(
    app,
    (await fs.readFile(app, 'utf8')).replace('USERS = {"admin": "secret"}', 'USERS = {"admin": "secret", "alice": "wonderland"}'),
  );
  await fs.chmod(app, 0o755);
  await fs.writeFile(join(dir, 'notes.txt'), 'mine\r\n');
  return dir;
}

/** Every file as bytes and mode, the state file included; backups and git are bookkeeping. */
async function snapshot(dir: string): Promise<Map<string, { bytes: string; mode: number }>> {
  const files = new Map<string, { bytes: string; mode: number }>();
  const walk = async (folder: string) => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const name = relative(dir, path).split(sep).join('/');
      if (['.git', '.venv', '.flash-login/backups', '.flash-login/rescued'].includes(name)) continue;
      if (entry.isDirectory()) await walk(path);
      else files.set(name, { bytes: (await fs.readFile(path)).toString('base64'), mode: (await fs.stat(path)).mode & 0o777 });
    }
  };
  await walk(dir);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

const quiet = () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
};
const flashLogin = (dir: string, args: string[]) => run(bins.flashLogin, [...args, '--dir', dir]);

class InjectedCrash extends Error {}

describe('undo', () => {
  it('after next-lesson (and its verify) puts back every byte: files, modes, the state file, and removes the files it added', async () => {
    const dir = await editedProject();
    if (lessonHasChecks(2)) expect((await flashLogin(dir, ['verify'])).exitCode).toBe(0); // state.json then records a pass
    const before = await snapshot(dir);
    const moved = await flashLogin(dir, ['next-lesson', ...(lessonHasChecks(3) ? [] : ['--no-verify'])]);
    expect(moved.exitCode, String(moved.stdout)).toBe(0);
    expect(await fs.pathExists(join(dir, 'templates', 'base.html'))).toBe(true);
    expect(await snapshot(dir)).not.toEqual(before);

    const undone = await flashLogin(dir, ['undo']);
    expect(undone.exitCode, String(undone.stderr)).toBe(0);
    expect(String(undone.stdout)).toMatch(/Undid next-lesson \(lesson 2 → 3\).*you are on lesson 2/);
    expect(await snapshot(dir)).toEqual(before);
    expect(await fs.pathExists(join(dir, 'templates', 'base.html'))).toBe(false);
  });

  it('walks back through several changes, then says there is nothing left to undo', async () => {
    const dir = await editedProject();
    const start = await snapshot(dir);
    expect((await flashLogin(dir, ['next-lesson', '--no-verify', '--force'])).exitCode).toBe(0);
    const atThree = await snapshot(dir);
    await fs.appendFile(join(dir, 'templates', 'login.html'), '<!-- mine -->\n');
    expect((await flashLogin(dir, ['reset', 'templates/login.html'])).exitCode).toBe(0);

    expect((await flashLogin(dir, ['undo'])).stdout).toMatch(/Undid reset/);
    expect(await fs.readFile(join(dir, 'templates', 'login.html'), 'utf8')).toContain('<!-- mine -->');
    await fs.writeFile(join(dir, 'templates', 'login.html'), atThree.get('templates/login.html')!.bytes, 'base64');
    expect((await flashLogin(dir, ['undo'])).stdout).toMatch(/Undid next-lesson/);
    expect(await snapshot(dir)).toEqual(start);

    const nothing = await flashLogin(dir, ['undo']);
    expect(nothing.exitCode).toBe(2);
    expect(String(nothing.stderr)).toMatch(/nothing to undo/);
  });

  it('keeps edits made after the change in the undo backup, and says where', async () => {
    const dir = await editedProject();
    expect((await flashLogin(dir, ['next-lesson', '--no-verify', '--force'])).exitCode).toBe(0);
    await fs.appendFile(join(dir, 'app.py'), '# written after next-lesson\n');
    const later = await fs.readFile(join(dir, 'app.py'), 'utf8');
    const undone = await flashLogin(dir, ['undo']);
    expect(undone.exitCode).toBe(0);
    const where = /edits to app\.py are saved in (\S+)\/files\//.exec(String(undone.stdout));
    expect(where, String(undone.stdout)).not.toBeNull();
    expect(await fs.readFile(join(dir, where![1]!, 'files', 'app.py'), 'utf8')).toBe(later);
  });
});

describe('a crash in the middle', () => {
  /** The write steps of the lesson 2 -> 3 change on an edited project, and the project it should end as. */
  async function uncrashedRun(): Promise<{ steps: string[]; after: Awaited<ReturnType<typeof snapshot>> }> {
    const dir = await editedProject();
    const steps: string[] = [];
    quiet();
    expect(await nextLessonCommand({ dir, verify: false, force: true }, { afterStep: (_step, path) => void steps.push(path) })).toBe(0);
    vi.restoreAllMocks();
    return { steps, after: await snapshot(dir) };
  }

  it('after each write step is rolled back (or completed, after the last) by the next command, leaving a consistent project', async () => {
    const { steps, after } = await uncrashedRun();
    expect(steps.at(-1)).toBe('.flash-login/state.json'); // the state file is written last
    expect(steps.length).toBeGreaterThanOrEqual(5);

    for (let crashAt = 1; crashAt <= steps.length; crashAt++) {
      const dir = await editedProject();
      const before = await snapshot(dir);
      quiet();
      const crash = (step: number) => {
        if (step === crashAt) throw new InjectedCrash(`crash after step ${step}`);
      };
      await expect(nextLessonCommand({ dir, verify: false, force: true }, { afterStep: crash })).rejects.toBeInstanceOf(InjectedCrash);
      vi.restoreAllMocks();
      expect(await fs.pathExists(join(dir, JOURNAL_FILE)), `journal after step ${crashAt}`).toBe(true);

      // Any command recovers: a read-only diff here, verify in the next test.
      const recovered = await flashLogin(dir, ['diff']);
      expect(recovered.exitCode, String(recovered.stderr)).toBe(0);
      expect(await fs.pathExists(join(dir, JOURNAL_FILE))).toBe(false);
      if (crashAt < steps.length) {
        expect(String(recovered.stderr)).toMatch(
          /interrupted `flash-login next-lesson` \(lesson 2 → 3\) was cut short; rolled the project back/,
        );
        expect(await snapshot(dir), `rolled back after step ${crashAt}`).toEqual(before);
        const again = await flashLogin(dir, ['next-lesson', '--no-verify', '--force']);
        expect(again.exitCode, String(again.stderr)).toBe(0);
      } else {
        expect(String(recovered.stderr)).toMatch(/had written every file; completed it/);
      }
      expect(await snapshot(dir), `finished after a crash at step ${crashAt}`).toEqual(after);
      expect((await flashLogin(dir, ['undo'])).exitCode).toBe(0);
      expect(await snapshot(dir), `undo after a crash at step ${crashAt}`).toEqual(before);
    }
  });

  it('is recovered by verify too, and a file edited after the crash is rescued before the rollback', async () => {
    const dir = await editedProject();
    const before = await snapshot(dir);
    quiet();
    await expect(
      nextLessonCommand(
        { dir, verify: false, force: true },
        {
          afterStep: (step) => {
            if (step === 2) throw new InjectedCrash();
          },
        },
      ),
    ).rejects.toBeInstanceOf(InjectedCrash);
    vi.restoreAllMocks();
    // The learner opens the half-updated README.md and saves an edit before running anything.
    await fs.appendFile(join(dir, 'README.md'), '\nmy edit after the crash\n');
    const edited = await fs.readFile(join(dir, 'README.md'), 'utf8');

    const verified = await flashLogin(dir, lessonHasChecks(2) ? ['verify'] : ['diff']);
    expect(String(verified.stderr)).toMatch(/rolled the project back.*edits to README\.md are saved in \.flash-login\/rescued\//);
    if (lessonHasChecks(2)) expect(verified.exitCode, String(verified.stdout)).toBe(0);
    const rescuedDir = /saved in (\.flash-login\/rescued\/[^/\s]+)\//.exec(String(verified.stderr))![1]!;
    expect(await fs.readFile(join(dir, rescuedDir, 'README.md'), 'utf8')).toBe(edited);
    // verify then recorded its pass in the state file; every other byte is as before the crash.
    const now = await snapshot(dir);
    for (const files of [now, before]) files.delete('.flash-login/state.json');
    expect(now).toEqual(before);
    expect((await fs.readJson(join(dir, '.flash-login', 'state.json'))).lesson).toBe(2);
  });

  it('in the middle of an undo is rolled back to just before the undo, which can then run again', async () => {
    const dir = await editedProject();
    const before = await snapshot(dir);
    quiet();
    expect(await nextLessonCommand({ dir, verify: false, force: true })).toBe(0);
    vi.restoreAllMocks();
    const moved = await snapshot(dir);
    quiet();
    await expect(
      undoCommand(
        { dir },
        {
          afterStep: (step) => {
            if (step === 3) throw new InjectedCrash();
          },
        },
      ),
    ).rejects.toBeInstanceOf(InjectedCrash);
    vi.restoreAllMocks();
    const recovered = await flashLogin(dir, ['undo']);
    expect(String(recovered.stderr)).toMatch(/interrupted `flash-login undo`.*rolled the project back/);
    expect(recovered.exitCode).toBe(0); // then the undo itself ran
    expect(await snapshot(dir)).toEqual(before);
    expect(moved).not.toEqual(before);
  });

  it('before the backup was complete: nothing had been written, so recovery only cleans up', async () => {
    const dir = await editedProject();
    const before = await snapshot(dir);
    await fs.outputJson(join(dir, JOURNAL_FILE), {
      version: 1,
      entry: '0001-next-lesson',
      command: 'next-lesson',
      startedAt: new Date().toISOString(),
    });
    await fs.outputFile(join(dir, '.flash-login', 'backups', '0001-next-lesson', 'files', 'app.py'), 'half a backup');
    const recovered = await flashLogin(dir, ['diff']);
    expect(String(recovered.stderr)).toMatch(/had not changed any file yet; cleaned up/);
    expect(await snapshot(dir)).toEqual(before);
    expect(await fs.pathExists(join(dir, '.flash-login', 'backups', '0001-next-lesson'))).toBe(false);
    expect((await flashLogin(dir, ['undo'])).exitCode).toBe(2); // nothing to undo
  });

  it('a damaged journal stops every command with one clear line, touching nothing', async () => {
    const dir = await editedProject();
    await fs.outputFile(join(dir, JOURNAL_FILE), '{ not json');
    const before = await snapshot(dir);
    for (const args of [['next-lesson', '--no-verify', '--force'], ['undo'], ['verify']]) {
      const refused = await flashLogin(dir, args);
      expect(refused.exitCode, args[0]).toBe(2);
      expect(String(refused.stderr)).toMatch(/journal\.json is damaged/);
      expect(String(refused.stderr)).not.toMatch(/\n\s+at /);
    }
    expect(await snapshot(dir)).toEqual(before);
  });
});
