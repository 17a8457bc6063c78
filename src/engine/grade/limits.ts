// Each submission's limits: time, memory, processes, output. The kernel holds the hard line
// (prlimit), and a watch on the submission's process groups stops it at its limit and says which.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { AppConfinement } from '../confine.js';

export interface Limits {
  seconds: number;
  memoryMb: number;
  processes: number;
  outputKb: number;
}

export const DEFAULT_LIMITS: Limits = { seconds: 120, memoryMb: 512, processes: 64, outputKb: 1024 };

/** The user untrusted code runs as: nobody. Limits on processes do not bind root. */
export const NOBODY = 65534;

/** How often the watch looks at the submissions' processes. */
const WATCH_MS = 200;
/** No file a submission writes may grow past this (its database is a few KB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** One submission held in: what verify runs its app with, and the verdict of the watch. */
export interface Hold {
  confine: AppConfinement;
  /** Why the submission was stopped (a limit it hit), or undefined. */
  reason(): string | undefined;
  /** The most memory its processes held at once, as far as the watch saw, in bytes. */
  peakBytes(): number;
  /** Stop it for this reason: every process of its groups is killed. */
  stop(reason: string): void;
  /** Done with it: kill whatever it left running and stop watching. */
  release(): void;
}

interface Watched {
  groups: Set<number>;
  hold: Hold;
  limits: Limits;
  peak: number;
}

const watched = new Set<Watched>();
let timer: NodeJS.Timeout | undefined;
const PAGE_BYTES = 4096;

/** One look at every process: each watched submission's count and memory, by process group. */
async function look(): Promise<void> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  const byGroup = new Map<number, { count: number; rss: number }>();
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
      if (!stat) return;
      // After "(command)": state, ppid, pgrp, … rss is the 24th field of the line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const group = Number(fields[2]);
      const entry = byGroup.get(group) ?? { count: 0, rss: 0 };
      entry.count += 1;
      entry.rss += Number(fields[21]) * PAGE_BYTES;
      byGroup.set(group, entry);
    }),
  );
  for (const item of watched) {
    let count = 0;
    let rss = 0;
    for (const group of item.groups) {
      const entry = byGroup.get(group);
      if (entry) (count += entry.count), (rss += entry.rss);
    }
    item.peak = Math.max(item.peak, rss);
    if (count >= item.limits.processes) item.hold.stop(`process limit (${item.limits.processes} processes)`);
    else if (rss > item.limits.memoryMb * 1024 * 1024) item.hold.stop(`memory limit (${item.limits.memoryMb} MB)`);
  }
}

function watch(item: Watched): void {
  watched.add(item);
  if (timer || process.platform !== 'linux') return;
  let looking = false;
  timer = setInterval(() => {
    if (looking) return;
    looking = true;
    void look().finally(() => (looking = false));
  }, WATCH_MS);
  timer.unref();
}

function unwatch(item: Watched): void {
  watched.delete(item);
  if (watched.size === 0 && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

const runsAsRoot = () => process.getuid?.() === 0;
const prlimit = ['/usr/bin/prlimit', '/bin/prlimit'].find((path) => existsSync(path));

/**
 * The environment student code starts from: a PATH and a locale, and nothing of the teacher's
 * (tokens, keys). verify adds its own variables (the secret key, the database).
 */
const CLEAN_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8', HOME: '/tmp' };

/**
 * Hold one submission in. `jobs` is how many run at once: the kernel counts processes per user,
 * and every submission runs as nobody, so its hard process limit is the whole class's share
 * (the watch stops each submission at its own).
 */
export function holdSubmission(limits: Limits, jobs: number): Hold {
  let stoppedFor: string | undefined;
  let printed = 0;
  const asNobody = runsAsRoot();
  const wrapper = prlimit
    ? [
        prlimit,
        // RLIMIT_DATA, not the address space: Python's threads reserve far more than they use.
        `--data=${limits.memoryMb * 1024 * 1024}`,
        `--fsize=${MAX_FILE_BYTES}`,
        '--core=0',
        // Only for another user: for the teacher's own, it would count every process they run.
        ...(asNobody ? [`--nproc=${limits.processes * jobs}`] : []),
        '--',
      ]
    : [];
  const item: Watched = { groups: new Set(), limits, peak: 0, hold: undefined as unknown as Hold };
  const killAll = () => {
    for (const group of item.groups) {
      try {
        process.kill(-group, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  item.hold = {
    confine: {
      wrapper,
      ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
      env: CLEAN_ENV,
      started: (pid) => item.groups.add(pid),
      printed: (bytes) => {
        printed += bytes;
        if (printed <= limits.outputKb * 1024) return true;
        item.hold.stop(`output limit (${limits.outputKb} KB)`);
        return false;
      },
    },
    reason: () => stoppedFor,
    peakBytes: () => item.peak,
    stop: (reason) => {
      stoppedFor ??= reason;
      killAll();
    },
    release: () => {
      killAll();
      unwatch(item);
    },
  };
  watch(item);
  return item.hold;
}

/** Whether the app ran out of memory at the kernel's limit before the watch saw it. */
export function ranOutOfMemory(text: string): boolean {
  return /\bMemoryError\b|Cannot allocate memory/.test(text);
}
