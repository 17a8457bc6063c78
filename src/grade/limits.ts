// Each submission's limits: time, memory, processes, output. The kernel holds the hard line
// (prlimit), and a watch on the submission's process groups stops it at its limit and says which.
import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import type { AppConfinement } from '../runtime/confine.js';
import { processTree } from '../runtime/sandbox.js';

/** How the limits are held, for the reports: no cgroup is used yet (a watch of the processes and the kernel's rlimits). */
export const LIMITS_HELD_BY =
  'rlimit (prlimit: memory, file size, processes, CPU per process) and a watch of its processes (memory, processes, CPU in all)';

export interface Limits {
  seconds: number;
  /** CPU seconds its processes may use together, besides the wall clock. */
  cpuSeconds: number;
  memoryMb: number;
  processes: number;
  outputKb: number;
}

export const DEFAULT_LIMITS: Limits = { seconds: 120, cpuSeconds: 120, memoryMb: 512, processes: 64, outputKb: 1024 };

/** The user untrusted code runs as: nobody. Limits on processes do not bind root. */
const NOBODY = 65534;

/**
 * How often the watch looks at the submissions' processes. A look reads every /proc/PID/stat
 * (30-60 ms on this busy machine), so every 200 ms made grade 1.7× slower than verify; the
 * kernel's limits (prlimit) hold the hard line between looks.
 */
const WATCH_MS = 1000;
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
  /** The processes started for it (their trees are its, setsid or not). */
  roots: Set<number>;
  /** CPU seconds its processes that are gone used (a killed child's time is not in /proc any more). */
  cpuSeen: Map<number, number>;
  /** The user its code runs as, when grade switched to one. */
  uid?: number;
  hold: Hold;
  limits: Limits;
  peak: number;
}

const watched = new Set<Watched>();
let timer: NodeJS.Timeout | undefined;

/** A process's proportional share of memory (shared pages split between their users), in bytes. */
async function pssBytes(pid: number): Promise<number> {
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const kb = /^Pss:\s+(\d+) kB/m.exec(rollup);
  return kb ? Number(kb[1]) * 1024 : 0;
}

/**
 * One look at every process: each watched submission's processes, by process group, and the
 * memory they hold together. Memory is PSS: a fork shares its parent's pages, and counting
 * them once per process would take a few forks for a memory hog.
 */
async function look(): Promise<void> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name));
  const byGroup = new Map<number, { pid: number; threads: number }[]>();
  const byUser = new Map<number, { pid: number; threads: number }[]>();
  const cpuOf = new Map<number, number>();
  const threadsOf = new Map<number, number>();
  const users = new Set([...watched].map((item) => item.uid).filter((uid) => uid !== undefined));
  await Promise.all(
    pids.map(async (pid) => {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
      if (!stat) return;
      // After "(command)": state, ppid, pgrp are the first three fields, num_threads the 18th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const group = Number(fields[2]);
      const threads = Number(fields[17]);
      // utime and stime, in ticks of 1/100 s.
      cpuOf.set(Number(pid), (Number(fields[11]) + Number(fields[12])) / 100);
      threadsOf.set(Number(pid), threads);
      byGroup.set(group, [...(byGroup.get(group) ?? []), { pid: Number(pid), threads }]);
      if (users.size === 0) return;
      const owner = (await lstat(`/proc/${pid}`).catch(() => undefined))?.uid;
      if (owner !== undefined && users.has(owner)) byUser.set(owner, [...(byUser.get(owner) ?? []), { pid: Number(pid), threads }]);
    }),
  );
  for (const item of watched) {
    // Run as a user of its own, a submission is every process of that user: the kernel's process
    // limit counts them all (threads too), and in the sandbox the app starts a session of its
    // own, out of the group we started. Otherwise, its process groups.
    const listed = item.uid !== undefined ? (byUser.get(item.uid) ?? []) : [...item.groups].flatMap((group) => byGroup.get(group) ?? []);
    // And every process below the ones started for it: a child that left the group with setsid is still its.
    const tree = [...item.roots].flatMap((pid) => processTree(pid));
    const pids = new Set([...listed.map((member) => member.pid), ...tree]);
    const members = [...pids].map((pid) => ({ pid, threads: threadsOf.get(pid) ?? 0 }));
    // CPU time only of its own tree: the user's other processes (another run's, another test's) are not its.
    for (const pid of tree) if (cpuOf.has(pid)) item.cpuSeen.set(pid, cpuOf.get(pid)!);
    const cpu = [...item.cpuSeen.values()].reduce((sum, seconds) => sum + seconds, 0);
    if (cpu > item.limits.cpuSeconds) {
      item.hold.stop(`CPU time limit (${item.limits.cpuSeconds} s)`);
      continue;
    }
    const tasks = members.reduce((sum, member) => sum + member.threads, 0);
    if (tasks >= item.limits.processes) {
      item.hold.stop(`process limit (${item.limits.processes} processes)`);
      continue;
    }
    const bytes = (await Promise.all(members.map((member) => pssBytes(member.pid)))).reduce((sum, each) => sum + each, 0);
    item.peak = Math.max(item.peak, bytes);
    if (bytes > item.limits.memoryMb * 1024 * 1024) item.hold.stop(`memory limit (${item.limits.memoryMb} MB)`);
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
 * The user a worker's submissions run as: nobody for the first worker, and the uids just below
 * it for the others. The kernel counts processes per user, so with one user for all, a fork
 * bomb in one submission would leave the submission beside it no room for a thread.
 */
function workerUid(slot: number): number {
  return NOBODY - slot;
}

/** Hold one submission in, run by worker `slot` (0, 1, …). */
export function holdSubmission(limits: Limits, slot: number): Hold {
  let stoppedFor: string | undefined;
  let printed = 0;
  let released = false;
  const uid = runsAsRoot() ? workerUid(slot) : undefined;
  const wrapper = prlimit
    ? [
        prlimit,
        // RLIMIT_DATA, not the address space: Python's threads reserve far more than they use.
        `--data=${limits.memoryMb * 1024 * 1024}`,
        `--fsize=${MAX_FILE_BYTES}`,
        // Per process: the watch adds up all of them.
        `--cpu=${Math.ceil(limits.cpuSeconds)}`,
        '--core=0',
        // Only for a user of its own: for the teacher's, it would count every process they run.
        ...(uid !== undefined ? [`--nproc=${limits.processes}`] : []),
        '--',
      ]
    : [];
  const item: Watched = {
    groups: new Set(),
    roots: new Set(),
    cpuSeen: new Map(),
    uid,
    limits,
    peak: 0,
    hold: undefined as unknown as Hold,
  };
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
      ...(uid !== undefined ? { uid, gid: uid } : {}),
      env: CLEAN_ENV,
      started: (pid) => {
        item.groups.add(pid);
        item.roots.add(pid);
        // Started after it was given up or released: stopped at once, nothing of it outlives the grading.
        if (released) killAll();
      },
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
      released = true;
      // Killing the group kills bwrap, and with it its PID namespace: a process that left the
      // group (setsid) goes too. (Not `kill -1` as the user: nobody is shared with the system.)
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
