// Starting serve_app.py: the one place that builds its command, shared by a verify's own start
// (app-runner.ts) and the start that bin/flash-login.js makes before the CLI has loaded
// (prestart.ts), so this module stays small: Node's own modules, paths and the sandbox.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { accessSync, closeSync, constants, mkdtempSync, openSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serveAppScript } from '../shared/paths.js';
import { readUntrustedFile } from '../shared/untrusted.js';
import type { AppConfinement } from './confine.js';
import type { Sandbox } from './sandbox.js';

/**
 * Where staging folders go: Linux's shared-memory tmpfs when it is there, because the app's
 * throwaway database lives in the staging folder, and on a disk every commit waits for a sync
 * (measured here: 7.3 ms per SQLite commit on disk, 0.07 ms in /dev/shm; lesson 5's checks
 * commit a few dozen times, one after another). Elsewhere, the system's temporary folder.
 */
export function scratchParent(): string {
  const shm = '/dev/shm';
  if (process.platform === 'linux') {
    try {
      accessSync(shm, constants.W_OK | constants.X_OK);
      if (statSync(shm).isDirectory()) return shm;
    } catch {
      // not there, or not ours to write: the temporary folder instead
    }
  }
  return tmpdir();
}

/** What a scratch folder holds: a run's staged copy, a Python probe's, the claimed sockets, database snapshots. */
const SCRATCH_KINDS = ['verify', 'probe', 'sockets', 'db'] as const;
type ScratchKind = (typeof SCRATCH_KINDS)[number];
/** `flash-login-KIND-PID.NS-XXXXXX` (`.NS` where the pid namespace is known); mkdtemp adds the last six. */
const SCRATCH_NAME = new RegExp(`^flash-login-(?:${SCRATCH_KINDS.join('|')})-(\\d+)(?:\\.(\\d+))?-[0-9A-Za-z]{6}$`);

let namespace: string | undefined | null = null;
/** This process's pid namespace (Linux): a pid in a folder's name says which process it is only within that namespace. */
function pidNamespace(): string | undefined {
  if (namespace === null) {
    try {
      namespace = /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1];
    } catch {
      namespace = undefined;
    }
  }
  return namespace;
}

/**
 * A new folder of this process's own (mkdtemp: mode 0700, a name no other can have) in `parent`.
 * Its name carries our pid and pid namespace (`PID.NS`), so a later verify can tell that the
 * process which made it is gone (killed outright, it had no chance to remove it) and remove it.
 */
export function scratchFolder(kind: ScratchKind, parent = scratchParent()): string {
  const ns = pidNamespace();
  return mkdtempSync(join(parent, `flash-login-${kind}-${process.pid}${ns ? `.${ns}` : ''}-`));
}

/**
 * The pid of the process that made a scratch folder of this name, when it is a pid of our own
 * namespace; undefined for any other name (a container sharing /dev/shm has pids of its own).
 */
export function scratchOwner(name: string): number | undefined {
  const match = SCRATCH_NAME.exec(name);
  return match && match[2] === pidNamespace() ? Number(match[1]) : undefined;
}

/** The most of a .py file guessImports reads. */
const MAX_IMPORTS_SOURCE = 1 << 20;

