import { execa, type ResultPromise } from 'execa';
import fs from 'fs-extra';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { serveAppScript } from './paths.js';

const READY = 'FLASH_LOGIN_READY ';
const START_TIMEOUT_MS = 20_000;
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
  baseUrl: string;
  /** Everything the app printed so far, with staging paths shown as the learner's own. */
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  python: string;
  /** The staged copy to run, from stageProject(). */
  dir: string;
  env: Record<string, string>;
  /** The learner's folder, shown in tracebacks instead of the staging folder. */
  displayDir: string;
}

/**
 * Copy the learner's project into a temporary folder without its databases or
 * virtualenv, so that an app which ignores FLASK_SQLALCHEMY_DATABASE_URI still
 * cannot touch the learner's own data.
 */
export async function stageProject(projectDir: string): Promise<string> {
  const staging = join(tmpdir(), `flash-login-verify-${randomBytes(6).toString('hex')}`);
  await fs.copy(projectDir, join(staging, 'app'), {
    filter: (source) => {
      const path = relative(projectDir, source);
      if (path === '') return true;
      const parts = path.split(sep);
      return !parts.some((part) => NOT_STAGED.has(part)) && !DATABASE_FILE.test(path);
    },
  });
  return staging;
}

/** Start the app with serve_app.py and resolve once it listens; the port comes from the app itself. */
export async function startApp(options: StartOptions): Promise<RunningApp> {
  const chunks: string[] = [];
  // The learner's folder rides along as a label, so `ps` shows whose app a process serves.
  const child: ResultPromise = execa(options.python, ['-u', serveAppScript, options.dir, options.displayDir], {
    cwd: options.dir,
    env: { ...options.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    extendEnv: true,
    stdin: 'pipe', // serve_app.py exits when this pipe closes
    buffer: false,
    reject: false,
    // Not execa's clean-up: its signal handler re-raises Ctrl-C before ours can stop the app
    // and exit 130. We stop the app on every path, and serve_app.py exits when stdin closes.
    cleanup: false,
    forceKillAfterDelay: 2_000,
  });
  const shown = (text: string) => text.split(options.dir).join(options.displayDir);
  const output = () => shown(chunks.join(''));

  const port = await new Promise<number>((resolve, reject) => {
    let pending = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new AppStartError(`app.py did not start listening within ${START_TIMEOUT_MS / 1000} s (does it block at import time?)`, output()));
    }, START_TIMEOUT_MS);
    child.stdout?.on('data', (data: Buffer) => {
      pending += data.toString();
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline + 1);
        pending = pending.slice(newline + 1);
        if (line.startsWith(READY)) {
          clearTimeout(timer);
          resolve((JSON.parse(line.slice(READY.length)) as { port: number }).port);
        } else chunks.push(line);
      }
    });
    child.stderr?.on('data', (data: Buffer) => chunks.push(data.toString()));
    void child.then((result) => {
      clearTimeout(timer);
      const why =
        result.exitCode === 3
          ? 'app.py failed to import'
          : result.exitCode === 4
            ? 'app.py defines neither `app` nor `create_app()`'
            : `the app exited before it listened (exit code ${String(result.exitCode ?? result.signal)})`;
      reject(new AppStartError(why, output()));
    });
  });

  let stopped: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output,
    stop: () =>
      (stopped ??= (async () => {
        child.stdin?.end();
        child.kill('SIGTERM');
        await child;
      })()),
  };
}
