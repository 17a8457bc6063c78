// The sandbox an app runs in when flash-login runs it for a check (verify; grading reuses it).
//
// With bwrap (Debian's `bubblewrap`): the whole file system read-only, the staging copy
// read-write, the learner's real project folder hidden under an empty tmpfs (a virtualenv
// inside it shown again, read-only), a private /tmp, no network namespace shared (the app
// serves on a Unix socket in the staging folder), its own PID namespace, and it dies with us.
// Everywhere, the app gets a clean environment: no HOME, cloud credentials or CA settings.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { serveAppScript } from '../shared/paths.js';

const text = catalog({
  en: {
    noBwrap:
      'your app runs unsandboxed (with a clean environment): install bubblewrap (`sudo apt-get install bubblewrap`) to confine it to its copy',
    notLinux: 'your app runs unsandboxed (with a clean environment): the sandbox needs Linux and bubblewrap',
  },
  'zh-CN': {
    noBwrap: '你的应用在沙箱之外运行（环境变量是干净的）：安装 bubblewrap（`sudo apt-get install bubblewrap`）就能把它限制在自己的副本里',
    notLinux: '你的应用在沙箱之外运行（环境变量是干净的）：沙箱需要 Linux 和 bubblewrap',
  },
});

export interface SandboxOptions {
  /** The learner's project: hidden from the app. */
  projectDir: string;
  /** The staging folder (the copy, the throwaway database, the socket): the only place the app may write. */
  staging: string;
  /** The Python to run; a virtualenv of it inside the project stays readable. */
  python: string;
}

export interface Sandbox {
  /** 'bwrap' when the app is confined; 'none' when only its environment is cleaned. */
  readonly kind: 'bwrap' | 'none';
  /** Why there is no sandbox, said once per run; undefined with one. */
  readonly note?: string;
  /** The Unix socket the app must serve on (no network is shared); undefined: it serves on 127.0.0.1. */
  readonly socketPath?: string;
  /** The command that runs `python args…` inside the sandbox, from cwd. */
  command(args: string[], cwd: string): { file: string; args: string[] };
  /** The app's whole environment: the clean one, with `extra` on top. */
  environment(extra: Record<string, string>): Record<string, string>;
}

/** What an app may inherit from our environment: locale, time zone, and where programs are. Nothing else. */
const KEPT = /^(PATH|LANG|LANGUAGE|LC_[A-Z]+|TZ|SYSTEMROOT|WINDIR|COMSPEC|PATHEXT)$/;

function cleanEnvironment(from: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(from)) if (value !== undefined && KEPT.test(name)) clean[name] = value;
  return clean;
}

let bwrapPath: string | null | undefined;

/** bwrap, when it is on PATH and can make the namespaces here (a container may forbid them). Probed once. */
function findBwrap(): string | undefined {
  if (bwrapPath !== undefined) return bwrapPath ?? undefined;
  bwrapPath = null;
  if (process.platform !== 'linux' || /^(0|off|no|false)$/i.test(process.env.FLASH_LOGIN_SANDBOX ?? '')) return undefined;
  const found = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(isAbsolute)
    .map((folder) => join(folder, 'bwrap'))
    .find(existsSync);
  if (!found) return undefined;
  const probe = spawnSync(found, ['--ro-bind', '/', '/', '--unshare-all', '--die-with-parent', '--', 'true'], {
    stdio: 'ignore',
    timeout: 5_000,
  });
  if (probe.status === 0) bwrapPath = found;
  return bwrapPath ?? undefined;
}
const inside = (parent: string, path: string) => {
  const below = relative(parent, path);
  return below !== '' && !below.startsWith('..') && !isAbsolute(below);
};

/** The virtualenv (a folder with pyvenv.cfg) that holds python, when it lies inside the project. */
function venvInside(projectDir: string, python: string): string | undefined {
  const path = resolve(python);
  if (!inside(projectDir, path)) return undefined;
  for (let folder = dirname(path); inside(projectDir, folder); folder = dirname(folder))
    if (existsSync(join(folder, 'pyvenv.cfg'))) return folder;
  return dirname(dirname(path));
}

/** The sandbox for one app run. */
export function sandboxFor(options: SandboxOptions): Sandbox {
  const environment = (extra: Record<string, string>) => ({ ...cleanEnvironment(), ...extra });
  const bwrap = findBwrap();
  if (!bwrap)
    return {
      kind: 'none',
      note: process.platform === 'linux' ? text().noBwrap : text().notLinux,
      command: (args) => ({ file: options.python, args }),
      environment,
    };
  const socketPath = join(options.staging, 'app.sock');
  const venv = venvInside(options.projectDir, options.python);
  // The private /tmp hides whatever lives under the real one: our own bootstrap, when the package is
  // installed there (a temporary prefix, as the package test does), and a virtualenv made there.
  // Both are shown again, read-only, over the empty /tmp.
  const underTmp = [dirname(serveAppScript), venv ? undefined : dirname(dirname(resolve(options.python)))].filter(
    (path): path is string => path !== undefined && inside('/tmp', path),
  );
  return {
    kind: 'bwrap',
    socketPath,
    command: (args, cwd) => ({
      file: bwrap,
      args: [
        ...['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp'],
        // The virtualenv is bound before the project's tmpfs turns read-only: bwrap makes its mount
        // point inside that tmpfs (which, under the private /tmp, is not there to begin with).
        ...['--tmpfs', options.projectDir],
        ...(venv ? ['--ro-bind', venv, venv] : []),
        ...['--remount-ro', options.projectDir],
        ...underTmp.flatMap((path) => ['--ro-bind', path, path]),
        ...['--bind', options.staging, options.staging],
        ...['--unshare-all', '--die-with-parent', '--new-session', '--chdir', cwd],
        '--',
        options.python,
        ...args,
      ],
    }),
    environment,
  };
}

/** Every pid below `root` (Linux's /proc/PID/task/PID/children), root included. */
export function processTree(root: number): number[] {
  const pids = [root];
  for (let index = 0; index < pids.length; index++) {
    try {
      const children = readFileSync(`/proc/${pids[index]}/task/${pids[index]}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(' ').map(Number));
    } catch {
      // gone, or no such file: no children to add
    }
  }
  return pids;
}
