// The hostile corpus (test/hostile/apps/): each app is one attack from the sandbox issue, run
// through a real CLI (ours, or the branch's starting commit for RESULTS.md's "before") as root
// and as a normal user (setpriv), under verify and under `grade --jobs 2` beside an honest
// submission. Every run is judged on the same five points, plus the attack's own: no write
// outside, no read of the planted canary, no host socket reached, the honest verdict unchanged,
// every report written, every run ended within its limits.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer as createTcpServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const HOST = '/var/tmp/flash-hostile';
const CANARY = 'CANARY-SECRET-4e1f9a';
const NOBODY = 65534;
const PYTHON = '/usr/bin/python3';
/** A run that has not ended by then is killed and judged "did not end". */
const RUN_LIMIT_MS = 150_000;

export type Mode = 'verify-root' | 'verify-user' | 'grade-root' | 'grade-user';
export const MODES: Mode[] = ['verify-root', 'verify-user', 'grade-root', 'grade-user'];

export interface Attack {
  name: string;
  /** What it tries, for RESULTS.md. */
  what: string;
  lesson: number;
  modes?: Mode[];
  /** Extra grade flags (a memory limit to test, a shorter timeout). */
  gradeFlags?: string[];
  /** Make the project folder hostile in ways an app.py cannot (links, a state file). */
  prepare?(dir: string): void;
  /** The folder name under grade (the student's name). */
  folder?: string;
  /** Problems particular to this attack. */
  judge?(run: Run): string[];
}

export interface Run {
  attack: Attack;
  mode: Mode;
  exitCode: number | null;
  signal: string | null;
  ms: number;
  killed: boolean;
  stdout: string;
  stderr: string;
  maxRssKb?: number;
  reports: Record<string, string>;
  grades?: { submissions: { name: string; status: string; score: number; reason: string | null }[] };
  problems: string[];
}

const ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;
const hasRawControl = (text: string) => ESCAPES.test(text.replace(/\r\n/g, '\n'));

