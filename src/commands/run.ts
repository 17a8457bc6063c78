import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { join } from 'node:path';
import kleur from 'kleur';
import { readLessonText } from '../course/lessons.js';
import { shortTitle } from '../course/progress.js';
import { catalog } from '../i18n/i18n.js';
import { assertProjectSettled } from '../project/conflicts.js';
import { openProject, resolvePython } from '../project/project.js';
import { acceptsConnections, DEFAULT_PORT, firstFreePort, isPortFree, LOOPBACK } from '../runtime/ports.js';
import { EXIT_CANNOT_RUN, EXIT_OK, UserError } from '../shared/errors.js';
import { runAppScript } from '../shared/paths.js';
import { lessonHeading } from '../verify/report.js';

const runText = catalog({
  en: {
    badPort: (value: string) => `--port takes a port number from 1 to 65535, not "${value}".`,
    portBusy: (port: number, free: number) =>
      `port ${port} is in use (another \`flask run\`?): stop that, or pick a free one with --port ${free}.`,
    portTaken: (port: number, other: number) => `port ${port} is in use, so your app gets ${other}`,
    debugWarning: (warning: string) => warning,
    freshSecret: ' · a fresh FLASK_SECRET_KEY for this run',
    runsAt: (url: string, stop: string) => `\nYour app runs at ${url}  ${stop}`,
    ctrlC: '(Ctrl-C stops it)',
    stopped: '\nStopped your app.',
    cannotStart: (python: string, why: string) => `cannot start ${python}: ${why} (\`flash-login doctor\` helps).`,
    exitCode: (code: number) => `exit code ${code}`,
    appStopped: (how: string) => `Your app stopped (${how}): see what it printed above.`,
    appDidNotStart: (how: string) => `Your app did not start (${how}): fix what it printed above, then run this again.`,
  },
  'zh-CN': {
    badPort: (value) => `--port 的值应为 1 到 65535 之间的端口号，而不是 "${value}"。`,
    portBusy: (port, free) => `端口 ${port} 已被占用（另一个 \`flask run\`？）：停掉它，或者用 --port ${free} 换一个空闲端口。`,
    portTaken: (port, other) => `端口 ${port} 已被占用，所以你的应用使用 ${other}`,
    debugWarning: () =>
      '仅用于开发：--debug 提供的调试器会执行在错误页面里输入的任何 Python 代码。只在 127.0.0.1 上使用，绝不要用于生产环境。',
    freshSecret: ' · 这次运行使用新生成的 FLASK_SECRET_KEY',
    runsAt: (url, stop) => `\n你的应用运行在 ${url}  ${stop}`,
    ctrlC: '（按 Ctrl-C 停止）',
    stopped: '\n已停止你的应用。',
    cannotStart: (python, why) => `无法启动 ${python}：${why}（\`flash-login doctor\` 可以帮忙）。`,
    exitCode: (code) => `退出码 ${code}`,
    appStopped: (how) => `你的应用停止了（${how}）：请看上面它输出的内容。`,
    appDidNotStart: (how) => `你的应用没有启动（${how}）：修好上面输出的问题，然后再运行一次。`,
  },
});

export interface RunOptions {
  dir?: string;
  python?: string;
  port?: string;
}

/** Flask's own default, the one the lessons' links use. */
const STOP_GRACE_MS = 5_000;
const EXIT_BY_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new UserError(runText().badPort(value));
  return port;
}

/** Whether the learner set a secret key: in the environment, or in a .env/.flaskenv that `flask run` reads. */
async function secretConfigured(projectDir: string): Promise<boolean> {
  if (process.env.FLASK_SECRET_KEY) return true;
  for (const name of ['.env', '.flaskenv']) {
    const text = await fs.readFile(join(projectDir, name), 'utf8').catch(() => '');
    if (/^\s*(export\s+)?FLASK_SECRET_KEY\s*=/m.test(text)) return true;
  }
  return false;
}

async function choosePort(flag: string | undefined): Promise<{ port: number; note?: string }> {
  if (flag !== undefined) {
    const port = parsePort(flag);
    if (!(await isPortFree(port))) throw new UserError(runText().portBusy(port, await firstFreePort([port + 1])));
    return { port };
  }
  if (await isPortFree(DEFAULT_PORT)) return { port: DEFAULT_PORT };
  const port = await firstFreePort(Array.from({ length: 10 }, (_, i) => DEFAULT_PORT + 1 + i));
  return { port, note: runText().portTaken(DEFAULT_PORT, port) };
}

