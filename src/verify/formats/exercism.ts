// Exercism's test runner interface, version 3 (exercism/docs: building/tooling/test-runners/interface.md):
// `message` at most 65,535 characters, paths relative to the solution, no runner frames; a test's
// `output` is what the student printed while it ran, at most 500 characters with the notice the
// interface prescribes, on passing tests too.
import type { CheckResult } from '../../checks/checks.js';
import { notRun, outputsToShow, sameErrorAs } from '../report.js';
import type { VerifyOutcome } from '../verify-run.js';
import { capText, errorDetail, type FormatContext, failureText, relativePaths, skipMessage } from './scores.js';

const VERSION = 3;
/** The top-level message's limit, in characters; multibyte characters make it smaller, so bytes are counted. */
const MESSAGE_LIMIT = 65_535;
const OUTPUT_LIMIT = 500;
const OUTPUT_NOTICE = 'Output was truncated. Please limit to 500 chars';
const MESSAGE_NOTICE = '… (cut short: run `flash-login verify` to see all of it)';

/** At most `limit` UTF-8 bytes (a multibyte character counts as more than one), cut as capText cuts. */
function capBytes(text: string, limit: number): string {
  let chars = limit;
  let capped = capText(text, chars, MESSAGE_NOTICE);
  while (Buffer.byteLength(capped) > limit) {
    chars = Math.floor(chars * 0.9);
    capped = capText(text, chars, MESSAGE_NOTICE);
  }
  return capped;
}

/**
 * What the student printed: the app's output without the tracebacks Flask logs for a 500 (those
 * are the test's message, not the student's output).
 */
function printedOutput(appOutput: string): string {
  const out: string[] = [];
  let inTraceback = false;
  for (const line of appOutput.split('\n')) {
    if (/^(\[[^\]]*\] )?ERROR in \S+: Exception on /.test(line)) continue;
    if (line.startsWith('Traceback (most recent call last):')) inTraceback = true;
    else if (inTraceback && !/^\s/.test(line) && line.trim() !== '') {
      inTraceback = false; // the exception's own line ends the traceback
      continue;
    }
    if (!inTraceback) out.push(line);
  }
  return out.join('\n').trim();
}

export function exercism(outcome: VerifyOutcome, context: FormatContext): string {
  const shownErrors = outputsToShow(outcome.results, { projectDir: context.projectDir });
  const status = (result: CheckResult): 'pass' | 'fail' | 'error' => (result.status === 'skip' ? 'fail' : result.status);
  const message = (result: CheckResult): string | null => {
    if (result.status === 'pass') return null;
    if (result.status === 'skip') return skipMessage(result);
    const traceback = shownErrors.get(result.id);
    const shown = traceback?.text ?? (traceback?.sameAs ? sameErrorAs(traceback.sameAs) : undefined);
    return relativePaths([failureText(result), shown].filter(Boolean).join('\n'), context.projectDir);
  };
  return JSON.stringify(
    {
      version: VERSION,
      status: outcome.status,
      message: outcome.status === 'error' ? capBytes(errorDetail(outcome, context), MESSAGE_LIMIT) : null,
      tests: outcome.results.map((result) => {
        const printed = result.appOutput ? printedOutput(result.appOutput) : '';
        return {
          name: `${result.id} ${result.title}`,
          status: status(result),
          message: message(result),
          output: printed ? capText(printed, OUTPUT_LIMIT, OUTPUT_NOTICE, 'start') : null,
          test_code: (result.requests ?? []).join('\n') || notRun(result.id, skipMessage(result)),
          task_id: Number(result.id.split('.')[0]),
        };
      }),
    },
    null,
    2,
  );
}
