// Issue 16: an app's start timeout counts the time the app could run, not the time it sat waiting
// for a CPU that other programs held. Real processes, real CPU hogs, all pinned to one CPU.

import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import fs from 'fs-extra';
import { afterEach, describe, expect, it } from 'vitest';
import { AppClock } from '../src/runtime/app-clock.js';
import { bins, debianPython } from './helpers.js';
import { makeProject } from './toolbelt-helpers.js';

const linux = process.platform === 'linux';
let hogs: ResultPromise[] = [];

/** Two busy loops on CPU 0: whatever else runs there waits for it two times out of three. */
function hogCpuZero(): void {
  hogs = [0, 1].map(() => execa('taskset', ['-c', '0', process.execPath, '-e', 'for(;;){}'], { reject: false }));
}

afterEach(async () => {
  for (const hog of hogs) hog.kill('SIGKILL');
  await Promise.all(hogs);
  hogs = [];
});

/** Measure a process from its start to its end with an AppClock over it. */
async function clockOver(argv: string[]): Promise<{ wall: number; usable: number }> {
  const child = execa('taskset', ['-c', '0', ...argv], { reject: false });
  const clock = new AppClock(() => (child.pid === undefined ? [] : [child.pid]));
  let usable = 0;
  const sampler = setInterval(() => (usable = clock.usableMs()), 50);
  await child;
  clearInterval(sampler);
  return { wall: clock.wallMs(), usable };
}

describe.runIf(linux)('AppClock', () => {
  it('does not count the time a busy process waited for a CPU that others held', async () => {
    hogCpuZero();
    const busy = await clockOver([
      debianPython,
      '-c',
      'import time\nend = time.process_time() + 0.6\nwhile time.process_time() < end: pass',
    ]);
    // 0.6 s of CPU with two hogs beside it takes some 1.8 s on the clock; most of the rest was waiting.
    expect(busy.wall).toBeGreaterThan(1_200);
    expect(busy.usable).toBeLessThan(busy.wall * 0.7);
  });

  it('counts every moment of a process that sleeps or blocks, however busy the machine', async () => {
    hogCpuZero();
    const sleeper = await clockOver([debianPython, '-c', 'import time; time.sleep(1.5)']);
    expect(sleeper.usable).toBeGreaterThan(sleeper.wall * 0.85);
  });
});

describe.runIf(linux)('verify under CPU hogs (FLASH_LOGIN_START_TIMEOUT=4)', () => {
  /** Lesson 1's app, made to work some CPU at import, or to sleep longer than the timeout. */
  async function appThat(work: string): Promise<string> {
    const dir = await makeProject(1);
    const app = join(dir, 'app.py');
    await fs.writeFile(app, `import time\n${work}\n${await fs.readFile(app, 'utf8')}`);
    return dir;
  }
  const verifyPinned = (dir: string) =>
    execa('taskset', ['-c', '0', process.execPath, bins.flashLogin, 'verify', '--dir', dir, '--python', debianPython], {
      reject: false,
      env: { NO_COLOR: '1', FLASH_LOGIN_START_TIMEOUT: '4' },
    });

  it('starts a correct app that needs longer than the timeout on the clock, and still gives up on one that sleeps', async () => {
    hogCpuZero();
    // 2 s of CPU at import, under the 4 s limit of its own time. Its share of CPU 0 is a third where it
    // runs beside the hogs, and a half where the sandbox's new session puts it in an autogroup of its
    // own (Linux shares a CPU between sessions first): at least 4 s on the clock either way.
    const slow = await appThat('_end = time.process_time() + 2.0\nwhile time.process_time() < _end: pass');
    const started = performance.now();
    const worked = await verifyPinned(slow);
    const took = performance.now() - started;
    expect(worked.exitCode, String(worked.stdout) + String(worked.stderr)).toBe(0);
    // The positive control: on the clock it did take longer than the 4 s a wall-time timeout allowed.
    expect(took).toBeGreaterThan(4_000);

    const sleeper = await appThat('time.sleep(600)');
    const gaveUp = await verifyPinned(sleeper);
    expect(gaveUp.exitCode).toBe(2);
    expect(String(gaveUp.stdout)).toMatch(/app\.py did not start listening within 4 s \(does it block at import time\?\)/);
  });
});
