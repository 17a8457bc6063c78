// Run a short command to completion and collect what it printed: the small part of execa
// that the quick paths need (probing Python, git), on node:child_process alone. execa is a
// few hundred modules to load, which alone costs more than many of these commands take.
import { spawn } from 'node:child_process';

export interface RunOptions {
  cwd?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** Throw when the command cannot start or exits non-zero (the default, as execa). */
  reject?: boolean;
  /** Kill the command (SIGTERM) after this many milliseconds: it then counts as failed. */
  timeout?: number;
}

export interface RunResult {
  command: string;
  /** Without its final newline, as execa gives it. */
  stdout: string;
  stderr: string;
  /** Undefined when the command did not start or was killed by a signal. */
  exitCode?: number;
  signal?: string;
  /** Why it could not start, such as ENOENT (not installed). */
  code?: string;
  timedOut: boolean;
  failed: boolean;
}

export class RunError extends Error {
  constructor(readonly result: RunResult) {
    const why = result.code
      ? `could not start (${result.code})`
      : result.timedOut
        ? 'timed out'
        : result.signal
          ? `was killed by ${result.signal}`
          : `failed with exit code ${String(result.exitCode)}`;
    super(`Command ${why}: ${result.command}${result.stderr ? `\n${result.stderr}` : ''}`);
  }
}

const withoutFinalNewline = (text: string) => text.replace(/\r?\n$/, '');

export function run(file: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let startError: NodeJS.ErrnoException | undefined;
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer =
      options.timeout === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
          }, options.timeout);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => (startError = error));
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const result: RunResult = {
        command: [file, ...args].join(' '),
        stdout: withoutFinalNewline(Buffer.concat(stdout).toString()),
        stderr: withoutFinalNewline(Buffer.concat(stderr).toString()),
        exitCode: startError ? undefined : (exitCode ?? undefined),
        signal: signal ?? undefined,
        code: startError?.code,
        timedOut,
        failed: startError !== undefined || timedOut || exitCode !== 0,
      };
      if (result.failed && options.reject !== false) reject(new RunError(result));
      else resolve(result);
    });
  });
}

/** Whether a process of that pid exists (another user's included: only "no such process" says it is gone). */
export function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
