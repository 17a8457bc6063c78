// `flash-login grade SUBMISSION… --lesson N`: grade a class. Each submission is copied (or
// unpacked) into a folder of its own, run by verify's engine under limits as an unprivileged
// user, and scored one point per check; a verdict prints as each ends; three reports at the end.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fs from 'fs-extra';
import kleur from 'kleur';
import { parseLessonFlag, readLessonText } from '../course/lessons.js';
import { shortTitle } from '../course/progress.js';
import { discoverSubmissions, type Submission } from '../grade/discover.js';
import { DEFAULT_LIMITS, holdSubmission, LIMITS_HELD_BY, type Limits, ranOutOfMemory } from '../grade/limits.js';
import { type Graded, type GradeReport, writeReports, writeReportsNow } from '../grade/reports.js';
import { unpackZip, ZipRefused } from '../grade/zip.js';
import { catalog } from '../i18n/i18n.js';
import { resolvePython } from '../project/project.js';
import { canStartStudentCode, isStaged } from '../runtime/app-runner.js';
import { EXIT_FAILED, EXIT_OK, UserError } from '../shared/errors.js';
import { escapeUntrusted } from '../shared/untrusted.js';
import { scoreChecks } from '../verify/formats/scores.js';
import { lessonHeading } from '../verify/report.js';
import { verifyProject } from '../verify/verify-run.js';

const gradeText = catalog({
  en: {
    positive: (flag: string, value: string) => `${flag} takes a positive number, not "${value}".`,
    unsandboxed: (line: string) => line,
    summary: (passed: number, total: number, reports: string[]) =>
      `\n${passed} of ${total} passed every check. Reports: ${reports.join(', ')}`,
    /** A submission's line says which checks failed and how many were skipped. */
    outcome: (failed: string[], skipped: number) =>
      [failed.length ? `failed ${failed.join(', ')}` : '', skipped ? `${skipped} skipped` : ''].filter(Boolean).join(', '),
    toolFault: (why: string) => `grade could not start student code: ${why} (the tool's fault, not the submission's)`,
    interrupted: (done: number, total: number) =>
      `\ngrade: interrupted; the reports hold the ${done} of ${total} submissions that finished.`,
    grading: (count: number, title: string, jobs: number) =>
      `Grading ${count} submission${count === 1 ? '' : 's'} for ${title}, ${jobs} at a time.`,
  },
  'zh-CN': {
    positive: (flag, value) => `${flag} 的值应为正数，而不是 "${value}"。`,
    unsandboxed: () =>
      '学生代码在沙箱之外运行（这里没有 bubblewrap：`sudo apt-get install bubblewrap`）：它在限制之下运行，grade 以 root 运行时使用 uid 65534 及以下的 uid，但可以访问网络、看到整台机器；只批改你自己也愿意运行的代码。',
    summary: (passed, total, reports) => `\n${total} 份提交中有 ${passed} 份通过了所有检查。报告：${reports.join('、')}`,
    outcome: (failed, skipped) =>
      [failed.length ? `失败：${failed.join('、')}` : '', skipped ? `${skipped} 项跳过` : ''].filter(Boolean).join('，'),
    toolFault: (why) => `grade 无法启动学生代码：${why}（这是工具的问题，不是提交的问题）`,
    interrupted: (done, total) => `\ngrade：已中断；报告里是已完成的 ${done} 份（共 ${total} 份）。`,
    grading: (count, title, jobs) => `正在批改 ${count} 份提交（${title}），每次 ${jobs} 份。`,
  },
});

export interface GradeOptions {
  lesson: string;
  jobs?: string;
  out?: string;
  python?: string;
  timeout?: string;
  cpu?: string;
  memory?: string;
  processes?: string;
  output?: string;
}

function positive(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new UserError(gradeText().positive(flag, value));
  return number;
}

/** The line printed once per run where bwrap cannot run: student code then runs unsandboxed. */
export const UNSANDBOXED =
  'student code runs unsandboxed (no bubblewrap here: `sudo apt-get install bubblewrap`): it runs under the limits, as uid 65534 and the uids below it when grade runs as root, but with network access and a view of the machine; grade only code you would run yourself.';

