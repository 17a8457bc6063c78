// A warm Python for `verify --watch`: serve_app.py --zygote, in the sandbox, has imported the
// packages the app uses (Flask and friends, the slow part of a start) and forks a child for each
// run, which imports the learner's app.py afresh from that run's own copy. The zygote never
// imports the learner's code, so nothing of it can be stale. It dies with us: its stdin is our
// pipe (it exits when that closes), bwrap's --die-with-parent, and a kill on our exit.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fs from 'fs-extra';
import { type AppHost, type AppListener, appLineFields, eachLine, SERVE_APP_LINE } from './app-runner.js';
import { processTree, type Sandbox, sandboxFor } from './sandbox.js';
import { guessImports, scratchFolder, spawnWithFilter } from './serve-process.js';

/** serve_app.py's line after an app ended, on stdout and on stderr: `FLASH_LOGIN_EXITED {"code": N}`. */
const { EXITED } = SERVE_APP_LINE;
/** How long a `close` may take before the whole zygote is killed instead. */
const CLOSE_TIMEOUT_MS = 2_000;

/**
 * What a warm Python was started for: the interpreter (path, and the file's size and time, so a
 * reinstalled Python counts as another) and the project's requirements.txt. Another one: a cold start.
 */
function warmKey(projectDir: string, python: string): string {
  const hash = createHash('sha256');
  try {
    const real = realpathSync(python);
    const stats = statSync(real);
    hash.update(`${python}\0${real}\0${stats.size}\0${stats.mtimeMs}\0`);
  } catch {
    hash.update(`${python}\0missing\0`);
  }
  try {
    hash.update(readFileSync(join(projectDir, 'requirements.txt')));
  } catch {
    hash.update('no requirements.txt');
  }
  return hash.digest('hex');
}

export class WarmPython implements AppHost {
  /** The folder that holds each run's copy (and database and socket): the only one the sandbox lets it write. */
  readonly root: string;
  readonly sandbox: Sandbox;
  /** How many apps it has opened: 0 until the first, which waited for the imports as a cold start does. */
  opened = 0;
  private readonly child: ChildProcess;
  private listener: AppListener | undefined;
  /** Which streams have reported the current app's end so far, and its exit code. */
  private endSeen = { stdout: false, stderr: false, code: undefined as number | undefined };
  private alive = true;
  private readonly gone: Promise<void>;
  private readonly killOnExit = () => this.child.kill('SIGKILL');

  constructor(
    readonly projectDir: string,
    readonly python: string,
    readonly key: string = warmKey(projectDir, python),
  ) {
    this.root = scratchFolder('verify');
    this.sandbox = sandboxFor({ projectDir, staging: this.root, python });
    const args = ['-u', this.sandbox.serveApp(), '--zygote', '--preload', guessImports(projectDir).join(','), this.root, projectDir];
    const command = this.sandbox.command(args, this.root);
    this.child = spawnWithFilter(command.seccomp, command.file, command.args, {
      cwd: this.root,
      env: this.sandbox.environment({ PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' }),
    });
    this.child.stdin!.on('error', () => {}); // it died: its close says so
    eachLine(this.child.stdout!, (line) => this.line('stdout', line));
    eachLine(this.child.stderr!, (line) => this.line('stderr', line));
    let startError: Error | undefined;
    this.child.on('error', (error) => (startError = error));
    this.gone = new Promise((resolve) =>
      this.child.on('close', (code, signal) => {
        this.alive = false;
        process.off('exit', this.killOnExit);
        this.end(code ?? undefined, signal ?? undefined, startError);
        resolve();
      }),
    );
    process.on('exit', this.killOnExit);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether it can serve the next run of this project with this Python; else a cold start takes over. */
  fits(projectDir: string, python: string): boolean {
    return this.alive && projectDir === this.projectDir && python === this.python && warmKey(projectDir, python) === this.key;
  }

  /** A new folder for one run's copy, inside the root. */
  runFolder(): string {
    return mkdtempSync(join(this.root, 'run-'));
  }

  environment(env: Record<string, string>): Record<string, string> {
    return this.sandbox.environment(env);
  }

  open(dir: string, env: Record<string, string>, listener: AppListener): void {
    this.listener = listener;
    this.endSeen = { stdout: false, stderr: false, code: undefined };
    this.opened++;
    if (!this.alive) return this.end(undefined, 'SIGKILL');
    this.send(`open ${JSON.stringify({ dir, env })}\n`);
  }

  send(line: string): void {
    if (this.alive) this.child.stdin!.write(line);
  }

  async close(): Promise<void> {
    const listener = this.listener;
    if (!listener) return;
    this.send('close\n');
    // A zygote that does not answer is of no more use: it goes, and the app with it.
    const timer = setTimeout(() => this.child.kill('SIGKILL'), CLOSE_TIMEOUT_MS);
    await Promise.race([new Promise<void>((resolve) => (this.onEnd = resolve)), this.gone]);
    clearTimeout(timer);
  }

  /** Stop it and everything it runs, and remove its folder. */
  async stop(): Promise<void> {
    this.child.stdin!.end();
    if (this.alive) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), CLOSE_TIMEOUT_MS);
      await this.gone;
      clearTimeout(timer);
    }
    await fs.remove(this.root);
  }

  /** Every process it runs (for tests and CPU counts). */
  processes(): number[] {
    return this.alive && this.child.pid !== undefined ? processTree(this.child.pid) : [];
  }

  private onEnd: (() => void) | undefined;

  private line(stream: 'stdout' | 'stderr', line: string): void {
    if (!line.startsWith(EXITED)) return void this.listener?.[stream](line);
    this.endSeen[stream] = true;
    // Without a code that can be read, the end counts all the same.
    this.endSeen.code = appLineFields(line.slice(EXITED.length)).code ?? this.endSeen.code;
    // Everything the app printed is read once both streams have said so.
    if (this.endSeen.stdout && this.endSeen.stderr) this.end(this.endSeen.code, undefined);
  }

  private end(code: number | undefined, signal: string | undefined, error?: Error): void {
    const listener = this.listener;
    this.listener = undefined;
    // A negative code is the signal that ended it (as Python reports it).
    listener?.ended(code !== undefined && code < 0 ? undefined : code, code !== undefined && code < 0 ? `signal ${-code}` : signal, error);
    this.onEnd?.();
    this.onEnd = undefined;
  }
}

/** The watch's warm Python, kept from run to run while it fits. */
export class WarmSlot {
  private current: WarmPython | undefined;

  /** The warm Python for this run: the one there is when it fits, else a new one (a cold start). */
  async for(projectDir: string, python: string): Promise<WarmPython> {
    if (this.current?.fits(projectDir, python)) return this.current;
    await this.current?.stop();
    this.current = new WarmPython(projectDir, python);
    return this.current;
  }

  async stop(): Promise<void> {
    await this.current?.stop();
    this.current = undefined;
  }
}
