import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import fs from 'fs-extra';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { AppConfinement } from './confine.js';
import { serveAppScript } from './paths.js';
import { processTree, type Sandbox } from './sandbox.js';
import { socketFor } from './transport.js';
import { run } from './spawn.js';
import { catalog } from './i18n.js';

const text = catalog({
  en: {
    ownDatabase: (database: string) =>
      `app.py chose its own database, ${database}, instead of the throwaway one verify gave it (FLASK_SQLALCHEMY_DATABASE_URI), ` +
      'so verify stopped before any request could reach it: set your default SQLALCHEMY_DATABASE_URI before app.config.from_prefixed_env(), never after',
    importFailed: 'app.py failed to import',
    noApp: 'app.py has no Flask app: name it `app` or `application`, or add a factory `create_app()` or `make_app()`',
    exited: (code: string) => `the app exited before it listened (exit code ${code})`,
    notListening: (seconds: number) => `app.py did not start listening within ${seconds} s (does it block at import time?)`,
  },
  'zh-CN': {
    ownDatabase: (database) =>
      `app.py 选了自己的数据库 ${database}，而不是 verify 给它的一次性数据库（FLASK_SQLALCHEMY_DATABASE_URI），` +
      '所以 verify 在任何请求到达之前就停下了：请在 app.config.from_prefixed_env() 之前设置默认的 SQLALCHEMY_DATABASE_URI，不要放在它之后',
    importFailed: '导入 app.py 失败',
    noApp: 'app.py 里没有 Flask 应用：把它命名为 `app` 或 `application`，或者加一个工厂函数 `create_app()` 或 `make_app()`',
    exited: (code) => `应用在开始监听之前就退出了（退出码 ${code}）`,
    notListening: (seconds) => `app.py 在 ${seconds} 秒内没有开始监听（它是不是在导入时阻塞了？）`,
  },
});

const READY = 'FLASH_LOGIN_READY ';
/** serve_app.py's record of what a tagged request printed after its answer had started: `FLASH_LOGIN_OUTPUT {"tag", "text"}`. */
const OUTPUT_RECORD = 'FLASH_LOGIN_OUTPUT ';
const START_TIMEOUT_MS = 20_000;
const FORCE_KILL_AFTER_MS = 2_000;
/** Folders and files never copied into the staging folder: the learner's data and tooling. */
const NOT_STAGED = new Set(['.venv', 'venv', 'env', '.git', 'instance', '__pycache__', 'node_modules', '.flash-login']);
const DATABASE_FILE = /\.(db|sqlite|sqlite3)$/i;

export class AppStartError extends Error {
  constructor(
    message: string,
    readonly appOutput: string,
  ) {
    super(message);
  }
}

