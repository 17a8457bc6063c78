import kleur from 'kleur';
import { hintForError } from '../../lessons/error-hints.js';
import { describeStatus, type CheckResult } from './checks.js';
import type { Exchange } from './http.js';
import { trimTracebacks } from './tracebacks.js';
import type { VerifyOutcome } from './verify-run.js';

const MAX_BODY_PREVIEW = 160;
/** The app's output under one failure, by default: with the lines around it, a defect stays under 40 lines. */
const MAX_OUTPUT_LINES = 24;

export interface ReportOptions {
  /** The learner's folder: frames of files under it are theirs, the rest are trimmed. */
  projectDir: string;
  /** Everything: whole tracebacks, every skipped check on a line of its own. */
  verbose?: boolean;
}

/** One line for what was sent, hiding nothing but long hidden tokens. */
export function describeRequest(exchange: Exchange): string {
  const fields = exchange.sent
    ? [...exchange.sent.entries()].map(([name, value]) => `${name}=${value.length > 24 ? value.slice(0, 12) + '…' : value}`).join(' ')
    : '';
  const cookies = exchange.cookiesSent ? ` (cookies: ${exchange.cookiesSent.split('; ').map((pair) => pair.split('=')[0]).join(', ')})` : '';
  return `${exchange.method} ${exchange.path}${fields ? '  ' + fields : ''}${cookies}`;
}

