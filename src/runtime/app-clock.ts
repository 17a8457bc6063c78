// How long an app has had to start: wall time less the time its processes sat ready to run but
// waiting for a CPU (Linux's /proc/PID/schedstat, second field: run_delay). On a machine that other
// work keeps busy, a correct app can take far longer than its own start on the clock; an app that
// sleeps or blocks at import waits for nothing but itself, and its time counts in full.
import { readFileSync } from 'node:fs';

/** The nanoseconds a process has waited, runnable, for a CPU; undefined where it cannot be read. */
function runDelayNs(pid: number): number | undefined {
  try {
    const delay = Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]);
    return Number.isFinite(delay) ? delay : undefined;
  } catch {
    return undefined; // gone, or not Linux
  }
}

export class AppClock {
  private readonly startedAt = performance.now();
  /** Each process's run_delay when first seen; one there before the clock started counts from then. */
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();

  constructor(private readonly processes: () => number[]) {
    for (const pid of processes()) {
      const delay = runDelayNs(pid);
      if (delay === undefined) continue;
      this.first.set(pid, delay);
      this.last.set(pid, delay);
    }
  }

  /** Milliseconds on the clock since it started. */
  wallMs(): number {
    return performance.now() - this.startedAt;
  }

  /** Milliseconds the app could use: wall time less its processes' waits for a CPU (those gone keep theirs). */
  usableMs(): number {
    for (const pid of this.processes()) {
      const delay = runDelayNs(pid);
      if (delay === undefined) continue;
      if (!this.first.has(pid)) this.first.set(pid, 0); // born after the clock started: all its waits count
      this.last.set(pid, delay);
    }
    let waitedNs = 0;
    for (const [pid, delay] of this.last) waitedNs += Math.max(0, delay - (this.first.get(pid) ?? 0));
    return Math.max(0, this.wallMs() - waitedNs / 1e6);
  }
}
