// `flash-login verify` starts its app's Python before the CLI has loaded: bin/flash-login.js
// runs prestartVerify() first, and the verify that follows takes that Python over (verify-run.ts),
// so Python's imports (the slow part of a start) overlap Node's own start. It only starts what
// a verify would start anyway: the same staging folder and sandbox, and serve_app.py --wait, which
// reads nothing of the project until `start` (inside bwrap it cannot). A verify that does not take
// it (another project or Python, an error before the app starts) leaves nothing: it is killed and
// its folder removed on exit.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { locateProject } from '../project/project.js';
import { STATE_FILE } from '../project/state.js';
import { venvPython } from '../runtime/python.js';
import { type Sandbox, sandboxFor } from '../runtime/sandbox.js';
import { type ServeProcess, scratchFolder, spawnServeApp } from '../runtime/serve-process.js';

export interface Prestarted {
  projectDir: string;
  python: string;
  staging: string;
  sandbox: Sandbox;
  serving: ServeProcess;
}

let pending: Prestarted | undefined;

/** The value of `--name VALUE` or `--name=VALUE` (or its short form) in argv. */
function flag(argv: string[], long: string, short?: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === long || (short && arg === short)) return argv[i + 1];
    if (arg.startsWith(`${long}=`)) return arg.slice(long.length + 1);
  }
  return undefined;
}

/** The Python verify would pick without asking any Python: --python, the state file's, the project's venv. */
function quickPython(projectDir: string, argv: string[]): string | undefined {
  const named = flag(argv, '--python');
  if (named) return named;
  try {
    const state = JSON.parse(readFileSync(join(projectDir, STATE_FILE), 'utf8')) as { python?: unknown };
    if (typeof state.python === 'string') return state.python;
  } catch {
    // no state file, or not one to read here: verify says so itself
  }
  return ['.venv', 'venv'].map((venv) => venvPython(join(projectDir, venv))).find(existsSync);
}

/** verify's arguments (after `verify`): start the app's Python now, where verify surely will. */
export function prestartVerify(argv: string[]): void {
  if (argv.some((arg) => /^(-w|--watch|--list|-h|--help)$/.test(arg))) return;
  const projectDir = locateProject(flag(argv, '--dir', '-d'));
  if (!existsSync(join(projectDir, 'app.py'))) return;
  const python = quickPython(projectDir, argv);
  if (!python) return;
  const staging = scratchFolder('verify');
  const sandbox = sandboxFor({ projectDir, staging, python });
  const serving = spawnServeApp({
    python,
    dir: join(staging, 'app'),
    displayDir: projectDir,
    copying: true,
    env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', ...(sandbox.socketPath ? { FLASH_LOGIN_SOCKET: sandbox.socketPath } : {}) },
    sandbox,
  });
  pending = { projectDir, python, staging, sandbox, serving };
  process.on('exit', discard);
}

/** Kill a prestarted Python nobody took, and remove its folder. */
function discard(): void {
  if (!pending) return;
  pending.serving.child.kill('SIGKILL');
  rmSync(pending.staging, { recursive: true, force: true });
  pending = undefined;
}

/** The Python started for this project and Python, now the caller's; any other is discarded. */
export function takePrestarted(projectDir: string, python: string): Prestarted | undefined {
  const taken = pending;
  if (!taken || taken.projectDir !== projectDir || taken.python !== python) return void discard();
  pending = undefined;
  process.off('exit', discard);
  return taken;
}