export interface RunningApp {
  /** Where the app listens now (a restart may move it to another port). */
  readonly baseUrl: string;
  /** Everything the app printed so far outside tagged requests, across restarts, with staging paths shown as the learner's own. */
  output(): string;
  /** What requests tagged `tag` printed after their answers had started (streamed bodies), staging paths shown as the learner's. */
  lateOutput(tag: string): string;
  /** Text from the app with staging paths shown as the learner's own. */
  shown(text: string): string;
  /** The CPU seconds the app's process has used so far; undefined where that cannot be read. */
  cpuSeconds(): Promise<number | undefined>;
  /** Stop the app and start it again with these environment variables changed; resolves once it listens. */
  restart(env: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  python: string;
  /** The staged copy to run, from stageProject(). */
  dir: string;
  /**
   * Settles once the staged copy is complete, when it is still being made: Python starts at
   * once and imports the packages the project uses (read from displayDir) meanwhile, and the
   * app starts from `dir` when this resolves. A rejection stops Python and fails the start.
   */
  copied?: Promise<unknown>;
  env: Record<string, string>;
  /** The learner's folder, shown in tracebacks instead of the staging folder. */
  displayDir: string;
  /** How untrusted code is held in (grade): see confine.ts. */
  confine?: AppConfinement;
  /** Where the app runs: confined with bwrap, or only with a clean environment. Absent: as we run. */
  sandbox?: Sandbox;
}

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

const STAGING_PREFIX = 'flash-login-verify-';
/** No verify runs this long, so an older staging folder is one that a verify killed outright left behind. */
const STALE_STAGING_MS = 24 * 3_600_000;

/** Remove staging folders left by verifies that were killed outright (SIGKILL gives no chance to clean up). */
export async function sweepStaleStaging(): Promise<void> {
  const parent = scratchParent();
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  for (const name of names.filter((entry) => entry.startsWith(STAGING_PREFIX))) {
    const path = join(parent, name);
    const stats = await fs.stat(path).catch(() => undefined);
    if (stats?.isDirectory() && Date.now() - stats.mtimeMs > STALE_STAGING_MS) await fs.remove(path).catch(() => undefined);
  }
}

/**
 * Copy the learner's project into a temporary folder without its databases or
 * virtualenv, so that an app which ignores FLASK_SQLALCHEMY_DATABASE_URI still
 * cannot touch the learner's own data.
 */
export function stageProject(projectDir: string): { staging: string; copied: Promise<void> } {
  // mkdtemp: made here and now, mode 0700, a name no other run can have: this run's alone.
  const staging = mkdtempSync(join(scratchParent(), STAGING_PREFIX));
  const copied = fs.copy(projectDir, join(staging, 'app'), { filter: (source) => isStaged(projectDir, source) });
  return { staging, copied };
}

/** Whether a path of the project belongs in a copy that runs it: not its databases, virtualenv or tooling. */
export function isStaged(projectDir: string, source: string): boolean {
  const path = relative(projectDir, source);
  if (path === '') return true;
  const parts = path.split(sep);
  return !parts.some((part) => NOT_STAGED.has(part)) && !DATABASE_FILE.test(path);
}

/** What serve_app.py says once the app listens: where, and which process serves it. */
interface Ready {
  port?: number;
  /** The Unix socket it serves on instead, inside the sandbox. */
  socket?: string;
  pid?: number;
}

/** The CPU seconds a process has used: /proc on Linux, ps elsewhere, undefined on Windows or when it is gone. */
export async function cpuSecondsOf(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined || process.platform === 'win32') return undefined;
  try {
    if (process.platform === 'linux') {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // After the command name in parentheses: state is field 3, utime 14 and stime 15, in ticks of 1/100 s.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    }
    const { stdout } = await run('ps', ['-o', 'time=', '-p', String(pid)], { timeout: 2_000 });
    return parseCpuTime(stdout.trim());
  } catch {
    return undefined;
  }
}

/** ps's TIME column: [[dd-]hh:]mm:ss[.cc]. */
export function parseCpuTime(text: string): number | undefined {
  const match = /^(?:(\d+)-)?(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/.exec(text);
  if (!match) return undefined;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
}

/**
 * The origin each app on a socket is reached by: transport.ts routes an origin to its socket,
 * so two apps at once (grade's workers) need two origins. The first is plain 127.0.0.1; one
 * started beside it gets a port number nothing dials (the socket is used instead).
 */
const socketOrigins = new Map<string, string>();
function socketOrigin(socket: string): string {
  let origin = socketOrigins.get(socket);
  if (origin) return origin;
  const taken = new Set(socketOrigins.values());
  origin = 'http://127.0.0.1';
  for (let port = 1; taken.has(origin); port++) origin = `http://127.0.0.1:${port}`;
  socketOrigins.set(socket, origin);
  return origin;
}

/** Where a client reaches the app: its port on 127.0.0.1, or a socket that transport.ts routes this origin to. */
const baseUrlOf = (ready: Ready) => (ready.socket ? socketOrigin(ready.socket) : `http://127.0.0.1:${ready.port}`);

/** The CPU seconds of a process and everything below it. */
async function treeCpuSeconds(root: number | undefined): Promise<number | undefined> {
  if (root === undefined) return undefined;
  const each = await Promise.all(processTree(root).map((pid) => cpuSecondsOf(pid)));
  return each.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0);
}

/** Whether serve_app.py can restart the app itself (it forks; Windows cannot). */
const RESTARTS_IN_PLACE = process.platform !== 'win32';

/** serve_app.py's line naming a database outside verify's copy (it exits 5 after it). */
const OWN_DATABASE = /^FLASH_LOGIN_OWN_DATABASE (.*)$/m;

function exitReason(exitCode: number | undefined, signal: string | undefined, output: string): string {
  const own = exitCode === 5 ? OWN_DATABASE.exec(output) : null;
  if (own)
    return text().ownDatabase(own[1]!);
  if (exitCode === 3) return text().importFailed;
  if (exitCode === 4) return text().noApp;
  return text().exited(String(exitCode ?? signal));
}

/**
 * Start the app with serve_app.py and resolve once it listens; the port comes from the app itself.
 * The app announces it is listening on stdout, so readiness is an event, never a sleep or a poll.
 */
export async function startApp(options: StartOptions): Promise<RunningApp> {
  const chunks: string[] = [];
  const late = new Map<string, string>();
  const shown = (text: string) => text.split(options.dir).join(options.displayDir);
  const output = () => shown(chunks.join(''));
  let env = { ...options.env };
  const { sandbox } = options;

  interface Launched {
    child: ChildProcess;
    /** Settles once the process has ended and its output is read. */
    ended: Promise<void>;
    /** Resolves with the next FLASH_LOGIN_READY line; rejects when the process ends first. */
    nextReady(): Promise<Ready>;
    exited: boolean;
  }

  const launch = (copying = false): Launched => {
    // The learner's folder rides along as a label, so `ps` shows whose app a process serves.
    // stdin carries commands (start, restart); serve_app.py exits when this pipe closes.
    // While the copy is being made, Python waits beside it, in the folder the copy goes into.
    const args = copying ? ['--wait', options.dir, options.displayDir] : [options.dir, options.displayDir];
    const cwd = copying ? dirname(dirname(options.dir)) : options.dir;
    const ours = { ...env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', ...(sandbox?.socketPath ? { FLASH_LOGIN_SOCKET: sandbox.socketPath } : {}) };
    const sandboxed = sandbox ? sandbox.command(['-u', serveAppScript, ...args], cwd) : { file: options.python, args: ['-u', serveAppScript, ...args] };
    // grade's limits (prlimit) wrap the sandbox, and bind everything in it.
    const confine = options.confine;
    const command = confine ? { file: confine.wrapper[0] ?? sandboxed.file, args: [...confine.wrapper.slice(1), ...(confine.wrapper.length ? [sandboxed.file] : []), ...sandboxed.args] } : sandboxed;
    const child = spawn(command.file, command.args, {
      cwd,
      env: sandbox ? sandbox.environment(ours) : { ...(confine?.env ?? process.env), ...ours },
      stdio: ['pipe', 'pipe', 'pipe'],
      // Confined, it leads its own process group, so everything it forks can be stopped at once.
      ...(confine ? { detached: true, uid: confine.uid, gid: confine.gid } : {}),
    });
    if (confine && child.pid !== undefined) confine.started(child.pid);
    const capped = (data: Buffer) => confine?.printed(data.length) ?? true;
    child.stdin.on('error', () => {}); // a write after the app exited: its exit is reported instead
    let waiter: { resolve(ready: Ready): void; reject(error: Error): void } | undefined;
    let failure: Error | undefined;
    let startError: Error | undefined;
    let pending = '';
    child.stdout.on('data', (data: Buffer) => {
      if (!capped(data)) return;
      pending += data.toString();
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline + 1);
        pending = pending.slice(newline + 1);
        if (line.startsWith(READY)) {
          waiter?.resolve(JSON.parse(line.slice(READY.length)) as Ready);
          waiter = undefined;
        } else chunks.push(line);
      }
    });
    // Whole lines, so a tagged record is never split across two reads.
    let pendingErr = '';
    const errLine = (line: string) => {
      if (!line.startsWith(OUTPUT_RECORD)) return chunks.push(line);
      try {
        const record = JSON.parse(line.slice(OUTPUT_RECORD.length)) as { tag: string; text: string };
        late.set(record.tag, (late.get(record.tag) ?? '') + record.text);
      } catch {
        chunks.push(line);
      }
    };
    child.stderr.on('data', (data: Buffer) => {
      if (!capped(data)) return;
      pendingErr += data.toString();
      let newline: number;
      while ((newline = pendingErr.indexOf('\n')) >= 0) {
        errLine(pendingErr.slice(0, newline + 1));
        pendingErr = pendingErr.slice(newline + 1);
      }
    });
    child.stderr.on('end', () => {
      if (pendingErr) chunks.push(pendingErr);
      pendingErr = '';
    });
    child.on('error', (error) => (startError = error));
    const launched: Launched = {
      child,
      exited: false,
      ended: new Promise<void>((resolve) =>
        child.on('close', (exitCode, signal) => {
          launched.exited = true;
          if (pending) chunks.push(pending);
          failure = startError
            ? new AppStartError(`cannot run ${options.python} (${startError.message})`, output())
            : new AppStartError(exitReason(exitCode ?? undefined, signal ?? undefined, output()), output());
          waiter?.reject(failure);
          waiter = undefined;
          resolve();
        }),
      ),
      nextReady: () =>
        new Promise<Ready>((resolve, reject) => {
          if (failure) reject(failure);
          else waiter = { resolve, reject };
        }),
    };
    return launched;
  };

