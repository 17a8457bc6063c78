import { lstatSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import fs from 'fs-extra';
import { socketFor } from '../checks/transport.js';
import { catalog } from '../i18n/i18n.js';
import { pidExists, run } from '../shared/spawn.js';
import { escapeUntrusted, readUntrustedFile } from '../shared/untrusted.js';
import { AppClock } from './app-clock.js';
import { type AppConfinement, chownTree } from './confine.js';
import { APP_SOCKET, processTree, type Sandbox, sandboxFor } from './sandbox.js';
import {
  type ServeProcess,
  STAGING_PREFIX,
  scratchFolder,
  scratchOwner,
  scratchParent,
  spawnServeApp,
  spawnWithFilter,
} from './serve-process.js';

const text = catalog({
  en: {
    ownDatabase: (database: string) =>
      `app.py chose its own database, ${database}, instead of the throwaway one verify gave it (FLASK_SQLALCHEMY_DATABASE_URI), ` +
      'so verify stopped before any request could reach it: set your default SQLALCHEMY_DATABASE_URI before app.config.from_prefixed_env(), never after',
    importFailed: 'app.py failed to import',
    badReady: "the app printed a FLASH_LOGIN_READY line that is not one of verify's, so it did not start as verify runs it",
    noApp: 'app.py has no Flask app: name it `app` or `application`, or add a factory `create_app()` or `make_app()`',
    exited: (code: string) => `the app exited before it listened (exit code ${code})`,
    notListening: (seconds: number) => `app.py did not start listening within ${seconds} s (does it block at import time?)`,
    notListeningBusy: (seconds: number) =>
      `app.py did not start listening within ${seconds} s on this busy machine (does it block at import time?)`,
  },
  'zh-CN': {
    ownDatabase: (database) =>
      `app.py 选了自己的数据库 ${database}，而不是 verify 给它的一次性数据库（FLASK_SQLALCHEMY_DATABASE_URI），` +
      '所以 verify 在任何请求到达之前就停下了：请在 app.config.from_prefixed_env() 之前设置默认的 SQLALCHEMY_DATABASE_URI，不要放在它之后',
    importFailed: '导入 app.py 失败',
    badReady: '应用打印了一行不是 verify 的 FLASH_LOGIN_READY，所以它没有按 verify 的方式启动',
    noApp: 'app.py 里没有 Flask 应用：把它命名为 `app` 或 `application`，或者加一个工厂函数 `create_app()` 或 `make_app()`',
    exited: (code) => `应用在开始监听之前就退出了（退出码 ${code}）`,
    notListening: (seconds) => `app.py 在 ${seconds} 秒内没有开始监听（它是不是在导入时阻塞了？）`,
    notListeningBusy: (seconds) => `这台机器太忙，app.py 在 ${seconds} 秒内没有开始监听（它是不是在导入时阻塞了？）`,
  },
});

/** Where staging folders go (serve-process.ts); verify's tests and grade ask here. */
export { scratchFolder, scratchParent } from './serve-process.js';

/**
 * serve_app.py's own lines, each its marker then a JSON payload: the app listens (READY); an app it
 * forked beside the first (`sibling`) listens or ended by itself, naming its socket; the warm
 * Python's app ended (EXITED, warm-python.ts); what a tagged request printed after its answer had
 * started (OUTPUT: `{"tag", "text"}`); a database outside verify's copy (OWN_DATABASE, then exit 5).
 */
export const SERVE_APP_LINE = {
  READY: 'FLASH_LOGIN_READY ',
  SIBLING_READY: 'FLASH_LOGIN_SIBLING_READY ',
  SIBLING_EXITED: 'FLASH_LOGIN_SIBLING_EXITED ',
  EXITED: 'FLASH_LOGIN_EXITED ',
  OUTPUT: 'FLASH_LOGIN_OUTPUT ',
  OWN_DATABASE: 'FLASH_LOGIN_OWN_DATABASE ',
} as const;
const { READY, SIBLING_READY, SIBLING_EXITED, OUTPUT: OUTPUT_RECORD, OWN_DATABASE } = SERVE_APP_LINE;
/**
 * How long an app may take to listen, in time it could run (app-clock.ts), not time it waited for
 * a CPU: 20 s, or FLASH_LOGIN_START_TIMEOUT seconds (a slow machine; tests use short ones).
 */
const START_TIMEOUT_MS = Number(process.env.FLASH_LOGIN_START_TIMEOUT) > 0 ? Number(process.env.FLASH_LOGIN_START_TIMEOUT) * 1000 : 20_000;
/** However busy the machine, a start ends after this long on the clock. */
const START_WALL_CAP_MS = 5 * START_TIMEOUT_MS;
/** How often the start's clock is read: the timeout is this late at most. */
const START_CLOCK_LOOK_MS = 1_000;
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
  /**
   * Stop the app and start it again, a whole start, with these environment variables changed
   * (null: unset, as for an app started with no FLASK_SECRET_KEY at all); resolves once it
   * listens. Where Python forks, `sibling` starts one beside it instead, in a fraction of the time.
   */
  restart(env: Record<string, string | null>): Promise<void>;
  /**
   * Start another app of this run beside this one (5.12's, 2.6's), forked by the same Python so
   * Flask is not imported again: the same copy, on `socketName` in the staging folder (one app per
   * name: a second start on a name replaces the first), with these variables changed (null: unset).
   * Absent where Python cannot fork or the app has no socket (Windows).
   */
  sibling?(options: { socketName: string; env: Record<string, string | null> }): Promise<SiblingApp>;
  stop(): Promise<void>;
}