export const STAGING_PREFIX = 'flash-login-verify-';
/** `import a.b, c` and `from a.b import c` at the start of a line (not `from . import`). */
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([\w., \t]+?)[ \t]*(?:#.*)?$)/gm;

/**
 * What the project's top-level .py files import, read roughly (serve_app.py reads the copy's
 * properly once it is made): inside bwrap, Python cannot read the learner's folder, so this
 * list is what it imports while the copy is being made. A wrong guess only fails to import.
 */
export function guessImports(projectDir: string): string[] {
  const names = new Set<string>();
  let files: string[];
  try {
    files = readdirSync(projectDir).filter((name) => name.endsWith('.py'));
  } catch {
    return [];
  }
  for (const file of files) {
    // The learner's (or a submission's) file, read on the host: never through a link, never a FIFO, at most 1 MB.
    const source = readUntrustedFile(join(projectDir, file), MAX_IMPORTS_SOURCE)?.toString('utf8');
    if (source === undefined) continue;
    for (const [, from, plain] of source.matchAll(IMPORT_LINE)) {
      for (const name of from ? [from] : plain!.split(',').map((part) => part.trim().split(/\s/)[0]!)) if (name) names.add(name);
    }
  }
  return [...names];
}

export interface ServeAppStart {
  python: string;
  /** The staged copy to run (or the folder it is being copied into, with `copying`). */
  dir: string;
  /** The learner's folder: a label for `ps`, and where the imports to preload are read from. */
  displayDir: string;
  /** Start with --wait: Python imports the packages now and the app once `start` comes. */
  copying: boolean;
  /** The whole environment we add (the sandbox cleans the rest). */
  env: Record<string, string>;
  sandbox?: Sandbox;
  confine?: AppConfinement;
}

/** What a serve_app.py process says: its output as it comes, then its end. */
export interface ServeReader {
  stdout(data: Buffer): void;
  stderr(data: Buffer): void;
  closed(exitCode: number | null, signal: NodeJS.Signals | null, error: Error | undefined): void;
}

/**
 * A serve_app.py process. Its output and its end are kept until a reader is attached: a process
 * started before the CLI had loaded (prestart.ts) may have printed, or even ended, by then.
 */
export class ServeProcess {
  private reader: ServeReader | undefined;
  private readonly early: Array<(reader: ServeReader) => void> = [];
  private error: Error | undefined;

  constructor(readonly child: ChildProcess) {
    const relay = (event: (reader: ServeReader) => void) => (this.reader ? event(this.reader) : this.early.push(event));
    child.stdout!.on('data', (data: Buffer) => relay((reader) => reader.stdout(data)));
    child.stderr!.on('data', (data: Buffer) => relay((reader) => reader.stderr(data)));
    child.on('error', (error) => (this.error = error));
    child.on('close', (code, signal) => relay((reader) => reader.closed(code, signal, this.error)));
    child.stdin!.on('error', () => {}); // a write after the app exited: its exit is reported instead
  }

  attach(reader: ServeReader): void {
    this.reader = reader;
    for (const event of this.early.splice(0)) event(reader);
  }
}

/** Spawn with stdin, stdout and stderr piped, and the seccomp filter (a file) open as fd 3 for bwrap's --seccomp 3. */
export function spawnWithFilter(filter: string | undefined, file: string, args: string[], options: SpawnOptions): ChildProcess {
  const fd = filter ? openSync(filter, 'r') : undefined;
  try {
    return spawn(file, args, { ...options, stdio: ['pipe', 'pipe', 'pipe', ...(fd === undefined ? [] : [fd])] });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Spawn serve_app.py. The learner's folder rides along as a label, so `ps` shows whose app a
 * process serves. stdin carries commands (start, sibling); serve_app.py exits when this pipe closes.
 */
export function spawnServeApp(start: ServeAppStart): ServeProcess {
  const { sandbox, confine } = start;
  // While the copy is being made, Python waits beside the staging folder (not in it: grade's user
  // gets that folder only once the copy is made). Inside bwrap it cannot read the learner's folder
  // for the packages to import meanwhile: we name them.
  const preload = start.copying && sandbox?.kind === 'bwrap' ? ['--preload', guessImports(start.displayDir).join(',')] : [];
  const args = start.copying ? ['--wait', ...preload, start.dir, start.displayDir] : [start.dir, start.displayDir];
  const cwd = start.copying ? dirname(dirname(start.dir)) : start.dir;
  const sandboxed = sandbox
    ? sandbox.command(['-u', sandbox.serveApp(), ...args], cwd)
    : { file: start.python, args: ['-u', serveAppScript, ...args] };
  // grade's limits (prlimit) wrap the sandbox, and bind everything in it.
  const command = confine
    ? {
        file: confine.wrapper[0] ?? sandboxed.file,
        args: [...confine.wrapper.slice(1), ...(confine.wrapper.length ? [sandboxed.file] : []), ...sandboxed.args],
      }
    : sandboxed;
  const child = spawnWithFilter(sandbox && 'seccomp' in sandboxed ? sandboxed.seccomp : undefined, command.file, command.args, {
    cwd,
    env: sandbox ? sandbox.environment(start.env) : { ...(confine?.env ?? process.env), ...start.env },
    // Confined, it leads its own process group, so everything it forks can be stopped at once.
    ...(confine ? { detached: true, uid: confine.uid, gid: confine.gid } : {}),
  });
  return new ServeProcess(child);
}
