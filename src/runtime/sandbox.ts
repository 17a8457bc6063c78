// The sandbox an app runs in when flash-login runs it for a check (verify; grading reuses it).
//
// With bwrap (Debian's `bubblewrap`): a new root that shows only the system (/usr, /etc with
// its secrets masked, the /lib links), the Python it runs with (its prefix, a venv and the venv's
// base interpreter, bound back read-only wherever they live), the tool's own scripts at a fixed
// path (/flash-login, copied into the staging folder, so an install under a private folder works
// for grade's unprivileged user too) and the staging copy read-write: /home, /root, /run, the
// learner's folder, a class folder and every host socket are simply not there. /tmp and /dev/shm
// are private tmpfs mounts with a size. No capabilities, a user namespace of its own and no
// nested one, no network, its own PID namespace and session, and a seccomp filter (libseccomp,
// through Debian's python3-seccomp) that refuses mount, ptrace, keyctl, bpf, perf and every
// socket family but AF_UNIX. Everywhere, the app gets a clean environment.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { runAppScript, serveAppScript } from '../shared/paths.js';

const text = catalog({
  en: {
    noBwrap:
      'your app runs unsandboxed (with a clean environment): install bubblewrap (`sudo apt-get install bubblewrap`) to confine it to its copy',
    notLinux: 'your app runs unsandboxed (with a clean environment): the sandbox needs Linux and bubblewrap',
    noSeccomp:
      'your app runs in the sandbox without its seccomp filter: install libseccomp for Python (`sudo apt-get install python3-seccomp`) to add it',
  },
  'zh-CN': {
    noBwrap: '你的应用在沙箱之外运行（环境变量是干净的）：安装 bubblewrap（`sudo apt-get install bubblewrap`）就能把它限制在自己的副本里',
    notLinux: '你的应用在沙箱之外运行（环境变量是干净的）：沙箱需要 Linux 和 bubblewrap',
    noSeccomp: '你的应用在沙箱里运行，但没有 seccomp 过滤：安装 Python 的 libseccomp（`sudo apt-get install python3-seccomp`）即可加上',
  },
});

export interface SandboxOptions {
  /** The learner's project: never shown to the app (only its copy in `staging` is). */
  projectDir: string;
  /** The staging folder (the copy, the throwaway database, the socket): the only place the app may write. */
  staging: string;
  /** The Python to run: its prefix (and a venv's base interpreter) are shown read-only. */
  python: string;
  /** The size of the private /tmp and /dev/shm, each (default 64 MB). */
  tmpfsMb?: number;
  /** The socket's name in the staging folder (default app.sock): a second app of the same run listens on another. */
  socketName?: string;
}

export interface Sandbox {
  /** 'bwrap' when the app is confined; 'none' when only its environment is cleaned. */
  readonly kind: 'bwrap' | 'none';
  /** What is missing (bwrap, or the seccomp filter), said once per run; undefined with everything. */
  readonly note?: string;
  /** The Unix socket the app must serve on, chosen here, never by the app; undefined on Windows (127.0.0.1). */
  readonly socketPath?: string;
  /** Where Python finds serve_app.py: a copy in the staging folder (shown at /flash-login with bwrap), never the install's own path. */
  serveApp(): string;
  /** The command that runs `python args…` inside the sandbox, from cwd; `seccomp`: a file to open as fd 3. */
  command(args: string[], cwd: string): { file: string; args: string[]; seccomp?: string };
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

/** bwrap's flags for what the app may do, whoever runs it (root included): no capabilities, no nested user namespace. */
const CONFINED = ['--unshare-user', '--disable-userns', '--unshare-all', '--cap-drop', 'ALL', '--new-session', '--die-with-parent'];

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
  const probe = spawnSync(found, ['--ro-bind', '/', '/', ...CONFINED, '--', 'true'], { stdio: 'ignore', timeout: 5_000 });
  if (probe.status === 0) bwrapPath = found;
  return bwrapPath ?? undefined;
}