/** The answer in a line: status, where it redirected (and the hops followed from there), cookies, the page's text. */
export function describeResponse(exchange: Exchange): string {
  if (exchange.status >= 500) return describeStatus(exchange.status);
  const parts = [String(exchange.status)];
  if (exchange.location) parts.push(`→ ${exchange.headers.get('location')}${exchange.offSite ? ' (off-site: not followed)' : ''}`);
  const cookies = exchange.setCookies.map((cookie) => cookie.key);
  if (cookies.length) parts.push(`sets cookie ${cookies.join(', ')}`);
  const text = exchange.body ? exchange.page().structuredText.replace(/\s+/g, ' ').trim() : '';
  if (text && !exchange.location) parts.push(`"${text.length > MAX_BODY_PREVIEW ? text.slice(0, MAX_BODY_PREVIEW) + '…' : text}"`);
  for (let hop = exchange.next; hop; hop = hop.next) parts.push(`then GET ${hop.path} ${hop.status >= 500 ? describeStatus(hop.status) : hop.status}`);
  return parts.join('  ');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function lastLines(text: string, max: number): string {
  const lines = text.trimEnd().split('\n');
  return lines.length > max ? ['…', ...lines.slice(-max)].join('\n') : lines.join('\n');
}

/** What each failed check shows of the app's output: a traceback once, under the lowest check that got it; the others point there. */
export interface ShownOutput {
  text?: string;
  sameAs?: string;
}

export function outputsToShow(results: CheckResult[], options: ReportOptions): Map<string, ShownOutput> {
  const shown = new Map<string, ShownOutput>();
  const firstWith = new Map<string, string>();
  for (const result of results) {
    if (result.status === 'pass' || result.status === 'skip' || !result.appOutput) continue;
    const trimmed = trimTracebacks(result.appOutput, options.projectDir, options.verbose);
    const seen = trimmed.keys.length > 0 ? trimmed.keys.map((key) => firstWith.get(key)).find(Boolean) : undefined;
    if (seen && !options.verbose && trimmed.keys.every((key) => firstWith.has(key))) {
      shown.set(result.id, { sameAs: seen });
      continue;
    }
    for (const key of trimmed.keys) if (!firstWith.has(key)) firstWith.set(key, result.id);
    shown.set(result.id, { text: options.verbose ? trimmed.text : lastLines(trimmed.text, MAX_OUTPUT_LINES) });
  }
  return shown;
}

/** The hint under a failure: for a 500, what the app's error means; otherwise the check's first hint. */
export function hintFor(result: CheckResult, hints: Map<string, string[]>): string | undefined {
  if (result.crashed) return hintForError(result.appOutput) ?? 'the traceback below ends at the line that raised: start there';
  return hints.get(result.id)?.[0]?.split('\n')[0];
}

export function formatResult(result: CheckResult, hint: string | undefined, output: ShownOutput | undefined): string {
  if (result.status === 'pass') return `  ${kleur.green('✓')} ${kleur.dim(result.id)} ${result.title}`;
  if (result.status === 'skip') return `  ${kleur.yellow('-')} ${kleur.dim(result.id)} ${result.title} ${kleur.yellow(`(skipped: needs ${result.needs})`)}`;
  const lines = [`  ${kleur.red('✗')} ${kleur.bold(result.id)} ${result.title}`];
  lines.push(`      ${kleur.red('wrong')}  ${result.message ?? ''}`);
  if (result.exchange) {
    lines.push(`      ${kleur.dim('sent ')}  ${describeRequest(result.exchange)}`);
    lines.push(`      ${kleur.dim('got  ')}  ${describeResponse(result.exchange)}`);
  }
  if (result.location) lines.push(`      ${kleur.dim('where')}  ${result.location}`);
  if (hint) lines.push(`      ${kleur.cyan('hint ')}  ${hint}`);
  if (output?.sameAs) lines.push(`      ${kleur.dim(`your app printed the same error as ${output.sameAs} (above)`)}`);
  else if (output?.text) lines.push(`      ${kleur.dim('your app printed:')}`, kleur.dim(indent(output.text, '        ')));
  return lines.join('\n');
}

/** Skipped checks, by default one line per check they need: a failure that many checks rely on stays one failure. */
function skippedLines(results: CheckResult[]): string[] {
  const byNeed = new Map<string, string[]>();
  for (const result of results.filter((result) => result.status === 'skip')) byNeed.set(result.needs!, [...(byNeed.get(result.needs!) ?? []), result.id]);
  return [...byNeed].map(([need, ids]) => `  ${kleur.yellow('-')} ${kleur.yellow(`skipped, they need ${need}:`)} ${ids.join(', ')}`);
}

export function formatOutcome(outcome: VerifyOutcome, title: string, hints: Map<string, string[]>, options: ReportOptions): string {
  const lines = [kleur.bold(title)];
  if (outcome.status === 'error') {
    lines.push(`  ${kleur.red('✗')} ${outcome.message}`);
    if (outcome.appOutput) {
      const { text } = trimTracebacks(outcome.appOutput, options.projectDir, options.verbose);
      lines.push(kleur.dim(indent(options.verbose ? text : lastLines(text, MAX_OUTPUT_LINES), '    ')));
      const hint = hintForError(outcome.appOutput);
      if (hint) lines.push(`  ${kleur.cyan('hint')}  ${hint}`);
    }
    return lines.join('\n');
  }
  const outputs = outputsToShow(outcome.results, options);
  for (const result of outcome.results) {
    if (result.status === 'skip' && !options.verbose) continue;
    lines.push(formatResult(result, hintFor(result, hints), outputs.get(result.id)));
  }
  if (!options.verbose) lines.push(...skippedLines(outcome.results));
  const failed = outcome.results.filter((result) => result.status === 'fail' || result.status === 'error');
  const skipped = outcome.results.filter((result) => result.status === 'skip').length;
  const passed = outcome.results.filter((result) => result.status === 'pass').length;
  lines.push('');
  if (failed.length === 0 && skipped === 0) lines.push(kleur.green(`All ${passed} checks passed.`));
  else {
    lines.push([kleur.green(`${passed} passed`), kleur.red(`${failed.length} failed`), ...(skipped ? [kleur.yellow(`${skipped} skipped`)] : [])].join(', ') + '.');
    if (failed[0]) lines.push(`Fix ${failed[0].id} first; \`flash-login hint ${failed[0].id}\` gives more help.`);
  }
  return lines.join('\n');
}