export const DEBUG_WARNING =
  'Development only: --debug serves a debugger that runs any Python typed into an error page. Keep it on 127.0.0.1, never in production.';

export async function runCommand(options: RunOptions): Promise<number> {
  const project = await openProject(options.dir);
  // As verify does: a change cut short is put right first, and conflict markers get a clear line, not a SyntaxError.
  await assertProjectSettled(project.dir, 'run');
  const python = await resolvePython(project, options.python);
  const { port, note } = await choosePort(options.port);
  const env: Record<string, string> = {};
  // The debug reloader restarts the app on every save; one key for the whole run keeps
  // the learner logged in across those restarts. A letter first: from_prefixed_env()
  // JSON-parses values, and an all-digit key would become a number.
  const freshSecret = !(await secretConfigured(project.dir));
  if (freshSecret) env.FLASK_SECRET_KEY = `dev-${randomBytes(24).toString('hex')}`;

  const url = `http://${LOOPBACK}:${port}/`;
  const lesson = project.state?.lesson;
  // First, before anything scrolls it away: the debugger is a Python prompt for whoever reaches an error page.
  console.log(kleur.yellow(runText().debugWarning(DEBUG_WARNING)));
  if (lesson) console.log(kleur.bold(lessonHeading(lesson, shortTitle(await readLessonText(lesson)))));
  console.log(kleur.dim(`python ${python}${freshSecret ? runText().freshSecret : ''}`));
  console.log('');

  // Its own process group, so stopping it reaches the reloader's child (and anything the app started) too.
  // run_app.py is `python -m flask` that ends when its stdin closes: when this process ends, SIGKILL included.
  const app = spawn(python, [runAppScript, '--app', 'app', '--debug', 'run', '--host', LOOPBACK, '--port', String(port)], {
    cwd: project.dir,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'inherit', 'inherit'], // stdin is never written: it closes when we end
    detached: true,
  });
  const finished = new Promise<{ exitCode?: number; signal?: string; startError?: string }>((resolve) => {
    app.once('error', (error) => resolve({ startError: error.message }));
    app.once('exit', (code, signal) => resolve({ ...(code === null ? {} : { exitCode: code }), ...(signal ? { signal } : {}) }));
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (app.pid) process.kill(-app.pid, signal);
    } catch {
      // the group is gone already
    }
  };

  let stoppedBy: NodeJS.Signals | undefined;
  let forceTimer: NodeJS.Timeout | undefined;
  const stop = (signal: NodeJS.Signals) => {
    if (stoppedBy) return signalGroup('SIGKILL'); // a second Ctrl-C: no more waiting
    stoppedBy = signal;
    signalGroup('SIGINT'); // what Ctrl-C in its own terminal would send: Flask stops quietly
    forceTimer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, stop);
  // Whatever ends this process, the app's group goes with it.
  const onExit = () => signalGroup('SIGKILL');
  process.on('exit', onExit);

  try {
    // The URL only once the app listens: an app that does not import (a SyntaxError) ends
    // first, and then there is no URL to offer, only what it printed.
    let ended = false;
    void finished.finally(() => (ended = true));
    while (!ended && !stoppedBy && !(await acceptsConnections(port))) await new Promise((resolve) => setTimeout(resolve, 50));
    const listened = !ended && !stoppedBy;
    if (listened) {
      console.log(runText().runsAt(kleur.bold().cyan(url), kleur.dim(runText().ctrlC)));
      if (note) console.log(kleur.yellow(note));
    }
    const result = await finished;
    if (stoppedBy) {
      console.log(kleur.dim(runText().stopped));
      return EXIT_BY_SIGNAL[stoppedBy] ?? EXIT_OK;
    }
    if (result.startError !== undefined) throw new UserError(runText().cannotStart(python, result.startError));
    if (result.exitCode === 0) return EXIT_OK;
    const how = result.exitCode !== undefined ? runText().exitCode(result.exitCode) : String(result.signal);
    console.error(kleur.red(listened ? runText().appStopped(how) : runText().appDidNotStart(how)));
    return EXIT_CANNOT_RUN;
  } finally {
    clearTimeout(forceTimer);
    for (const signal of signals) process.removeListener(signal, stop);
    signalGroup('SIGKILL'); // the reloader's child can outlive its parent by a moment
    process.removeListener('exit', onExit);
  }
}
