// What every classroom format needs from a verify outcome: one entry per check, its points, its detail, where to look.
import { isAbsolute, relative, sep } from 'node:path';
import { type CheckResult, checkResultText } from '../../checks/checks.js';
import { describeExchange, outputsToShow, sameErrorAs } from '../report.js';
import { trimTracebacks } from '../tracebacks.js';
import type { VerifyOutcome } from '../verify-run.js';

export interface FormatContext {
  lesson: number;
  /** The learner's folder, for trimming tracebacks to their own frames. */
  projectDir: string;
  /** How long the verify took, for formats with a time per test. */
  seconds?: number;
  /**
   * Every check of the lesson, in order: an app that could not be checked still scores out of all
   * of them (each check an error worth 0), never out of one.
   */
  checks?: { id: string; title: string }[];
  /** Where a format reads what its runner passes in the environment (Classroom 50's); process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** Why a check was skipped: the shared step it rode on, or the check it needs. */
export function skipMessage(result: CheckResult): string {
  return result.message ?? checkResultText().needs(String(result.needs));
}

/** What was wrong, and the exchange that showed it. */
export function failureText(result: CheckResult): string {
  return [result.message, result.exchange && describeExchange(result.exchange)].filter(Boolean).join('\n');
}

export interface ScoredCheck {
  id: string;
  name: string;
  status: 'pass' | 'fail' | 'error' | 'skip';
  /** One point per passing check; a failed or skipped one scores 0. */
  score: number;
  /** The first line of what was wrong (null for a pass). */
  message: string | null;
  /** Everything a grader can show: what was wrong, the exchange, the app's traceback. */
  detail: string | null;
  /** Where in the learner's files to look, relative to the project, when known. */
  location?: { file: string; line: number };
}

/** `File "/x/app.py", line 23, in login`: a frame of a Python traceback. */
const FRAME = /File "([^"]+)", line (\d+)/g;

/**
 * Where a failure points in the learner's own code: the check's own location when verify gives
 * one ("app.py:23"), else the deepest traceback frame in a file of the project (not its .venv).
 */
function locate(result: CheckResult, projectDir: string): { file: string; line: number } | undefined {
  const given = result.location && /^(.+?):(\d+)/.exec(result.location);
  if (given) return { file: inProject(given[1]!, projectDir) ?? given[1]!, line: Number(given[2]) };
  return deepestOwnFrame(result.appOutput ?? '', projectDir);
}

/** The deepest traceback frame in a file of the project (not its .venv). */
function deepestOwnFrame(output: string, projectDir: string): { file: string; line: number } | undefined {
  let deepest: { file: string; line: number } | undefined;
  for (const [, path, line] of output.matchAll(FRAME)) {
    const file = inProject(path!, projectDir);
    if (file && !file.split('/').some((part) => part === '.venv' || part === 'venv' || part === 'site-packages'))
      deepest = { file, line: Number(line) };
  }
  return deepest;
}

/** A path relative to the project with forward slashes, or undefined when it lies outside. */
function inProject(path: string, projectDir: string): string | undefined {
  const rel = isAbsolute(path) ? relative(projectDir, path) : path;
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** Every check with its points and what a grader shows; tracebacks trimmed to the learner's frames, as verify prints them. */
export function scoreChecks(outcome: VerifyOutcome, context: FormatContext): ScoredCheck[] {
  if (outcome.status === 'error' && outcome.results.length === 0 && context.checks?.length) {
    const detail = errorDetail(outcome, context);
    const location = errorLocation(outcome, context.projectDir);
    return context.checks.map((check) => ({
      id: check.id,
      name: `${check.id} ${check.title}`,
      status: 'error' as const,
      score: 0,
      message: outcome.message ?? 'the app could not be checked',
      detail,
      ...(location ? { location } : {}),
    }));
  }
  const outputs = outputsToShow(outcome.results, { projectDir: context.projectDir });
  return outcome.results.map((result) => {
    const passed = result.status === 'pass';
    const shown = outputs.get(result.id);
    const output = shown?.text ?? (shown?.sameAs ? `(${sameErrorAs(shown.sameAs)})` : undefined);
    const message = passed ? null : result.status === 'skip' ? skipMessage(result) : (result.message ?? result.status);
    const location = passed || result.status === 'skip' ? undefined : locate(result, context.projectDir);
    return {
      id: result.id,
      name: `${result.id} ${result.title}`,
      status: result.status,
      score: passed ? 1 : 0,
      message,
      detail: passed ? null : result.status === 'skip' ? message : [failureText(result), output].filter(Boolean).join('\n'),
      ...(location ? { location } : {}),
    };
  });
}

/**
 * Why the app could not be checked at all (status "error"), with its output: tracebacks trimmed to
 * the learner's frames and the one that raised, paths relative to the project.
 */
export function errorDetail(outcome: VerifyOutcome, context: Pick<FormatContext, 'projectDir'>): string {
  const output = outcome.appOutput && relativePaths(trimTracebacks(outcome.appOutput, context.projectDir).text, context.projectDir);
  return [outcome.message, output].filter(Boolean).join('\n');
}

/** Where an app that could not be checked went wrong: the deepest frame of its traceback in the learner's files. */
export function errorLocation(outcome: VerifyOutcome, projectDir: string): { file: string; line: number } | undefined {
  return deepestOwnFrame(outcome.appOutput ?? '', projectDir);
}

/** Absolute paths under the project written relative to it, as a grader shows the learner's files. */
export function relativePaths(text: string, projectDir: string): string {
  const prefix = projectDir.endsWith(sep) ? projectDir : `${projectDir}${sep}`;
  return text.split(prefix).join('');
}

/**
 * At most `limit` characters, `notice` standing where text was cut (it counts toward the limit).
 * By default a quarter of the room goes to the start and the rest to the end, where a traceback
 * names its error; `keep: 'start'` cuts the end only.
 */
export function capText(text: string, limit: number, notice: string, keep: 'start' | 'both' = 'both'): string {
  if (text.length <= limit) return text;
  const room = Math.max(0, limit - notice.length - 2);
  if (keep === 'start') return `${text.slice(0, room + 1)}\n${notice}`;
  const head = Math.floor(room / 4);
  return `${text.slice(0, head)}\n${notice}\n${text.slice(text.length - (room - head))}`;
}