/** The system calls the app never needs: each fails with EPERM. */
const REFUSED_CALLS = [
  'mount',
  'umount2',
  'pivot_root',
  'chroot',
  'ptrace',
  'process_vm_readv',
  'process_vm_writev',
  'keyctl',
  'add_key',
  'request_key',
  'bpf',
  'perf_event_open',
  'userfaultfd',
  'unshare',
  'setns',
  'kexec_load',
  'kexec_file_load',
  'init_module',
  'finit_module',
  'delete_module',
  'swapon',
  'swapoff',
  'reboot',
  'open_by_handle_at',
  'name_to_handle_at',
  'fsopen',
  'fsmount',
  'fsconfig',
  'fspick',
  'move_mount',
  'open_tree',
  'mount_setattr',
  'io_uring_setup',
  'io_uring_enter',
  'io_uring_register',
  'acct',
  'quotactl',
  'lookup_dcookie',
  'syslog',
  'vhangup',
];

/** Builds the filter with libseccomp (python3-seccomp): every other call allowed, sockets only AF_UNIX. */
const SECCOMP_SCRIPT = `
import errno, socket, sys, seccomp
rules = seccomp.SyscallFilter(seccomp.ALLOW)
for name in sys.argv[2].split(","):
    try:
        rules.add_rule(seccomp.ERRNO(errno.EPERM), name)
    except Exception:
        pass  # a call this kernel or libseccomp does not know
rules.add_rule(seccomp.ERRNO(errno.EAFNOSUPPORT), "socket", seccomp.Arg(0, seccomp.NE, socket.AF_UNIX))
with open(sys.argv[1], "wb") as out:
    rules.export_bpf(out)
`;

/** The temporary folder, or /dev/shm where that is not ours to write (a TMPDIR of another user's). */
function writableTemp(): string {
  for (const folder of [tmpdir(), '/dev/shm']) {
    try {
      accessSync(folder, constants.W_OK | constants.X_OK);
      return folder;
    } catch {
      // not ours
    }
  }
  return tmpdir();
}

let seccompFile: string | null | undefined;

/** The compiled filter (a file bwrap reads with --seccomp), made once per process; undefined without libseccomp. */
function seccompFilter(): string | undefined {
  if (seccompFile !== undefined) return seccompFile ?? undefined;
  seccompFile = null;
  const folder = mkdtempSync(join(writableTemp(), 'flash-login-seccomp-'));
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  const file = join(folder, 'filter.bpf');
  // The system's own Python (trusted, never the learner's) with libseccomp's binding.
  for (const python of ['/usr/bin/python3', '/bin/python3']) {
    if (!existsSync(python)) continue;
    const made = spawnSync(python, ['-I', '-c', SECCOMP_SCRIPT, file, REFUSED_CALLS.join(',')], { stdio: 'ignore', timeout: 10_000 });
    if (made.status === 0 && existsSync(file)) return (seccompFile = file);
  }
  return undefined;
}

/** The parts of the system every Python needs, bound read-only; the /lib links of a merged /usr stay links. */
const SYSTEM = ['/usr', '/etc', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];
/** Secrets in /etc that uid 0 could read inside (verify run as root): masked. */
const MASKED_FILES = ['/etc/shadow', '/etc/shadow-', '/etc/gshadow', '/etc/gshadow-', '/etc/sudoers'];
const MASKED_FOLDERS = ['/etc/ssh', '/etc/sudoers.d', '/etc/ssl/private'];
/** Where the tool's scripts are inside the sandbox. */
const TOOL_MOUNT = '/flash-login';
const TOOL_FOLDER = '.flash-login-tool';

function systemMounts(): string[] {
  const args: string[] = [];
  for (const path of SYSTEM) {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) args.push('--symlink', readlinkSync(path), path);
    else if (stats?.isDirectory()) args.push('--ro-bind', path, path);
  }
  for (const path of MASKED_FILES) if (existsSync(path)) args.push('--ro-bind', '/dev/null', path);
  for (const path of MASKED_FOLDERS) if (existsSync(path)) args.push('--tmpfs', path);
  return args;
}