/** Another app of a run (RunningApp.sibling): reached like the first, never restarted; it ends with the first. */
export type SiblingApp = Pick<RunningApp, 'baseUrl' | 'shown' | 'cpuSeconds' | 'stop'>;

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
  /** A warm Python to serve the app from (verify --watch), instead of a process of its own. */
  host?: AppHost;
  /** serve_app.py --wait started already for this run (prestart.ts), in `sandbox`, waiting for the copy. */
  prestarted?: ServeProcess;
}

/** No verify runs this long, so an older staging folder is one that a verify killed outright left behind. */
const STALE_STAGING_MS = 24 * 3_600_000;

/**
 * Whether student code can start at all as grade runs it (its user, its limits, the sandbox):
 * its Python run with the tool's serve_app.py and Flask, in an empty staging folder. undefined
 * when it can; else why not, in one line (a file the user cannot read, a Python it cannot run).
 */
export async function canStartStudentCode(python: string, confine: AppConfinement): Promise<string | undefined> {
  const staging = scratchFolder('verify');
  try {
    const sandbox = sandboxFor({ projectDir: staging, staging, python });
    const script = sandbox.serveApp();
    if (confine.uid !== undefined) await chownTree(staging, confine.uid, confine.gid ?? confine.uid);
    const inside = sandbox.command(['-I', '-c', 'import sys; open(sys.argv[1]).close(); import flask', script], staging);
    const [file, ...args] = [...confine.wrapper, inside.file, ...inside.args];
    const child = spawnWithFilter(inside.seccomp, file!, args, {
      cwd: staging,
      env: sandbox.environment({}),
      ...(confine.uid !== undefined ? { uid: confine.uid, gid: confine.gid ?? confine.uid } : {}),
    });
    child.stdin!.end();
    let stderr = '';
    child.stderr!.on('data', (data: Buffer) => void (stderr.length < 64_000 && (stderr += data.toString())));
    child.stdout!.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const code = await new Promise<number | string>((resolve) => {
      child.on('error', (error) => resolve(error.message));
      child.on('close', (exit, signal) => resolve(exit ?? signal ?? 'killed'));
    });
    clearTimeout(timer);
    if (code === 0) return undefined;
    const last = stderr.trim().split('\n').pop()?.trim();
    return escapeUntrusted(last || (typeof code === 'string' ? `cannot run ${python} (${code})` : `${python} exited with code ${code}`));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The most of the app's database the checks read (a lesson's is a few KB). */
const MAX_DATABASE_BYTES = 64 * 1024 * 1024;

/**
 * A copy, in `folder` (the CLI's own), of the database the app wrote, with its -wal and -journal:
 * each read as readUntrustedFile reads, so a FIFO, a link to /dev/zero or a huge file in its
 * place is no file at all. The checks read the copy (5.5, 5.10), never the app's own path.
 */
export function databaseSnapshot(databaseFile: string, folder: string): string {
  const copy = join(folder, basename(databaseFile));
  for (const suffix of ['', '-wal', '-journal']) {
    const bytes = readUntrustedFile(`${databaseFile}${suffix}`, MAX_DATABASE_BYTES);
    if (bytes) writeFileSync(`${copy}${suffix}`, bytes);
    else rmSync(`${copy}${suffix}`, { force: true });
  }
  return copy;
}

/**
 * Remove the scratch folders of CLIs that were killed outright (SIGKILL gives no chance to clean
 * up): at once when the process named in the folder's name is gone; a staging folder from before
 * names carried a pid, once it is a day old.
 */
export async function sweepStaleStaging(): Promise<void> {
  const parent = scratchParent();
  const names = await fs.readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const path = join(parent, name);
    const owner = scratchOwner(name);
    if (owner !== undefined) {
      if (!pidExists(owner)) await fs.remove(path).catch(() => undefined);
      continue;
    }
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const stats = await fs.stat(path).catch(() => undefined);
    if (stats?.isDirectory() && Date.now() - stats.mtimeMs > STALE_STAGING_MS) await fs.remove(path).catch(() => undefined);
  }
}

