// What `verify --watch` prints after a save in practice mode: only what changed. The first check
// that fails, with the TODO it comes from, or one line that the lesson passed; a run that ends
// where the last one did says so in one line.
import kleur from 'kleur';
import { formatResult, hintFor, outputsToShow } from './report.js';
import type { VerifyOutcome } from './verify-run.js';

export interface WatchSummary {
  text: string;
  /** What the run came to, to compare with the next run's. */
  key: string;
}

export function practiceSummary(outcome: VerifyOutcome, lesson: number, hints: Map<string, string[]>, projectDir: string, previousKey?: string): WatchSummary {
  if (outcome.status === 'error') {
    const key = `error:${outcome.message}`;
    return { key, text: key === previousKey ? kleur.dim('No change: your app still does not start.') : `${kleur.red('✗')} ${outcome.message}` };
  }
  const failed = outcome.results.filter((result) => result.status === 'fail' || result.status === 'error');
  if (failed.length === 0) {
    const last = lesson >= 5 ? 'the last one: `flash-login run` and try it' : 'run `flash-login next-lesson`';
    return { key: 'pass', text: kleur.green(`lesson ${lesson} passed — ${last}`) };
  }
  const first = failed[0]!;
  const key = `${first.id}|${first.message}|${first.location ?? ''}|${failed.length}`;
  const passed = outcome.results.filter((result) => result.status === 'pass').length;
  const tally = kleur.dim(`${passed} of ${outcome.results.length} checks pass`);
  if (key === previousKey) return { key, text: kleur.dim(`No change: ${first.id} still fails${first.location ? ` (${first.location})` : ''}; `) + tally };
  const output = outputsToShow([first], { projectDir }).get(first.id);
  return { key, text: `${formatResult(first, hintFor(first, hints), output)}\n${tally}` };
}