const inside = (parent: string, path: string) => {
  const below = relative(parent, path);
  return below === '' || (!below.startsWith('..') && !isAbsolute(below));
};

/**
 * The folders a Python needs besides the system's: its prefix (where the real interpreter
 * lives), and for a venv the venv itself and its base interpreter's prefix (pyvenv.cfg's
 * `home`). pyenv, conda and uv keep these under a home folder that is otherwise hidden.
 */
function pythonFolders(python: string): string[] {
  const folders = new Set<string>();
  const add = (bin: string) => {
    const prefix = dirname(bin);
    if (prefix !== '/' && !SYSTEM.some((system) => inside(system, prefix))) folders.add(prefix);
  };
  const path = resolve(python);
  const venv = dirname(dirname(path));
  try {
    const home = /^home\s*=\s*(.+?)\s*$/m.exec(readFileSync(join(venv, 'pyvenv.cfg'), 'utf8'))?.[1];
    if (home) {
      add(join(venv, 'bin'));
      add(home);
      add(dirname(realpathSync(join(home, basename(path)))));
    }
  } catch {
    // not a venv
  }
  add(dirname(path));
  try {
    add(dirname(realpathSync(path)));
  } catch {
    // not there: Python's own start says so
  }
  // A folder inside another one is bound with it.
  return [...folders].filter((folder) => ![...folders].some((other) => other !== folder && inside(other, folder)));
}

/** Copy the tool's scripts into the staging folder (once): readable by whoever the app runs as, wherever the tool is installed. */
function toolCopy(staging: string): string {
  const folder = join(staging, TOOL_FOLDER);
  if (!existsSync(join(folder, 'serve_app.py'))) {
    mkdirSync(folder, { recursive: true });
    for (const script of [serveAppScript, runAppScript]) copyFileSync(script, join(folder, basename(script)));
  }
  return folder;
}

/** The app's socket in its staging folder, unless a second app of the run names another. */
export const APP_SOCKET = 'app.sock';

/** The sandbox for one app run. */
export function sandboxFor(options: SandboxOptions): Sandbox {
  const environment = (extra: Record<string, string>) => ({ ...cleanEnvironment(), ...extra });
  // The CLI decides where the app listens: in the staging folder, a folder this run made (0700).
  const socketPath = process.platform === 'win32' ? undefined : join(options.staging, options.socketName ?? APP_SOCKET);
  const bwrap = findBwrap();
  if (!bwrap)
    return {
      kind: 'none',
      note: process.platform === 'linux' ? text().noBwrap : text().notLinux,
      socketPath,
      serveApp: () => join(toolCopy(options.staging), 'serve_app.py'),
      command: (args) => ({ file: options.python, args }),
      environment,
    };
  const seccomp = seccompFilter();
  const size = String((options.tmpfsMb ?? 64) * 1024 * 1024);
  return {
    kind: 'bwrap',
    note: seccomp ? undefined : text().noSeccomp,
    socketPath,
    serveApp: () => {
      toolCopy(options.staging);
      return join(TOOL_MOUNT, 'serve_app.py');
    },
    command: (args, cwd) => ({
      file: bwrap,
      args: [
        ...CONFINED,
        ...systemMounts(),
        ...['--proc', '/proc', '--dev', '/dev'],
        ...['--size', size, '--tmpfs', '/tmp', '--size', size, '--tmpfs', '/dev/shm'],
        ...pythonFolders(options.python).flatMap((folder) => ['--ro-bind', folder, folder]),
        ...['--ro-bind', toolCopy(options.staging), TOOL_MOUNT],
        ...['--bind', options.staging, options.staging],
        ...['--remount-ro', '/', '--chdir', cwd],
        ...(seccomp ? ['--seccomp', '3'] : []),
        '--',
        options.python,
        ...args,
      ],
      seccomp,
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