export async function gradeCommand(args: string[], options: GradeOptions): Promise<number> {
  const lesson = parseLessonFlag(options.lesson)!;
  const jobs = Math.floor(positive(options.jobs, '--jobs', availableParallelism()));
  const seconds = positive(options.timeout, '--timeout', DEFAULT_LIMITS.seconds);
  const limits: Limits = {
    seconds,
    cpuSeconds: positive(options.cpu, '--cpu', seconds),
    memoryMb: positive(options.memory, '--memory', DEFAULT_LIMITS.memoryMb),
    processes: Math.floor(positive(options.processes, '--processes', DEFAULT_LIMITS.processes)),
    outputKb: positive(options.output, '--output', DEFAULT_LIMITS.outputKb),
  };
  const submissions = await discoverSubmissions(args);
  const outDir = resolve(options.out ?? '.');
  const python = await resolvePython({ dir: process.cwd(), state: undefined }, options.python);
  const [text, { planFor }] = await Promise.all([readLessonText(lesson), import('../../lessons/index.js')]);
  const lessonChecks = planFor(lesson).checks.map(({ id, title }) => ({ id, title }));
  const checkIds = lessonChecks.map((check) => check.id);
  const title = lessonHeading(lesson, shortTitle(text));

  // The sandbox verify runs apps in (bwrap): probed once; without it, said once for the whole run.
  const { sandboxFor } = await import('../runtime/sandbox.js');
  const probe = sandboxFor({ projectDir: outDir, staging: outDir, python });
  const sandboxed = probe.kind === 'bwrap';
  if (!sandboxed) console.error(kleur.yellow(`! ${gradeText().unsandboxed(UNSANDBOXED)}`));
  else if (probe.note) console.error(kleur.yellow(`! ${probe.note}.`));
  // Whatever would stop every submission from starting is the tool's, not theirs: found once, before anyone is scored 0.
  const trial = holdSubmission(limits, 0);
  const toolFault = await canStartStudentCode(python, trial.confine).finally(() => trial.release());
  if (toolFault) throw new UserError(gradeText().toolFault(toolFault));
  console.error(gradeText().grading(submissions.length, title, Math.min(jobs, submissions.length)));

  const started = performance.now();
  const scratch = await mkdtemp(join(tmpdir(), 'flash-login-grade-'));
  // Ctrl-C or SIGTERM ends the run from inside verify (it stops the apps, then exits): the copies go too.
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  process.once('exit', removeScratch);
  const progress = new Progress(submissions.length);
  const graded: Graded[] = new Array(submissions.length);
  const report = (): GradeReport => ({
    lesson,
    title,
    generatedAt: new Date().toISOString(),
    limits: {
      seconds: limits.seconds,
      cpu_seconds: limits.cpuSeconds,
      memory_mb: limits.memoryMb,
      processes: limits.processes,
      output_kb: limits.outputKb,
      held_by: LIMITS_HELD_BY,
    },
    sandboxed,
    checkIds,
    submissions: graded.filter(Boolean),
    run: {
      jobs: Math.min(jobs, submissions.length),
      seconds: (performance.now() - started) / 1000,
      graderPeakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  });
  // A signal ends the run at once, whatever a submission is doing, with the reports of those that finished.
  const interrupt = (signal: NodeJS.Signals) => {
    progress.done();
    const done = graded.filter(Boolean).length;
    try {
      writeReportsNow(outDir, report());
    } finally {
      console.error(gradeText().interrupted(done, submissions.length));
      removeScratch();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  process.prependOnceListener('SIGTERM', interrupt);
  process.prependOnceListener('SIGINT', interrupt);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.min(jobs, submissions.length) }, async (_, slot) => {
        for (let index = next++; index < submissions.length; index = next++) {
          progress.started();
          const result = await gradeOne(submissions[index]!, join(scratch, String(index)), {
            lesson,
            python,
            limits,
            slot,
            checkIds,
            lessonChecks,
          });
          graded[index] = result;
          progress.ended(result);
        }
      }),
    );
  } finally {
    progress.done();
    process.removeListener('exit', removeScratch);
    process.removeListener('SIGTERM', interrupt);
    process.removeListener('SIGINT', interrupt);
    await rm(scratch, { recursive: true, force: true });
  }
  const written = await writeReports(outDir, report());
  const passed = graded.filter((result) => result.status === 'pass').length;
  console.log(gradeText().summary(passed, graded.length, written));
  return passed === graded.length ? EXIT_OK : EXIT_FAILED;
}

interface GradeSettings {
  lesson: number;
  python: string;
  limits: Limits;
  /** Which worker grades it: each has a user of its own. */
  slot: number;
  checkIds: string[];
  /** Every check of the lesson: an app that does not start is an error in each, with its traceback. */
  lessonChecks: { id: string; title: string }[];
}

