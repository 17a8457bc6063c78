// What every classroom format needs from a verify outcome: one entry per check, its points, its detail, where to look.
import { isAbsolute, relative, sep } from 'node:path';
import type { CheckResult } from '../../checks/checks.js';
import { describeRequest, describeResponse, outputsToShow } from '../report.js';
import type { VerifyOutcome } from '../verify-run.js';

export interface FormatContext {
  lesson: number;
  /** The learner's folder, for trimming tracebacks to their own frames. */
  projectDir: string;
  /** How long the verify took, for formats with a time per test. */
  seconds?: number;
}

/** What was wrong, and the exchange that showed it. */
export function failureText(result: CheckResult): string {
  return [result.message, result.exchange && `sent: ${describeRequest(result.exchange)}\ngot: ${describeResponse(result.exchange)}`]
    .filter(Boolean)
    .join('\n');
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
  let deepest: { file: string; line: number } | undefined;
  for (const [, path, line] of (result.appOutput ?? '').matchAll(FRAME)) {
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
  const outputs = outputsToShow(outcome.results, { projectDir: context.projectDir });
  return outcome.results.map((result) => {
    const passed = result.status === 'pass';
    const shown = outputs.get(result.id);
    const output = shown?.text ?? (shown?.sameAs ? `(the same error as ${shown.sameAs})` : undefined);
    const message = passed ? null : result.status === 'skip' ? `needs ${result.needs}` : (result.message ?? result.status);
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

/** Why the app could not be checked at all (status "error"), with its output. */
export function errorDetail(outcome: VerifyOutcome): string {
  return [outcome.message, outcome.appOutput].filter(Boolean).join('\n');
}