export const ATTACKS: Attack[] = [
  {
    name: 'root-escape',
    what: 'umount2 the project tmpfs, /tmp, /; remount / rw; append to the real app.py, write /var/tmp and /root',
    lesson: 1,
  },
  {
    name: 'ready-bad-json',
    what: '`FLASH_LOGIN_READY {not json` at import',
    lesson: 1,
    judge: (run) => (/SyntaxError|at JSON\.parse/.test(run.stderr + run.stdout) ? ['the CLI crashed on the READY line'] : []),
  },
  {
    name: 'huge-response',
    what: 'a 600 MB body for every page',
    lesson: 1,
    judge: (run) => (/ERR_STRING_TOO_LONG|Cannot create a string/.test(run.stderr + run.stdout) ? ['the CLI crashed on the body'] : []),
  },
  {
    name: 'db-fifo',
    what: 'lesson 5: verify.db (and -journal) replaced by a FIFO, again and again',
    lesson: 5,
    gradeFlags: ['--timeout', '40'],
  },
  { name: 'db-devzero', what: 'lesson 5: verify.db replaced by a link to /dev/zero', lesson: 5, gradeFlags: ['--timeout', '40'] },
  {
    name: 'link-devzero',
    what: 'the submission holds zz.py -> /dev/zero (read by guessImports on the host)',
    lesson: 1,
    prepare: (dir) => symlinkSync('/dev/zero', join(dir, 'zz.py')),
    judge: (run) =>
      /bad_alloc|ERR_STRING_TOO_LONG|heap out of memory/.test(run.stderr + run.stdout) ? ['the CLI crashed reading zz.py'] : [],
  },
  { name: 'ready-port', what: 'READY names a port on the host 127.0.0.1 (a server there counts connections)', lesson: 1 },
  { name: 'ready-socket', what: 'READY names a host Unix socket the sandbox cannot see', lesson: 1 },
  {
    name: 'ready-port80',
    what: 'READY names port 80: under grade --jobs 2, routed to the neighbour',
    lesson: 1,
    modes: ['grade-root', 'grade-user'],
    judge: (run) => {
      const attacker = run.grades?.submissions.find((item) => item.name === 'ready-port80');
      // Its own app answers GET / (1.4, one point) and nothing else of lesson 1.
      return attacker && attacker.score > 1 ? [`scored ${attacker.score} from somebody else's app`] : [];
    },
  },
  {
    name: 'tmpfs-balloon',
    what: '900 MB in /dev/shm and /tmp under --memory 256',
    lesson: 1,
    modes: ['grade-root', 'grade-user'],
    gradeFlags: ['--memory', '256'],
    judge: (run) => attackerPassed(run, 'tmpfs-balloon'),
  },
  {
    name: 'staging-balloon',
    what: '(found) 900 MB in its own folder, which is on the host /dev/shm, under --memory 256',
    lesson: 1,
    modes: ['grade-root', 'grade-user'],
    gradeFlags: ['--memory', '256'],
    judge: (run) => attackerPassed(run, 'staging-balloon'),
  },
  { name: 'host-socket', what: 'connect to every Unix socket under /run, /var/run, /tmp and a planted one', lesson: 1 },
  {
    name: 'cpu-hog',
    what: '40 setsid children spinning beside the honest submission',
    lesson: 1,
    modes: ['grade-root', 'grade-user'],
    gradeFlags: ['--timeout', '40', '--cpu', '10'],
    judge: (run) => {
      const left = spinning();
      return [...attackerPassed(run, 'cpu-hog'), ...(left ? [`${left} spinning processes left after grade`] : [])];
    },
  },
  { name: 'class-read', what: 'read the class folder, earlier reports, /root and a world-readable canary', lesson: 1 },
  {
    name: 'state-python',
    what: '.flash-login/state.json names a "python" that marks the host (verify without --python)',
    lesson: 1,
    modes: ['verify-root', 'verify-user'],
    prepare: (dir) => {
      mkdirSync(join(dir, '.flash-login'), { recursive: true });
      const state = { version: 1, lesson: 1, answers: { projectName: 'state-python' }, python: join(HOST, 'evil-python') };
      writeFileSync(join(dir, '.flash-login', 'state.json'), JSON.stringify(state));
    },
    judge: () => (existsSync(join(HOST, 'marks', 'state-python-ran')) ? ['the state file\'s "python" ran on the host'] : []),
  },
  {
    name: 'escape-seq',
    what: 'OSC 52, ESC[2K and C1 CSI in its output and in its folder name',
    lesson: 1,
    folder: 'eve\x1b[2K\r\u2713 mallory 19\x07',
    judge: (run) => {
      const problems: string[] = [];
      if (hasRawControl(run.stdout + run.stderr)) problems.push('raw control characters on the terminal');
      for (const [name, text] of Object.entries(run.reports)) {
        if (hasRawControl(name.endsWith('.json') ? deepStrings(JSON.parse(text)) : text))
          problems.push(`raw control characters in ${name}`);
      }
      return problems;
    },
  },
  {
    name: 'csv-formula',
    what: 'a student folder named `x;=2+5`',
    lesson: 1,
    modes: ['grade-root', 'grade-user'],
    folder: 'x;=2+5',
    judge: (run) => {
      const csv = run.reports['grades.csv'] ?? '';
      return csv.includes('x;=2+5') && !/(^|,)"?'x;=2\+5/m.test(csv) ? ['`x;=2+5` left unguarded in grades.csv'] : [];
    },
  },
  {
    name: 'probes',
    what: 'a user namespace, AF_INET/AF_NETLINK sockets, ptrace, keyctl, bpf, perf_event_open, mount',
    lesson: 1,
    judge: (run) => {
      const open = /PROBES-OPEN:([\w,-]+)/.exec(run.stdout + run.stderr + Object.values(run.reports).join(''));
      return open ? [`allowed: ${open[1]}`] : [];
    },
  },
  {
    name: 'endless-line',
    what: '(found) 400 MB printed at import without a newline, under verify',
    lesson: 1,
    modes: ['verify-root', 'verify-user'],
    judge: (run) => (run.maxRssKb !== undefined && run.maxRssKb > 600_000 ? [`the CLI grew to ${Math.round(run.maxRssKb / 1024)} MB`] : []),
  },
];

function deepStrings(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(deepStrings).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(deepStrings).join('\n');
  return '';
}

function attackerPassed(run: Run, name: string): string[] {
  if (!run.grades) return [];
  const attacker = run.grades.submissions.find((item) => item.name === name);
  return attacker?.status === 'pass' ? ['passed although it broke its limits'] : [];
}

/** Processes still burning CPU as the users grade runs code as (cpu-hog's leftovers). */
function spinning(): number {
  let count = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const uid = Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]);
      const state = /^State:\s+(\w)/m.exec(status)?.[1];
      if (uid >= NOBODY - 8 && uid <= NOBODY && state === 'R') count++;
    } catch {
      // gone
    }
  }
  return count;
}

