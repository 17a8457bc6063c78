// `npm run bench`: how fast the CLI feels, as ratios taken side by side in one run.
//
// Each figure compares a command with its baseline on this same machine, in this same
// run, because absolute times on shared machines swing by 2x from minute to minute.
// Every command runs once to warm the file cache, then --runs times (default 7, at
// least 5; the quick figures, which take well under a second, three times as many) with
// the compared commands interleaved run by run (A B, then B A, ...). Each run gives one
// ratio of two neighbouring measurements, and the figure is the median of those ratios,
// so a machine that slows down for a while slows both sides of the ratios it touches.
//
// Times and peak memory come from a small Python runner that forks each command and
// reaps it with os.wait4(): the wall time is taken around fork and wait, and the peak
// memory is the kernel's ru_maxrss for that child, which covers the largest single
// process of its tree that was waited for (for verify: node, or the Flask app it ran).
// Nothing is sampled, so a short spike is not missed.
//
// The commands run from a private copy of the package (bin/, a fresh bundle made by
// src/build.ts as `npm run build` makes it, templates/, lessons/, serve_app.py), so a
// concurrent `npm run build` (which empties dist/) cannot break a run. The watch figure times a
// re-check inside one long-lived `verify --watch` (save to result) against a cold verify.
//
//   npm run bench                          all five figures with /usr/bin/python3
//   npm run bench -- --python /path/to/python --runs 9 --only verify,version
import { type ChildProcessWithoutNullStreams, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleCli } from '../src/build.js';

const root = resolve(process.cwd());
if (!existsSync(join(root, 'src', 'cli', 'cli.ts'))) throw new Error('run `npm run bench` from the package folder');

// ---------------------------------------------------------------- options

interface BenchOptions {
  python: string;
  runs: number;
  only: Set<string>;
  keep: boolean;
}

const FIGURES = ['version', 'create', 'next-lesson', 'verify', 'watch'] as const;

function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { python: '/usr/bin/python3', runs: 7, only: new Set(FIGURES), keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--python') options.python = value();
    else if (arg === '--runs') options.runs = Number(value());
    else if (arg === '--only') options.only = new Set(value().split(','));
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm run bench -- [--python PATH] [--runs N (>= 5)] [--only version,create,next-lesson,verify,watch] [--keep]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 5) throw new Error('--runs takes a whole number of at least 5');
  for (const name of options.only) if (!(FIGURES as readonly string[]).includes(name)) throw new Error(`--only: no figure "${name}"`);
  return options;
}

// ---------------------------------------------------------------- the runner

/**
 * Runs one command at a time and answers with its wall time and peak RSS. One long-lived
 * Python process, so its own start-up is never part of a measurement.
 */
const RUNNER = String.raw`
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    with open(job["out"], "wb") as out, open(job["err"], "wb") as err:
        start = time.perf_counter()
        child = subprocess.Popen(job["argv"], cwd=job["cwd"], env=job["env"], stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in KiB on Linux and in bytes on macOS.
    kib = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    print(json.dumps({"ms": elapsed * 1000, "rssKiB": kib, "code": child.returncode}), flush=True)
`;

interface Measurement {
  ms: number;
  rssKiB: number;
  code: number;
}

interface Job {
  argv: string[];
  cwd: string;
  env?: Record<string, string>;
}

class Runner {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly answers: AsyncIterator<string>;
  private count = 0;

  constructor(
    python: string,
    private readonly scratch: string,
  ) {
    this.child = spawn(python, ['-u', '-c', RUNNER], { stdio: 'pipe' });
    this.child.stderr.pipe(process.stderr);
    this.answers = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
  }

  async run(job: Job): Promise<Measurement & { stdout: string; stderr: string }> {
    const n = this.count++;
    const out = join(this.scratch, `out-${n}.txt`);
    const err = join(this.scratch, `err-${n}.txt`);
    const env = { ...process.env, NO_COLOR: '1', ...job.env } as Record<string, string>;
    this.child.stdin.write(`${JSON.stringify({ argv: job.argv, cwd: job.cwd, env, out, err })}\n`);
    const answer = await this.answers.next();
    if (answer.done) throw new Error('the bench runner (Python) exited');
    const measurement = JSON.parse(answer.value) as Measurement;
    const result = { ...measurement, stdout: readFileSync(out, 'utf8'), stderr: readFileSync(err, 'utf8') };
    rmSync(out, { force: true });
    rmSync(err, { force: true });
    return result;
  }

