import kleur from 'kleur';
import type { CheckResult } from './checks.js';
import type { Exchange } from './http.js';
import type { VerifyOutcome } from './verify-run.js';

const MAX_BODY_PREVIEW = 160;
const MAX_OUTPUT_LINES = 30;

/** One line for what was sent, hiding nothing but long hidden tokens. */
export function describeRequest(exchange: Exchange): string {
  const fields = exchange.sent
    ? [...exchange.sent.entries()].map(([name, value]) => `${name}=${value.length > 24 ? value.slice(0, 12) + '…' : value}`).join(' ')
    : '';
  const cookies = exchange.cookiesSent ? ` (cookies: ${exchange.cookiesSent.split('; ').map((pair) => pair.split('=')[0]).join(', ')})` : '';
  return `${exchange.method} ${exchange.path}${fields ? '  ' + fields : ''}${cookies}`;
}

export function describeResponse(exchange: Exchange): string {
  const parts = [String(exchange.status)];
  if (exchange.location) parts.push(`→ ${exchange.headers.get('location')}`);
  const cookies = exchange.setCookies.map((cookie) => cookie.key);
  if (cookies.length) parts.push(`sets cookie ${cookies.join(', ')}`);
  const text = exchange.body ? exchange.page().structuredText.replace(/\s+/g, ' ').trim() : '';
  if (text && !exchange.location) parts.push(`"${text.length > MAX_BODY_PREVIEW ? text.slice(0, MAX_BODY_PREVIEW) + '…' : text}"`);
  return parts.join('  ');
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function lastLines(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines.length > MAX_OUTPUT_LINES ? ['…', ...lines.slice(-MAX_OUTPUT_LINES)].join('\n') : lines.join('\n');
}

export function formatResult(result: CheckResult, hint: string | undefined): string {
  if (result.status === 'pass') return `  ${kleur.green('✓')} ${kleur.dim(result.id)} ${result.title}`;
  const lines = [`  ${kleur.red('✗')} ${kleur.bold(result.id)} ${result.title}`];
  lines.push(`      ${kleur.red('wrong')}  ${result.message ?? ''}`);
  if (result.exchange) {
    lines.push(`      ${kleur.dim('sent ')}  ${describeRequest(result.exchange)}`);
    lines.push(`      ${kleur.dim('got  ')}  ${describeResponse(result.exchange)}`);
  }
  if (hint) lines.push(`      ${kleur.cyan('hint ')}  ${hint.split('\n')[0]}`);
  if (result.appOutput) lines.push(`      ${kleur.dim('your app printed:')}`, kleur.dim(indent(lastLines(result.appOutput), '        ')));
  return lines.join('\n');
}

export function formatOutcome(outcome: VerifyOutcome, title: string, hints: Map<string, string[]>): string {
  const lines = [kleur.bold(title)];
  if (outcome.status === 'error') {
    lines.push(`  ${kleur.red('✗')} ${outcome.message}`);
    if (outcome.appOutput) lines.push(kleur.dim(indent(lastLines(outcome.appOutput), '    ')));
    return lines.join('\n');
  }
  for (const result of outcome.results) lines.push(formatResult(result, hints.get(result.id)?.[0]));
  const failed = outcome.results.filter((result) => result.status !== 'pass');
  const passed = outcome.results.length - failed.length;
  lines.push('');
  if (failed.length === 0) lines.push(kleur.green(`All ${passed} checks passed.`));
  else {
    lines.push(`${kleur.green(`${passed} passed`)}, ${kleur.red(`${failed.length} failed`)}.`);
    lines.push(`Fix ${failed[0]!.id} first; \`flash-login hint ${failed[0]!.id}\` gives more help.`);
  }
  return lines.join('\n');
}

/** A failed check in full, for a grader: what was wrong, what was sent and came back, what the app printed. */
export function resultDetail(result: CheckResult): string {
  return [result.message, result.exchange && `sent: ${describeRequest(result.exchange)}\ngot: ${describeResponse(result.exchange)}`, result.appOutput].filter(Boolean).join('\n');
}

/** Exercism's test-runner results.json shape, plus the lesson and each check's contract id. */
export function toResultsJson(outcome: VerifyOutcome, lesson: number): object {
  return {
    version: 2,
    status: outcome.status,
    message: outcome.status === 'error' ? [outcome.message, outcome.appOutput].filter(Boolean).join('\n') : null,
    lesson,
    tests: outcome.results.map((result) => ({
      id: result.id,
      name: `${result.id} ${result.title}`,
      status: result.status,
      message: result.status === 'pass' ? null : resultDetail(result),
      task_id: Number(result.id.split('.')[0]),
    })),
  };
}