/** The host side: canaries, a TCP server on 127.0.0.1:47831 and :80, Unix servers at planted paths; each counts who connects. */
export class HostTraps {
  connections = 0;
  private servers: Server[] = [];

  async open(): Promise<void> {
    rmSync(HOST, { recursive: true, force: true });
    mkdirSync(HOST, { recursive: true });
    chmodSync(HOST, 0o755);
    writeFileSync(join(HOST, 'secret.txt'), `${CANARY}\n`, { mode: 0o644 });
    writeFileSync('/root/flash-hostile-secret', `${CANARY}\n`, { mode: 0o600 });
    mkdirSync(join(HOST, 'marks'));
    chmodSync(join(HOST, 'marks'), 0o777);
    writeFileSync(join(HOST, 'evil-python'), `#!/bin/sh\ntouch ${HOST}/marks/state-python-ran\nexec ${PYTHON} "$@"\n`, { mode: 0o755 });
    const listen = (server: Server, where: number | string) =>
      new Promise<void>((resolve) => {
        server.on('error', () => resolve());
        if (typeof where === 'number') server.listen(where, '127.0.0.1', () => resolve());
        else
          server.listen(where, () => {
            chmodSync(where, 0o777);
            resolve();
          });
      });
    for (const where of [47831, 80, join(HOST, 'host.sock'), '/run/flash-hostile.sock']) {
      if (typeof where === 'string') rmSync(where, { force: true });
      const server = createTcpServer((socket) => {
        this.connections++;
        socket.destroy();
      });
      this.servers.push(server);
      await listen(server, where);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.servers.map((server) => new Promise((resolve) => server.close(resolve))));
    rmSync('/run/flash-hostile.sock', { force: true });
    rmSync('/root/flash-hostile-secret', { force: true });
  }
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function giveTo(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (readdirSync(path, { withFileTypes: true }).length === 0) return;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) giveTo(child, uid);
    else if (!entry.isSymbolicLink()) chownSync(child, uid, uid);
  }
}

/** Write a fresh project for the attack at `dir`: its app.py and what prepare() adds. */
function project(attack: Attack, dir: string): void {
  mkdirSync(dir, { recursive: true });
  cpSync(join(here, 'apps', attack.name), dir, { recursive: true });
  attack.prepare?.(dir);
}

/** An honest submission: a learner's snapshot from the corpus that passes every check of its lesson. */
function honest(lesson: number, dir: string): void {
  cpSync(join(root, 'test', 'fixtures', 'learners', 'en-plain', `lesson-${lesson}`), dir, { recursive: true });
}