/**
 * Copy the learner's project into a temporary folder without its databases or
 * virtualenv, so that an app which ignores FLASK_SQLALCHEMY_DATABASE_URI still
 * cannot touch the learner's own data.
 */
export function stageProject(
  projectDir: string,
  // mkdtemp: made here and now, mode 0700, a name no other run can have: this run's alone.
  staging = scratchFolder('verify'),
): { staging: string; copied: Promise<void> } {
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

/**
 * What a READY line says: that the app listens, nothing more (where is the CLI's choice, never
 * the app's: the socket it was given). Only where there are no Unix sockets (Windows) is the
 * port read from it, and then only a port number.
 */
interface Ready {
  port?: number;
}

/** A READY line's payload read defensively: undefined (the app failed to start) for anything but a JSON object. */
function parseReady(payload: string): Ready | undefined {
  try {
    const value = JSON.parse(payload) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const port = (value as { port?: unknown }).port;
    return Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536 ? { port: port as number } : {};
  } catch {
    return undefined;
  }
}

/** Folders only this CLI can enter (0700), by file system: each app's socket is moved into one on its own file system once it listens. */
const socketsFolders = new Map<number, string>();
let removesSocketsAtExit = false;
let socketCount = 0;

/** This CLI's sockets folder on the file system of `near` (a staging folder): in the scratch parent, else beside `near`. */
function socketsFolderFor(near: string): string {
  const device = lstatSync(near).dev;
  let folder = socketsFolders.get(device);
  if (folder) return folder;
  for (const parent of [scratchParent(), dirname(near)]) {
    if (lstatSync(parent).dev !== device) continue;
    const made = scratchFolder('sockets', parent);
    if (!removesSocketsAtExit) {
      removesSocketsAtExit = true;
      process.once('exit', () => {
        for (const left of socketsFolders.values()) rmSync(left, { recursive: true, force: true });
      });
    }
    socketsFolders.set(device, made);
    folder = made;
    break;
  }
  if (!folder) throw new Error(`no folder of verify's own on the file system of ${near}`);
  return folder;
}

/** Remove a claimed socket, and its folder once no app's socket is left there: nothing of a run stays behind, even in a long-lived process. */
function releaseSocket(claimed: string): void {
  rmSync(claimed, { force: true });
  const folder = dirname(claimed);
  for (const [device, made] of socketsFolders) {
    if (made !== folder || readdirSync(folder).length > 0) continue;
    rmSync(folder, { recursive: true, force: true });
    socketsFolders.delete(device);
  }
}

/**
 * Take the socket the app made at `appSocket` out of its reach: moved into a folder of ours,
 * so the app cannot swap it for a link to a host socket afterwards. It must be a socket (never
 * a link) before and after the move.
 */
function claimSocket(appSocket: string): string {
  const before = lstatSync(appSocket, { throwIfNoEntry: false });
  if (!before?.isSocket()) throw new Error('the app did not listen on the socket verify gave it');
  const claimed = join(socketsFolderFor(dirname(appSocket)), `${process.pid}-${++socketCount}.sock`);
  renameSync(appSocket, claimed);
  const after = lstatSync(claimed);
  if (!after.isSocket() || after.ino !== before.ino) {
    releaseSocket(claimed);
    throw new Error('the app swapped its socket for something else');
  }
  return claimed;
}

/** claimSocket, its failure an AppStartError with what the app printed. */
function claimOrFail(appSocket: string, output: () => string): string {
  try {
    return claimSocket(appSocket);
  } catch (error) {
    throw new AppStartError((error as Error).message, output());
  }
}

/** The socket and exit code in one of serve_app.py's lines about an app (`{"socket": S, "code": N}`); each undefined when not so. */
export function appLineFields(payload: string): { socket?: string; code?: number } {
  try {
    const { socket, code } = JSON.parse(payload) as { socket?: unknown; code?: unknown };
    return { socket: typeof socket === 'string' ? socket : undefined, code: Number.isInteger(code) ? (code as number) : undefined };
  } catch {
    return {};
  }
}

/** The CPU seconds a process has used: /proc on Linux, ps elsewhere, undefined on Windows or when it is gone. */
async function cpuSecondsOf(pid: number | undefined): Promise<number | undefined> {
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
function parseCpuTime(text: string): number | undefined {
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

/** The CPU seconds of a process and everything below it. */
async function treeCpuSeconds(root: number | undefined): Promise<number | undefined> {
  if (root === undefined) return undefined;
  const each = await Promise.all(processTree(root).map((pid) => cpuSecondsOf(pid)));
  return each.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0);
}

/** Whether serve_app.py can fork apps beside the first (`sibling`; Windows cannot). */
const FORKS = process.platform !== 'win32';

function exitReason(exitCode: number | undefined, signal: string | undefined, output: string): string {
  const own = exitCode === 5 ? output.split('\n').find((line) => line.startsWith(OWN_DATABASE)) : undefined;
  if (own) return text().ownDatabase(own.slice(OWN_DATABASE.length));
  if (exitCode === 3) return text().importFailed;
  if (exitCode === 4) return text().noApp;
  return text().exited(String(exitCode ?? signal));
}

/** The longest line passed on whole: a longer one is passed on in pieces of this size. */
const MAX_LINE = 64 * 1024;
/** The most of an app's output kept (what came after is counted, not kept). */
const MAX_KEPT_OUTPUT = 2 * 1024 * 1024;

/** serve_app.py's own lines (each written in one piece, so it arrives whole, though maybe after an app's unfinished line). */
const OUR_LINE = new RegExp(Object.values(SERVE_APP_LINE).join('|'));

/**
 * Cuts data into whole lines (the newline kept) for `line`; flush() passes on an unfinished last line.
 * An app that printed part of a line just before serve_app.py wrote one of its own (they share the
 * pipe) has its part passed on as a line of its own, so serve_app.py's line still starts a line.
 */
function lineSplitter(line: (text: string) => void): { push(data: Buffer): void; flush(): void } {
  let pending = '';
  const whole = (text: string) => {
    const ours = text.search(OUR_LINE);
    if (ours > 0) {
      line(`${text.slice(0, ours)}\n`);
      line(text.slice(ours));
    } else line(text);
  };
  return {
    push: (data) => {
      pending += data.toString();
      while (pending.length > MAX_LINE && !pending.slice(0, MAX_LINE).includes('\n')) {
        line(pending.slice(0, MAX_LINE));
        pending = pending.slice(MAX_LINE);
      }
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        whole(pending.slice(0, newline + 1));
        pending = pending.slice(newline + 1);
      }
    },
    flush: () => {
      if (pending) line(pending);
      pending = '';
    },
  };
}

/** Calls `line` with each whole line of a stream (the newline kept). */
export function eachLine(stream: NodeJS.ReadableStream, line: (text: string) => void): void {
  const lines = lineSplitter(line);
  stream.on('data', (data: Buffer) => lines.push(data));
  stream.on('end', () => lines.flush());
}

/** What an app's two streams and its end are told: one app run, in a process of its own or a zygote's child. */
export interface AppListener {
  stdout(line: string): void;
  stderr(line: string): void;
  /** The app has ended and all it printed has been read. */
  ended(exitCode: number | undefined, signal: string | undefined, error?: Error): void;
}

/** A running app, whichever process holds it. */
interface Launched {
  /** The process to count CPU time of (with everything below it). */
  readonly pid: number | undefined;
  /** A command to serve_app.py (sibling, sibling-stop). */
  send(line: string): void;
  /** Stop it; resolves once it has ended and its output is read. */
  stop(): Promise<void>;
  /** Settles once it has ended and its output is read. */
  ended: Promise<void>;
  /** Resolves with the next FLASH_LOGIN_READY line; rejects when it ends first. */
  nextReady(): Promise<Ready>;
  exited: boolean;
}

/** Where a warm Python (verify --watch: warm-python.ts) runs each app: one `open` per start. */
export interface AppHost {
  /** Serve the copy in `dir` with `env` in a new child; the listener hears its output and its end. */
  open(dir: string, env: Record<string, string>, listener: AppListener): void;
  /** A command to the warm Python about the app just opened (sibling, sibling-stop). */
  send(line: string): void;
  /** Stop the app just opened; its listener hears the end. */
  close(): Promise<void>;
  readonly pid: number | undefined;
  /** The sandbox's environment for the app, as a start of its own would have it. */
  environment(env: Record<string, string>): Record<string, string>;
}

/**
 * Start the app with serve_app.py and resolve once it listens; the port comes from the app itself.
 * The app announces it is listening on stdout, so readiness is an event, never a sleep or a poll.
 */
export async function startApp(options: StartOptions): Promise<RunningApp> {
  const chunks: string[] = [];
  let kept = 0;
  /** Keep what the app printed, up to MAX_KEPT_OUTPUT in all. */
  const keep = (line: string) => {
    kept += line.length;
    if (kept <= MAX_KEPT_OUTPUT) chunks.push(line);
  };
  const late = new Map<string, string>();
  // Escaped here, where it comes in: no control character the app printed reaches a terminal or a report.
  const shown = (text: string) => escapeUntrusted(text.split(options.dir).join(options.displayDir));
  const output = () => shown(chunks.join(''));
  let env = { ...options.env };
  const { host } = options;
  /** The listeners of the apps beside this one (`sibling`), by socket: told of the lines serve_app.py writes about each. */
  const siblingListeners = new Map<string, AppListener>();

  /** The output and the end of one app run, and its readiness as a promise. */
  const listen = () => {
    let waiter: { resolve(ready: Ready): void; reject(error: Error): void } | undefined;
    let failure: Error | undefined;
    let settle!: () => void;
    const state = {
      exited: false,
      ended: new Promise<void>((resolve) => (settle = resolve)),
      nextReady: () =>
        new Promise<Ready>((resolve, reject) => {
          if (failure) reject(failure);
          else waiter = { resolve, reject };
        }),
    };
    const listener: AppListener = {
      stdout: (line) => {
        if (line.startsWith(SIBLING_READY)) {
          const payload = line.slice(SIBLING_READY.length);
          return siblingListeners.get(appLineFields(payload).socket ?? '')?.stdout(READY + payload);
        }
        if (line.startsWith(SIBLING_EXITED)) {
          const { socket, code } = appLineFields(line.slice(SIBLING_EXITED.length));
          return siblingListeners.get(socket ?? '')?.ended(code, undefined);
        }
        if (!line.startsWith(READY)) return keep(line);
        const ready = parseReady(line.slice(READY.length));
        if (ready) waiter?.resolve(ready);
        else waiter?.reject(new AppStartError(text().badReady, output()));
        waiter = undefined;
      },
      // Whole lines, so a tagged record is never split across two reads.
      stderr: (line) => {
        if (!line.startsWith(OUTPUT_RECORD)) return keep(line);
        try {
          const record = JSON.parse(line.slice(OUTPUT_RECORD.length)) as { tag: unknown; text: unknown };
          if (typeof record.tag !== 'string' || typeof record.text !== 'string') return keep(line);
          const before = late.get(record.tag) ?? '';
          if (before.length < MAX_KEPT_OUTPUT) late.set(record.tag, before + record.text.slice(0, MAX_KEPT_OUTPUT - before.length));
        } catch {
          keep(line);
        }
      },
      ended: (exitCode, signal, error) => {
        state.exited = true;
        failure = error
          ? new AppStartError(`cannot run ${options.python} (${error.message})`, output())
          : new AppStartError(exitReason(exitCode, signal, output()), output());
        waiter?.reject(failure);
        waiter = undefined;
        settle();
      },
    };
    return { state, listener };
  };

  /** The socket the app must serve on, in its staging folder: the CLI's choice (no Unix sockets on Windows: a port of its choosing). */
  const appSocket = process.platform === 'win32' ? undefined : (options.sandbox?.socketPath ?? join(dirname(options.dir), APP_SOCKET));
  const ours = () => ({
    ...env,
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONUNBUFFERED: '1',
    ...(appSocket ? { FLASH_LOGIN_SOCKET: appSocket } : {}),
  });
  /** A warm Python's app gets everything a start of its own would: the zygote's environment holds no run's values. */
  const hostEnv = (warm: AppHost) => warm.environment(ours());

  /** The app as a child of the warm Python: the copy is complete by now. */
  const openIn = (warm: AppHost): Launched => {
    const { state, listener } = listen();
    warm.open(options.dir, hostEnv(warm), listener);
    return Object.assign(state, {
      pid: warm.pid,
      send: (line: string) => warm.send(line),
      stop: async () => {
        if (!state.exited) await warm.close();
        await state.ended;
      },
    });
  };

  const launch = (copying = false): Launched => {
    // A Python that bin/flash-login.js started before the CLI had loaded (prestart.ts) is this start's.
    const serving = (copying && options.prestarted) || spawnServeApp({ ...options, copying, env: ours() });
    const { child } = serving;
    const confine = options.confine;
    if (confine && child.pid !== undefined) confine.started(child.pid);
    const { state, listener } = listen();
    // Past grade's output limit, nothing more is kept.
    const capped = (data: Buffer) => confine?.printed(data.length) ?? true;
    const stdout = lineSplitter(listener.stdout);
    const stderr = lineSplitter(listener.stderr);
    serving.attach({
      stdout: (data) => capped(data) && stdout.push(data),
      stderr: (data) => capped(data) && stderr.push(data),
      closed: (exitCode, signal, error) => {
        stdout.flush();
        stderr.flush();
        listener.ended(exitCode ?? undefined, signal ?? undefined, error);
      },
    });
    /** Close its stdin and ask it to stop (serve_app.py stops its app, then exits); kill it if it has not within 2 s. */
    const stop = async () => {
      child.stdin!.end();
      if (!state.exited) {
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), FORCE_KILL_AFTER_MS);
        await state.ended;
        clearTimeout(force);
      }
      await state.ended;
    };
    const send = (line: string) => {
      if (!child.stdin!.writableEnded) child.stdin!.write(line);
    };
    return Object.assign(state, { pid: child.pid, send, stop });
  };

  /**
   * Wait for the app to listen, within the start timeout of its own time (app-clock.ts: a busy
   * machine's waits for a CPU do not count), and never longer than START_WALL_CAP_MS on the clock;
   * on a timeout, stop it before failing.
   */
  const listening = async (launched: Launched): Promise<Ready> => {
    const clock = new AppClock(() => (launched.pid === undefined ? [] : processTree(launched.pid)));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      const look = () => {
        const left = Math.min(START_TIMEOUT_MS - clock.usableMs(), START_WALL_CAP_MS - clock.wallMs());
        if (left <= 0) resolve('timeout');
        else timer = setTimeout(look, Math.min(left, START_CLOCK_LOOK_MS));
      };
      timer = setTimeout(look, Math.min(START_TIMEOUT_MS, START_CLOCK_LOOK_MS));
    });
    try {
      const ready = await Promise.race([launched.nextReady(), timedOut]);
      if (ready !== 'timeout') return ready;
      const busy = clock.wallMs() >= START_WALL_CAP_MS;
      await launched.stop();
      throw new AppStartError(
        busy ? text().notListeningBusy(START_WALL_CAP_MS / 1000) : text().notListening(START_TIMEOUT_MS / 1000),
        output(),
      );
    } finally {
      clearTimeout(timer);
    }
  };

  let current: Launched;
  if (host) {
    await options.copied;
    current = openIn(host);
  } else if (options.confine?.uid !== undefined && options.copied) {
    // Run as another user (grade's), bwrap itself runs as that user: it binds the staging folder only once it is theirs.
    await options.copied;
    current = launch();
  } else {
    current = launch(options.copied !== undefined);
    if (options.copied) {
      try {
        await options.copied;
      } catch (error) {
        await current.stop();
        throw error;
      }
      current.send(`start ${JSON.stringify(ours())}\n`);
    }
  }
  // Where it listens is ours to say: a socket in its staging folder, moved out of its reach once it listens.
  // By socket: a restart keeps its origin (and the cookies of it), a second app of the run gets its own.
  const origin = appSocket ? socketOrigin(appSocket) : undefined;
  let claimed: string | undefined;
  /** Wait until it listens, then route the origin to its socket; a bad READY line or socket stops it and fails the start. */
  const reach = async (launched: Launched): Promise<string> => {
    try {
      const ready = await listening(launched);
      if (!appSocket || !origin) {
        if (ready.port === undefined) throw new AppStartError(text().badReady, output());
        return `http://127.0.0.1:${ready.port}`;
      }
      const socket = claimOrFail(appSocket, output);
      if (claimed) releaseSocket(claimed);
      claimed = socket;
      socketFor.set(origin, socket);
      return origin;
    } catch (error) {
      if (!launched.exited) await launched.stop();
      throw error;
    }
  };
  let baseUrl = await reach(current);
  let stopped: Promise<void> | undefined;
  /** How to stop each app beside this one that is still up: they end with it. */
  const siblingStops = new Set<() => Promise<void>>();

  /** A second app forked by the first one's Python: its lines come on the first one's streams. */
  const startSibling = async ({ socketName, env: changed }: { socketName: string; env: Record<string, string | null> }) => {
    const parent = current;
    const socket = join(dirname(appSocket!), socketName);
    const { state, listener } = listen();
    let over = false;
    const end = (exitCode: number | undefined, signal: string | undefined) => {
      if (over) return;
      over = true;
      if (siblingListeners.get(socket)?.ended === end) siblingListeners.delete(socket);
      listener.ended(exitCode, signal);
    };
    siblingListeners.set(socket, { ...listener, ended: end });
    void parent.ended.then(() => end(undefined, 'SIGKILL')); // the first one's Python is gone, and the second app with it
    const stop = async () => {
      if (!state.exited && !parent.exited) parent.send(`sibling-stop ${socket}\n`);
      end(undefined, 'SIGKILL'); // stopped on request, serve_app.py says nothing more of it
    };
    const launched: Launched = Object.assign(state, { pid: parent.pid, send: () => undefined, stop });
    parent.send(`sibling ${JSON.stringify({ ...(host ? hostEnv(host) : ours()), FLASH_LOGIN_SOCKET: socket, ...changed })}\n`);
    let claimedSibling: string;
    try {
      await listening(launched);
      claimedSibling = claimOrFail(socket, output);
    } catch (error) {
      await stop();
      throw error;
    }
    const siblingOrigin = socketOrigin(socket);
    socketFor.set(siblingOrigin, claimedSibling);
    let siblingStopped: Promise<void> | undefined;
    const stopSibling = () =>
      (siblingStopped ??= stop().finally(() => {
        socketFor.delete(siblingOrigin);
        socketOrigins.delete(socket);
        releaseSocket(claimedSibling);
        siblingStops.delete(stopSibling);
      }));
    siblingStops.add(stopSibling);
    void parent.ended.then(stopSibling); // its socket goes with the first app, however that ends
    return { baseUrl: siblingOrigin, shown, cpuSeconds: () => treeCpuSeconds(parent.pid), stop: stopSibling };
  };
  return {
    get baseUrl() {
      return baseUrl;
    },
    output,
    lateOutput: (tag) => shown(late.get(tag) ?? ''),
    shown,
    // Its whole process tree (in a PID namespace, the numbers the app gives are not ours; and they are the app's word).
    cpuSeconds: () => treeCpuSeconds(current.pid),
    restart: async (changed) => {
      env = Object.fromEntries(Object.entries({ ...env, ...changed }).filter((entry): entry is [string, string] => entry[1] !== null));
      await current.stop();
      current = host ? openIn(host) : launch();
      baseUrl = await reach(current);
    },
    ...(FORKS && appSocket ? { sibling: startSibling } : {}),
    stop: () =>
      (stopped ??= current
        .stop()
        .then(async () => void (await Promise.all([...siblingStops].map((stopSibling) => stopSibling()))))
        .finally(() => {
          if (origin) {
            socketFor.delete(origin);
            socketOrigins.delete(appSocket!);
          }
          if (claimed) releaseSocket(claimed);
        })),
  };
}