/** Grade one submission in its own folder under `scratch`; never throws for the student's faults. */
async function gradeOne(submission: Submission, scratch: string, settings: GradeSettings): Promise<Graded> {
  const started = performance.now();
  const base = { name: submission.name, path: submission.path, maxScore: settings.checkIds.length, checks: [], score: 0 };
  const seconds = () => (performance.now() - started) / 1000;
  let projectDir: string;
  try {
    await fs.mkdir(scratch, { recursive: true });
    if (submission.kind === 'zip') projectDir = await unpackZip(submission.path, join(scratch, 'unpacked'));
    else {
      projectDir = join(scratch, 'copy');
      // Its own copy, without virtualenvs, databases or git: the submission itself is only read.
      await fs.copy(submission.path, projectDir, { filter: (source) => isStaged(submission.path, source) });
    }
  } catch (error) {
    if (error instanceof ZipRefused) return { ...base, status: 'error', reason: `zip refused: ${error.message}`, seconds: seconds() };
    return { ...base, status: 'error', reason: `could not copy it: ${(error as Error).message}`, seconds: seconds() };
  }
  if (!(await fs.pathExists(join(projectDir, 'app.py'))))
    return { ...base, status: 'error', reason: 'it has no app.py', seconds: seconds() };

  const hold = holdSubmission(settings.limits, settings.slot);
  const timer = setTimeout(() => hold.stop(`time limit (${settings.limits.seconds} s)`), settings.limits.seconds * 1000);
  // However its checks are stuck (a read the host cannot finish), the time limit ends it: a little after, it is given up.
  let giveUp: NodeJS.Timeout | undefined;
  const givenUp = new Promise<'given up'>((resolve) => {
    giveUp = setTimeout(() => resolve('given up'), settings.limits.seconds * 1000 + GIVE_UP_AFTER_MS);
  });
  try {
    const verifying = verifyProject({
      projectDir,
      lesson: settings.lesson,
      python: settings.python,
      confine: hold.confine,
      sandboxNote: () => {}, // said once for the run, above
      loadLesson: async () => (await import('../../lessons/index.js')).planFor(settings.lesson),
    });
    const outcome = await Promise.race([verifying, givenUp]);
    if (outcome === 'given up') {
      verifying.catch(() => undefined);
      const reason = `stopped at its time limit (${settings.limits.seconds} s)`;
      return { ...base, status: 'fail', reason, seconds: seconds(), peakMemoryMb: Math.round(hold.peakBytes() / 1048576) };
    }
    const checks = scoreChecks(outcome, { lesson: settings.lesson, projectDir, checks: settings.lessonChecks });
    const everything = [outcome.message, outcome.appOutput, ...checks.map((check) => check.detail)].join('\n');
    const reason = hold.reason() ?? (ranOutOfMemory(everything) ? `memory limit (${settings.limits.memoryMb} MB)` : undefined);
    const score = checks.reduce((sum, check) => sum + check.score, 0);
    // A submission stopped at a limit fails, whatever its checks managed before.
    const status = reason ? 'fail' : outcome.status;
    return {
      ...base,
      status,
      score: reason ? 0 : score,
      checks,
      seconds: seconds(),
      peakMemoryMb: Math.round(hold.peakBytes() / 1048576),
      ...(reason
        ? { reason: `stopped at its ${reason}` }
        : outcome.status === 'error'
          ? { reason: outcome.message ?? 'the app did not start' }
          : {}),
    };
  } finally {
    clearTimeout(timer);
    clearTimeout(giveUp);
    hold.release();
  }
}

/** How long after its time limit a submission whose checks are still stuck is given up. */
const GIVE_UP_AFTER_MS = 10_000;

/** A verdict per student as each ends; on a terminal, a bar under them. */
class Progress {
  private finished = 0;
  private running = 0;
  private readonly bar = Boolean(process.stderr.isTTY);

  constructor(private readonly total: number) {}

  started(): void {
    this.running += 1;
    this.draw();
  }

  ended(result: Graded): void {
    this.running -= 1;
    this.finished += 1;
    const width = String(this.total).length;
    const count = `[${String(this.finished).padStart(width)}/${this.total}]`;
    const mark = result.status === 'pass' ? kleur.green('✓') : kleur.red('✗');
    const failed = result.checks.filter((check) => check.status === 'fail' || check.status === 'error').map((check) => check.id);
    const skipped = result.checks.filter((check) => check.status === 'skip').length;
    const why = result.reason ?? gradeText().outcome(failed, skipped);
    this.clear();
    console.log(
      `${count} ${mark} ${escapeUntrusted(result.name)}  ${result.score}/${result.maxScore}${why ? `  ${kleur.dim(escapeUntrusted(why))}` : ''}  ${kleur.dim(`${result.seconds.toFixed(1)} s`)}`,
    );
    this.draw();
  }

  done(): void {
    this.clear();
  }

  private clear(): void {
    if (this.bar) process.stderr.write('\r\x1b[2K');
  }

  private draw(): void {
    if (!this.bar) return;
    const width = 30;
    const filled = Math.round((this.finished / this.total) * width);
    process.stderr.write(
      `\r\x1b[2Kgrading ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${this.finished}/${this.total}, ${this.running} running`,
    );
  }
}