  /** Close its stdin and ask it to stop (serve_app.py stops its app, then exits); kill it if it has not within 2 s. */
  const stopProcess = async (launched: Launched) => {
    launched.child.stdin?.end();
    if (!launched.exited) {
      launched.child.kill('SIGTERM');
      const force = setTimeout(() => launched.child.kill('SIGKILL'), FORCE_KILL_AFTER_MS);
      await launched.ended;
      clearTimeout(force);
    }
    await launched.ended;
  };

  /** Wait for the app to listen, within the start timeout; on a timeout, stop it before failing. */
  const listening = async (launched: Launched): Promise<Ready> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), START_TIMEOUT_MS)));
    try {
      const ready = await Promise.race([launched.nextReady(), timedOut]);
      if (ready !== 'timeout') return ready;
      await stopProcess(launched);
      throw new AppStartError(text().notListening(START_TIMEOUT_MS / 1000), output());
    } finally {
      clearTimeout(timer);
    }
  };

  // Inside bwrap the learner's folder is hidden, so Python cannot read it while the copy is made: it starts after.
  if (sandbox?.kind === 'bwrap' && options.copied) await options.copied;
  let current = launch(options.copied !== undefined && sandbox?.kind !== 'bwrap');
  if (options.copied && sandbox?.kind !== 'bwrap') {
    try {
      await options.copied;
    } catch (error) {
      await stopProcess(current);
      throw error;
    }
    current.child.stdin?.write('start\n');
  }
  let ready = await listening(current);
  if (ready.socket) socketFor.set(baseUrlOf(ready), ready.socket);
  let stopped: Promise<void> | undefined;
  return {
    get baseUrl() {
      return baseUrlOf(ready);
    },
    output,
    lateOutput: (tag) => shown(late.get(tag) ?? ''),
    shown,
    // A PID namespace numbers the sandbox's processes afresh: there, count the whole tree bwrap started.
    cpuSeconds: () => (sandbox?.kind === 'bwrap' ? treeCpuSeconds(current.child.pid) : cpuSecondsOf(ready.pid ?? current.child.pid)),
    restart: async (changed) => {
      env = { ...env, ...changed };
      if (RESTARTS_IN_PLACE && !current.exited) {
        current.child.stdin?.write(`restart ${JSON.stringify(env)}\n`);
      } else {
        await stopProcess(current);
        current = launch();
      }
      ready = await listening(current);
    },
    stop: () =>
      (stopped ??= stopProcess(current).finally(() => {
        socketFor.delete(baseUrlOf(ready));
        if (ready.socket) socketOrigins.delete(ready.socket);
      })),
  };
}