/** Run one attack in one mode with the CLI at `cli` (bin/flash-login.js of a build). */
export async function runAttack(attack: Attack, mode: Mode, cli: string, traps: HostTraps): Promise<Run> {
  const asUser = mode.endsWith('-user');
  const base = join(HOST, 'runs', `${attack.name}-${mode}`);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  for (const stale of ['marks/state-python-ran', 'written-root-escape']) rmSync(join(HOST, stale), { force: true });
  rmSync('/root/flash-hostile-written', { force: true });
  const tmp = join(base, 'tmp');
  mkdirSync(tmp);
  let args: string[];
  let watched: string;
  const outDir = join(base, 'out');
  if (mode.startsWith('verify')) {
    const dir = join(base, 'project');
    project(attack, dir);
    watched = join(dir, 'app.py');
    args = ['verify', '--lesson', String(attack.lesson), '--dir', dir, ...(attack.name === 'state-python' ? [] : ['--python', PYTHON])];
  } else {
    const classDir = join(HOST, 'class');
    rmSync(classDir, { recursive: true, force: true });
    honest(attack.lesson, join(classDir, 'honest'));
    project(attack, join(classDir, attack.folder ?? attack.name));
    watched = join(classDir, attack.folder ?? attack.name, 'app.py');
    mkdirSync(outDir);
    // An earlier report the submissions must not read.
    writeFileSync(join(outDir, 'grades.csv'), `student,secret\r\nold,${CANARY}\r\n`, { mode: 0o644 });
    args = [
      'grade',
      join(classDir, 'honest'),
      join(classDir, attack.folder ?? attack.name),
      '--lesson',
      String(attack.lesson),
      '--jobs',
      '2',
      '--python',
      PYTHON,
      '--out',
      outDir,
      '--timeout',
      '60',
      // The starting commit has no --cpu: FLASH_HOSTILE_NO_CPU_FLAG=1 leaves it out.
      ...(attack.gradeFlags ?? []).filter(
        (flag, index, flags) => !process.env.FLASH_HOSTILE_NO_CPU_FLAG || (flag !== '--cpu' && flags[index - 1] !== '--cpu'),
      ),
    ];
    if (asUser) giveTo(classDir, NOBODY);
  }
  if (asUser) giveTo(base, NOBODY);
  const watchedHash = hashOf(watched);
  const before = traps.connections;
  const command = [
    ...(asUser ? ['setpriv', '--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', '--'] : []),
    '/usr/bin/time',
    '-f',
    'HOSTILE-MAXRSS %M',
    process.execPath,
    cli,
    ...args,
  ];
  const started = Date.now();
  const result = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; killed: boolean }>(
    (resolve) => {
      const child = spawn(command[0]!, command.slice(1), {
        cwd: base,
        env: {
          PATH: process.env.PATH,
          LANG: 'C.UTF-8',
          TMPDIR: tmp,
          HOME: asUser ? tmp : process.env.HOME,
          FLASH_LOGIN_START_TIMEOUT: '20',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let size = 0;
      const keep = (into: Buffer[]) => (chunk: Buffer) => {
        size += chunk.length;
        if (size < 8 << 20) into.push(chunk);
      };
      child.stdout.on('data', keep(out));
      child.stderr.on('data', keep(err));
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone
        }
      }, RUN_LIMIT_MS);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), killed });
      });
    },
  );
  const ms = Date.now() - started;
  const rss = /HOSTILE-MAXRSS (\d+)/.exec(result.stderr);
  const stderr = result.stderr
    .replace(/.*HOSTILE-MAXRSS \d+\n?/, '')
    .replace(/Command (exited with non-zero status|terminated by signal) \d+\n/, '');
  const reports: Record<string, string> = {};
  if (mode.startsWith('grade'))
    for (const name of ['grades.csv', 'grades.json', 'grades.html'])
      if (existsSync(join(outDir, name))) reports[name] = readFileSync(join(outDir, name), 'utf8');
  let grades: Run['grades'];
  try {
    grades = reports['grades.json'] ? JSON.parse(reports['grades.json']) : undefined;
  } catch {
    grades = undefined;
  }
  const run: Run = {
    attack,
    mode,
    exitCode: result.code,
    signal: result.signal,
    ms,
    killed: result.killed,
    stdout: result.stdout,
    stderr,
    maxRssKb: rss ? Number(rss[1]) : undefined,
    reports,
    grades,
    problems: [],
  };
  const problems = run.problems;
  // No write outside.
  if (hashOf(watched) !== watchedHash) problems.push('wrote to the real app.py');
  if (existsSync(join(HOST, 'written-root-escape')) || existsSync('/root/flash-hostile-written')) problems.push('wrote to the host');
  // No read of a canary (what the app printed or served would carry it into the output or a report).
  const everything =
    run.stdout +
    run.stderr +
    Object.entries(reports)
      .map(([name, text]) => (name === 'grades.csv' ? text.replace(`old,${CANARY}`, '') : text))
      .join('');
  if (everything.includes(CANARY)) problems.push('read the canary');
  if (/READ:[^\s|"]/.test(everything)) problems.push('read the class folder');
  // No host socket reached.
  if (traps.connections > before) problems.push(`reached a host socket (${traps.connections - before} connections)`);
  // Ended within its limits.
  if (result.killed) problems.push(`did not end within ${RUN_LIMIT_MS / 1000} s (killed)`);
  // 0 passed, 1 a check failed, 2 could not run (an app that does not start, under verify); anything else is a crash.
  if (result.code !== null && result.code > 2) problems.push(`exit code ${result.code}`);
  if (mode.startsWith('grade')) {
    // Every report written, the honest verdict unchanged.
    if (Object.keys(reports).length < 3 || !grades) problems.push('reports not written');
    else {
      const honestOne = grades.submissions.find((item) => item.name === 'honest');
      if (honestOne?.status !== 'pass') problems.push(`honest submission ${honestOne?.status ?? 'missing'} (${honestOne?.reason ?? ''})`);
      if (grades.submissions.length !== 2) problems.push(`${grades.submissions.length} of 2 submissions graded`);
    }
  }
  problems.push(...(attack.judge?.(run) ?? []));
  return run;
}

export const defaultCli = join(root, 'bin', 'flash-login.js');