  close(): void {
    this.child.stdin.end();
  }
}

// ---------------------------------------------------------------- figures

interface Side {
  label: string;
  /** A fresh job for each run (a new folder to scaffold into, a new copy of a project). */
  job?: (run: number) => Job;
  /** Or a measurement of its own, for what is not one command (a re-check inside a running watch). */
  measureOnce?: (run: number) => Promise<Measurement>;
  /** Throws when the run did not do its work (a non-zero exit, a failed check). */
  accept?: (result: Measurement & { stdout: string; stderr: string }) => void;
}

interface Figure {
  name: (typeof FIGURES)[number];
  title: string;
  command: Side;
  /** What the command is compared with, or an absolute limit in ms. */
  baseline?: Side;
  limitMs?: number;
  maxRatio?: number;
  /** Lines printed under the figure (what --version loads, say). */
  notes?: string[];
  /** Quick figures get three times the runs: their noise is large next to their size. */
  quick?: boolean;
  /** Why a ratio figure has no baseline here (create-vite not installed): printed in its place, and the figure is not met. */
  missingBaseline?: string;
}

interface Outcome {
  figure: Figure;
  command: Measurement[];
  baseline: Measurement[];
  /** The machine's 1-minute load average as the figure's runs began and ended (os.loadavg). */
  load: [number, number];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const exitsZero = (label: string) => (result: Measurement & { stdout: string; stderr: string }) => {
  if (result.code !== 0) throw new Error(`${label} exited ${result.code}:\n${result.stdout}\n${result.stderr}`);
};

async function measure(runner: Runner, figure: Figure, runs: number): Promise<Outcome> {
  const outcome: Outcome = { figure, command: [], baseline: [], load: [loadavg()[0]!, 0] };
  const sides = figure.baseline ? [figure.baseline, figure.command] : [figure.command];
  const once = async (side: Side, run: number): Promise<Measurement> => {
    if (side.measureOnce) return side.measureOnce(run);
    const result = await runner.run(side.job!(run));
    (side.accept ?? exitsZero(side.label))(result);
    return result;
  };
  // Warm-up: the file cache, Python's bytecode, git's first run.
  for (const side of sides) await once(side, -1);
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const result = await once(side, run);
      (side === figure.command ? outcome.command : outcome.baseline).push({ ms: result.ms, rssKiB: result.rssKiB, code: result.code });
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  outcome.load[1] = loadavg()[0]!;
  return outcome;
}

// ---------------------------------------------------------------- set-up

function sh(argv: string[], cwd: string, env: Record<string, string> = {}): string {
  return execFileSync(argv[0]!, argv.slice(1), {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A private copy of the package as npm would install it, bundled as `npm run build` bundles it (src/build.ts). */
async function stagePackage(work: string): Promise<string> {
  const pkg = join(work, 'package');
  mkdirSync(pkg);
  await bundleCli(join(pkg, 'dist'));
  for (const part of ['bin', 'templates', 'lessons', 'package.json']) cpSync(join(root, part), join(pkg, part), { recursive: true });
  mkdirSync(join(pkg, 'src', 'runtime'), { recursive: true });
  for (const script of ['serve_app.py', 'run_app.py']) cpSync(join(root, 'src', 'runtime', script), join(pkg, 'src', 'runtime', script));
  symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  return pkg;
}

/** What one command loads, seen by a module load hook: each file (a package's files as its name) and its size. */
interface Loaded {
  file: string;
  bytes: number;
}

/** The modules a command loads (node --import a load hook; `argv` after `node`), run in a folder of its own. */
function traceLoads(work: string, argv: string[], pkg: string): Loaded[] {
  const hooks = join(work, 'trace-hooks.mjs');
  const register = join(work, 'trace-register.mjs');
  writeFileSync(
    hooks,
    `export async function load(url, context, next) {
  const loaded = await next(url, context);
  if (url.startsWith('file:')) process.stderr.write('LOADED ' + (loaded.source?.length ?? 0) + ' ' + url + '\\n');
  return loaded;
}\n`,
  );
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  const cwd = mkdtempSync(join(work, 'trace-'));
  const traced = spawnSync('node', ['--import', register, ...argv], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const loaded = new Map<string, number>();
  for (const line of traced.stderr.split('\n')) {
    const match = /^LOADED (\d+) (.*)$/.exec(line);
    if (!match) continue;
    const path = realpathSync(fileURLToPath(match[2]!));
    const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const file = inModules ? inModules[1]! : relative(realpathSync(pkg), path);
    loaded.set(file, (loaded.get(file) ?? 0) + Number(match[1]));
  }
  return [...loaded].map(([file, bytes]) => ({ file, bytes }));
}

const own = (file: string) => file.startsWith('bin/') || file.startsWith('dist/');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** How many modules a command loads, how big they are, and which are not our own bundle's. */
function loadNotes(loaded: Loaded[], what: string): string[] {
  const outside = loaded.filter(({ file }) => !own(file)).map(({ file }) => file);
  const total = loaded.reduce((sum, { bytes }) => sum + bytes, 0);
  return [
    `${what} loads ${loaded.length} modules, ${kb(total)} of JavaScript` +
      (outside.length ? `; from outside the bundle: ${outside.join(', ')}` : ', all from the bundle (bin/, dist/)'),
  ];
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'flash-login-bench-'));
  const scratch = join(work, 'scratch');
  mkdirSync(scratch);
  const runner = new Runner(options.python, scratch);
  try {
    process.stderr.write(`bench: bundling into ${work} …\n`);
    const pkg = await stagePackage(work);
    const flashLogin = join(pkg, 'bin', 'flash-login.js');
    const createBin = join(pkg, 'bin', 'create-flash-login.js');
    const createVite = join(root, 'node_modules', 'create-vite', 'index.js');
    let fresh = 0;
    const freshDir = () => {
      const dir = join(work, `run-${fresh++}`);
      mkdirSync(dir);
      return dir;
    };

    const figures: Figure[] = [];
    if (options.only.has('version')) {
      figures.push({
        name: 'version',
        title: '`flash-login --version`',
        quick: true,
        command: { label: 'flash-login --version', job: () => ({ argv: ['node', flashLogin, '--version'], cwd: work }) },
        baseline: { label: "node -e ''", job: () => ({ argv: ['node', '-e', ''], cwd: work }) },
        maxRatio: 1.3,
        notes: versionNotes(traceLoads(work, [flashLogin, '--version'], pkg)),
      });
    }
    if (options.only.has('create')) {
      figures.push({
        name: 'create',
        title: '`create-flash-login my-app --yes --no-install`',
        quick: true,
        command: {
          label: 'create-flash-login my-app --yes --no-install',
          job: () => ({ argv: ['node', createBin, 'my-app', '--yes', '--no-install'], cwd: freshDir() }),
        },
        // create-vite is a devDependency: without it there is no baseline, and the figure says so instead of a ratio.
        ...(existsSync(createVite)
          ? {
              baseline: {
                label: 'create-vite my-app --template vanilla-ts',
                job: () => ({ argv: ['node', createVite, 'my-app', '--template', 'vanilla-ts', '--no-interactive'], cwd: freshDir() }),
              },
              maxRatio: 1.5,
            }
          : { missingBaseline: `create-vite is not installed (${createVite}): no ratio; run npm install, it is a devDependency` }),
        notes: loadNotes(traceLoads(work, [createBin, 'my-app', '--yes', '--no-install'], pkg), 'create --yes --no-install'),
      });
    }
    if (options.only.has('next-lesson')) {
      // A learner's project after a passing verify of lesson 1, copied afresh for each run.
      const template = join(work, 'next-lesson-project');
      sh(['node', createBin, template, '--yes', '--mode', 'guided', '--no-install', '--python', options.python], work);
      const verified = spawnSyncStatus(['node', flashLogin, 'verify'], template);
      if (verified !== 0) throw new Error(`set-up: verify of the fresh lesson 1 project exited ${verified}`);
      figures.push({
        name: 'next-lesson',
        title: '`flash-login next-lesson --no-verify` (lesson 1 → 2, with git)',
        quick: true,
        command: {
          label: 'flash-login next-lesson --no-verify',
          job: () => {
            const dir = join(freshDir(), 'app');
            cpSync(template, dir, { recursive: true });
            return { argv: ['node', flashLogin, 'next-lesson', '--no-verify'], cwd: dir };
          },
        },
        // For reference only: the same command where Node starts without reading an extra CA bundle.
        ...(process.env.NODE_EXTRA_CA_CERTS
          ? {
              baseline: {
                label: 'the same, without NODE_EXTRA_CA_CERTS (reference only)',
                job: () => {
                  const dir = join(freshDir(), 'app');
                  cpSync(template, dir, { recursive: true });
                  return { argv: ['node', flashLogin, 'next-lesson', '--no-verify'], cwd: dir, env: { NODE_EXTRA_CA_CERTS: '' } };
                },
              },
            }
          : {}),
        limitMs: 150,
        notes: nodeStartNotes(),
      });
    }
    if (options.only.has('verify')) {
      const project = join(work, 'lesson-5');
      sh(
        ['node', createBin, project, '--yes', '--mode', 'guided', '--no-install', '--no-git', '--lesson', '5', '--python', options.python],
        work,
      );
      figures.push({
        name: 'verify',
        title: "`flash-login verify` on lesson 5's reference app",
        command: {
          label: 'flash-login verify',
          job: () => ({ argv: ['node', flashLogin, 'verify'], cwd: project }),
          accept: exitsZero('flash-login verify (every check must pass)'),
        },
        baseline: {
          label: 'python -c "import flask, flask_login, flask_sqlalchemy, flask_wtf"',
          job: () => ({ argv: [options.python, '-c', 'import flask, flask_login, flask_sqlalchemy, flask_wtf'], cwd: project }),
        },
        maxRatio: 1.6,
      });
    }

    let watch: WatchDriver | undefined;
    if (options.only.has('watch')) {
      // Two projects alike: the watch's own, where each re-check follows a save to app.py, and one for cold verifies.
      const project = join(work, 'lesson-5-watched');
      const cold = join(work, 'lesson-5-cold');
      for (const dir of [project, cold])
        sh(
          ['node', createBin, dir, '--yes', '--mode', 'guided', '--no-install', '--no-git', '--lesson', '5', '--python', options.python],
          work,
        );
      watch = new WatchDriver(flashLogin, project);
      await watch.firstRun();
      figures.push({
        name: 'watch',
        title: "`flash-login verify --watch`: a re-check after a save, beside a cold `flash-login verify` (lesson 5's reference app)",
        command: {
          label: `verify --watch re-check (save to result, less the ${WATCH_DEBOUNCE_MS} ms debounce)`,
          measureOnce: (run) => watch!.recheck(run),
        },
        baseline: {
          label: 'flash-login verify (cold)',
          job: () => ({ argv: ['node', flashLogin, 'verify'], cwd: cold }),
          accept: exitsZero('flash-login verify (every check must pass)'),
        },
        maxRatio: 0.3,
        notes: [
          'the watch keeps Python warm (serve_app.py --zygote): a re-check imports only app.py; each re-check must say "Python kept warm" or the bench stops',
          `peak memory: not measured for the watch (one long-lived process); its re-check times include the copy, the app's import and every check`,
        ],
      });
    }

    const outcomes: Outcome[] = [];
    for (const figure of figures) {
      process.stderr.write(`bench: ${figure.name} `);
      outcomes.push(await measure(runner, figure, figure.quick ? options.runs * 3 : options.runs));
    }
    await watch?.stop();
    const met = report(outcomes, options, header(options.python));
    process.exitCode = met ? 0 : 1;
  } finally {
    runner.close();
    if (options.keep) process.stderr.write(`bench: kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The watch's debounce (src/commands/watch.ts): a save waits this long for the rest of its burst before the run starts. */
const WATCH_DEBOUNCE_MS = 200;
/** The line the watch prints after each run (src/commands/watch.ts timingLine). */
const WATCH_RUN_DONE = /^checked in \d+\.\d s( · Python kept warm)?$/gm;

/** One `flash-login verify --watch` for the whole figure: each re-check is a save to app.py and the run it brings. */
class WatchDriver {
  private readonly child: ChildProcessWithoutNullStreams;
  private text = '';
  private waiting: (() => void) | undefined;

  constructor(
    flashLogin: string,
    private readonly project: string,
  ) {
    this.child = spawn('node', [flashLogin, 'verify', '--watch'], { cwd: project, env: { ...process.env, NO_COLOR: '1' }, stdio: 'pipe' });
    const take = (chunk: Buffer) => {
      this.text += chunk.toString();
      this.waiting?.();
    };
    this.child.stdout.on('data', take);
    this.child.stderr.on('data', take);
  }

  private runs(): RegExpExecArray[] {
    return [...this.text.matchAll(WATCH_RUN_DONE)];
  }

  private async until(count: number): Promise<RegExpExecArray> {
    const deadline = Date.now() + 60_000;
    while (this.runs().length < count) {
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error(`verify --watch: no run ${count} in time:\n${this.text}`);
      await new Promise<void>((resolve) => {
        this.waiting = resolve;
        setTimeout(resolve, 1_000);
      });
    }
    return this.runs()[count - 1]!;
  }

  async firstRun(): Promise<void> {
    await this.until(1);
  }

  /** Save app.py (a comment more) and time it until the run it brings has printed its result. */
  async recheck(run: number): Promise<Measurement> {
    const count = this.runs().length;
    const started = performance.now();
    appendFileSync(join(this.project, 'app.py'), `# bench save ${run}\n`);
    const done = await this.until(count + 1);
    const ms = performance.now() - started - WATCH_DEBOUNCE_MS;
    const printed = this.text.slice(this.text.lastIndexOf('changed: app.py'));
    if (!done[1]) throw new Error(`verify --watch: the re-check did not use the warm Python:\n${printed}`);
    if (!/All \d+ checks passed\./.test(printed)) throw new Error(`verify --watch: the re-check did not pass:\n${printed}`);
    return { ms, rssKiB: 0, code: 0 };
  }

  async stop(): Promise<void> {
    this.child.stdin.end('q\n');
    await new Promise((resolve) => (this.child.exitCode !== null ? resolve(undefined) : this.child.on('exit', resolve)));
  }
}

function header(python: string): string {
  const facts = spawnSync(
    python,
    ['-c', 'import sys, importlib.metadata as m; print(sys.version.split()[0], m.version("Flask"), m.version("Werkzeug"))'],
    { encoding: 'utf8' },
  )
    .stdout.trim()
    .split(' ');
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('FLASH_LOGIN_'))
    .map(([name, value]) => `${name}=${value}`);
  return (
    `flash-login bench · Node ${process.version} · ${python} (Python ${facts[0]}, Flask ${facts[1]}, Werkzeug ${facts[2]}) · ` +
    `${availableParallelism()} CPUs (${cpu}) · load ${loadavg()[0]!.toFixed(1)} at the end` +
    (settings.length ? ` · with ${settings.join(' ')}` : '')
  );
}

/** Median wall time of a few `node -e ''` starts, with the environment given. */
function nodeStart(env: NodeJS.ProcessEnv): number {
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    spawnSync('node', ['-e', ''], { stdio: 'ignore', env });
    starts.push(performance.now() - started);
  }
  return median(starts);
}

/** An absolute limit depends on how fast Node itself starts here: say so, and what slows it. */
function nodeStartNotes(): string[] {
  const notes: string[] = [];
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const { NODE_EXTRA_CA_CERTS: _bundle, ...without } = process.env;
    notes.push(
      `NODE_EXTRA_CA_CERTS is set on this machine, so every Node start first reads that CA bundle: node -e '' takes ` +
        `${ms(nodeStart(process.env))} with it and ${ms(nodeStart(without))} without it, just now`,
    );
  }
  return notes;
}

function spawnSyncStatus(argv: string[], cwd: string): number {
  return spawnSync(argv[0]!, argv.slice(1), { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' }).status ?? 1;
}

/** --version alone prints the version from dist/version.js (bin/*.js): it should load nothing else. */
function versionNotes(loaded: Loaded[]): string[] {
  const extra = loaded.filter(({ file }) => !own(file) || !/^(bin\/|dist\/version\.js$|dist\/chunks\/chunk-)/.test(file));
  return [
    ...loadNotes(loaded, '--version'),
    extra.length
      ? `!  --version loads more than bin/, dist/version.js and its chunks: ${extra.map(({ file }) => file).join(', ')}`
      : `ok: ${loaded.map(({ file }) => file).join(', ')}`,
  ];
}

/** The median of each run's ratio: command over the baseline measured next to it. */
function pairedRatio(command: Measurement[], baseline: Measurement[]): number {
  return median(command.map((m, run) => m.ms / baseline[run]!.ms));
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value).toString()} ms`;
const mb = (kib: number) => `${(kib / 1024).toFixed(1)} MB`;

function describeSide(label: string, measurements: Measurement[]): string {
  const times = measurements.map((m) => m.ms);
  const peak = median(measurements.map((m) => m.rssKiB));
  return `    ${label.padEnd(72)} median ${ms(median(times)).padStart(8)}  (${ms(Math.min(...times))} to ${ms(Math.max(...times))})   peak ${peak ? mb(peak) : '–'}`;
}

const loadText = ([start, end]: [number, number]) => `load ${start.toFixed(1)} → ${end.toFixed(1)}`;

/** The figure as printed: a ratio, a time against its limit, or why it has no ratio here. */
function figureOf({ figure, command, baseline }: Outcome): { text: string; met: boolean } {
  if (figure.missingBaseline !== undefined) return { text: `– (${figure.missingBaseline})`, met: false };
  if (figure.maxRatio !== undefined) {
    const ratio = pairedRatio(command, baseline);
    return { text: `${ratio.toFixed(2)}×`, met: ratio <= figure.maxRatio };
  }
  const commandMedian = median(command.map((m) => m.ms));
  return { text: ms(commandMedian), met: commandMedian <= figure.limitMs! };
}

const targetOf = (figure: Figure) => (figure.maxRatio !== undefined ? `≤ ${figure.maxRatio}×` : `≤ ${figure.limitMs} ms`);

/** Print each figure next to its target, with the machine's load while it ran; true when every one is met. */
function report(outcomes: Outcome[], options: BenchOptions, header: string): boolean {
  let allMet = true;
  const lines = ['', header, ''];
  for (const outcome of outcomes) {
    const { figure, command, baseline } = outcome;
    const { text, met } = figureOf(outcome);
    allMet &&= met;
    lines.push(`${met ? '✓' : '✗'} ${figure.title}: ${text} (target ${targetOf(figure)}) · ${loadText(outcome.load)}`);
    lines.push(describeSide(figure.command.label, command));
    if (baseline.length) lines.push(describeSide(figure.baseline!.label, baseline));
    for (const note of figure.notes ?? []) lines.push(`    ${note}`);
    lines.push('');
  }
  lines.push(
    '| what | median | baseline median | figure | target | load (1 min, start → end) | peak memory (median) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const outcome of outcomes) {
    const { figure, command, baseline } = outcome;
    const commandMedian = median(command.map((m) => m.ms));
    const baselineMedian = baseline.length ? median(baseline.map((m) => m.ms)) : undefined;
    const commandPeak = median(command.map((m) => m.rssKiB));
    const memory = `${commandPeak ? mb(commandPeak) : '–'}${baseline.length ? ` (baseline ${mb(median(baseline.map((m) => m.rssKiB)))})` : ''}`;
    lines.push(
      `| ${figure.title} | ${ms(commandMedian)} | ${baselineMedian === undefined ? '–' : ms(baselineMedian)} | ${figureOf(outcome).text} | ${targetOf(figure)} | ${outcome.load[0].toFixed(1)} → ${outcome.load[1].toFixed(1)} | ${memory} |`,
    );
  }
  lines.push(
    '',
    `${allMet ? 'All' : 'Not all'} figures at or under target. Ratios: the median of the per-run ratios of ${options.runs} interleaved runs ` +
      `(${options.runs * 3} for the quick figures) after one warm-up; times: medians; peak memory: ru_maxrss from wait4, ` +
      "the largest single process of each command's tree; load: os.loadavg()'s 1-minute figure as each figure's runs began and ended.",
  );
  console.log(lines.join('\n'));
  return allMet;
}

await main();
