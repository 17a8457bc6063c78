import kleur from 'kleur';
import { errorHint, hintForError } from '../../lessons/error-hints.js';
import { hintFor as hintForReason } from '../../lessons/index.js';
import { type CheckResult, describeStatus, rootOf } from '../checks/checks.js';
import { visibleText } from '../checks/html.js';
import type { Exchange } from '../checks/http.js';
import { catalog } from '../i18n/i18n.js';
import { escapeUntrusted } from '../shared/untrusted.js';
import { trimTracebacks } from './tracebacks.js';
import type { VerifyOutcome } from './verify-run.js';

// The labels under a failure keep one width (5 columns) so the texts after them line up.
const reportText = catalog({
  en: {
    cookiesSent: (names: string[]) => ` (cookies: ${names.join(', ')})`,
    offSite: ' (off-site: not followed)',
    setsCookie: (names: string[]) => `sets cookie ${names.join(', ')}`,
    /** The page's text under a failure, quoted. */
    pageText: (text: string) => `"${text}"`,
    crashHint: 'the traceback below ends at the line that raised: start there',
    skippedNeeds: (need: string) => `(skipped: needs ${need})`,
    wrong: 'wrong',
    sent: 'sent ',
    got: 'got  ',
    followed: (request: string, status: string) => `then ${request} ${status}`,
    exchange: (sent: string, got: string) => `sent: ${sent}\ngot: ${got}`,
    where: 'where',
    hint: 'hint ',
    hintShort: 'hint',
    sameOutput: (id: string) => `your app printed the same error as ${id} (above)`,
    sameError: (id: string) => `the same error as ${id}`,
    notRun: (id: string, why: string) => `check ${id} (not run: ${why})`,
    appPrinted: 'your app printed:',
    skippedGroup: (need: string) => `skipped, they need ${need}:`,
    /** A line of skipped checks: what they wait for (with its colon), and their ids. */
    skippedLabel: (label: string) => (label.endsWith(':') ? label : `${label}:`),
    skippedIds: (ids: string[]) => ` ${ids.join(', ')}`,
    allPassed: (count: number) => `All ${count} checks passed.`,
    passedList: (ids: string[]) => `passed: ${ids.join(', ')}`,
    passed: (count: number) => `${count} passed`,
    failed: (count: number) => `${count} failed`,
    skipped: (count: number) => `${count} skipped`,
    tally: (parts: string[]) => `${parts.join(', ')}.`,
    fixFirst: (id: string) => `Fix ${id} first; \`flash-login hint ${id}\` gives more help.`,
    lessonHeading: (lesson: number, title: string) => `Lesson ${lesson} · ${title}`,
  },
  'zh-CN': {
    cookiesSent: (names) => `（cookie：${names.join('、')}）`,
    offSite: '（指向站外：未跟随）',
    setsCookie: (names) => `设置了 cookie ${names.join('、')}`,
    pageText: (text) => `“${text}”`,
    crashHint: '下面的回溯（traceback）结束在抛出异常的那一行：从那里看起',
    skippedNeeds: (need) => `（已跳过：依赖 ${need}）`,
    wrong: '不对 ',
    sent: '发送 ',
    got: '收到 ',
    followed: (request, status) => `然后 ${request} ${status}`,
    exchange: (sent, got) => `发送：${sent}\n收到：${got}`,
    where: '位置 ',
    hint: '提示 ',
    hintShort: '提示',
    sameOutput: (id) => `你的应用输出了和 ${id}（见上方）相同的错误`,
    sameError: (id) => `与 ${id} 相同的错误`,
    notRun: (id, why) => `检查 ${id}（未运行：${why}）`,
    appPrinted: '你的应用输出了：',
    skippedGroup: (need) => `已跳过，它们依赖 ${need}：`,
    skippedLabel: (label) => label.replace(/[:：]?$/, '：'),
    skippedIds: (ids) => ids.join('、'),
    allPassed: (count) => `全部 ${count} 项检查都通过了。`,
    passedList: (ids) => `通过：${ids.join('、')}`,
    passed: (count) => `${count} 项通过`,
    failed: (count) => `${count} 项失败`,
    skipped: (count) => `${count} 项跳过`,
    tally: (parts) => `${parts.join('，')}。`,
    fixFirst: (id) => `先修好 ${id}；\`flash-login hint ${id}\` 会给出更多帮助。`,
    lessonHeading: (lesson, title) => `第 ${lesson} 课 · ${title}`,
  },
});

/** The heading over a lesson's results, and over `run`: "Lesson 2 · Sessions". */
export const lessonHeading = (lesson: number, title: string): string => reportText().lessonHeading(lesson, title);
/** For the machine-readable formats: an output that is the same error another check showed. */
export const sameErrorAs = (id: string): string => reportText().sameError(id);
/** For the machine-readable formats: a check that did not run, and why. */
export const notRun = (id: string, why: string): string => reportText().notRun(id, why);

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
function describeRequest(exchange: Exchange): string {
  const fields = exchange.sent
    ? [...exchange.sent.entries()].map(([name, value]) => `${name}=${value.length > 24 ? `${value.slice(0, 12)}…` : value}`).join(' ')
    : '';
  const cookies = exchange.cookiesSent ? reportText().cookiesSent(exchange.cookiesSent.split('; ').map((pair) => pair.split('=')[0]!)) : '';
  return `${exchange.method} ${exchange.path}${fields ? `  ${fields}` : ''}${cookies}`;
}

/** The answer in a line: status, where it redirected (and the hops followed from there), cookies, the page's text. */
function describeResponse(exchange: Exchange): string {
  if (exchange.status >= 500) return describeStatus(exchange.status);
  const parts = [String(exchange.status)];
  if (exchange.location) parts.push(`→ ${exchange.headers.get('location')}${exchange.offSite ? reportText().offSite : ''}`);
  const cookies = exchange.setCookies.map((cookie) => cookie.key);
  if (cookies.length) parts.push(reportText().setsCookie(cookies));
  const text = exchange.body ? visibleText(exchange.page()) : '';
  if (text && !exchange.location)
    parts.push(reportText().pageText(text.length > MAX_BODY_PREVIEW ? `${text.slice(0, MAX_BODY_PREVIEW)}…` : text));
  for (let hop = exchange.next; hop; hop = hop.next)
    parts.push(reportText().followed(`GET ${hop.path}`, hop.status >= 500 ? describeStatus(hop.status) : String(hop.status)));
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

/** The exchange that showed a failure, on two lines (sent, then got), for the machine-readable formats. */
export function describeExchange(exchange: Exchange): string {
  return reportText().exchange(describeRequest(exchange), describeResponse(exchange));
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

/**
 * The hint under a failure: the hint for its reason, in the terms of the lesson verified; for a
 * 500, what the app's error means; otherwise the check's first hint from the lesson text.
 */
export function hintFor(result: CheckResult, hints: Map<string, string[]>, lesson = Number(result.id.split('.')[0])): string | undefined {
  const byReason = hintForReason({
    id: result.id,
    reason: result.reason,
    status: result.exchange?.status,
    facts: result.facts ?? {},
    output: result.appOutput ?? '',
    lesson,
  });
  if (byReason) return byReason;
  if (result.crashed) return hintForError(result.appOutput) ?? reportText().crashHint;
  return hints.get(result.id)?.[0]?.split('\n')[0];
}

export function formatResult(result: CheckResult, hint: string | undefined, output: ShownOutput | undefined): string {
  if (result.status === 'pass') return `  ${kleur.green('✓')} ${kleur.dim(result.id)} ${result.title}`;
  if (result.status === 'skip')
    return `  ${kleur.yellow('-')} ${kleur.dim(result.id)} ${result.title} ${kleur.yellow(reportText().skippedNeeds(result.needs!))}`;
  const lines = [`  ${kleur.red('✗')} ${kleur.bold(result.id)} ${result.title}`];
  // What a check says can quote the app (a flash, a page, a Location, a name from its traceback): escaped, never raw.
  lines.push(`      ${kleur.red(reportText().wrong)}  ${escapeUntrusted(result.message ?? '')}`);
  if (result.exchange) {
    lines.push(`      ${kleur.dim(reportText().sent)}  ${escapeUntrusted(describeRequest(result.exchange))}`);
    lines.push(`      ${kleur.dim(reportText().got)}  ${escapeUntrusted(describeResponse(result.exchange))}`);
  }
  if (result.location) lines.push(`      ${kleur.dim(reportText().where)}  ${escapeUntrusted(result.location)}`);
  if (hint) lines.push(`      ${kleur.cyan(reportText().hint)}  ${escapeUntrusted(hint)}`);
  if (output?.sameAs) lines.push(`      ${kleur.dim(reportText().sameOutput(output.sameAs))}`);
  else if (output?.text) lines.push(`      ${kleur.dim(reportText().appPrinted)}`, kleur.dim(indent(output.text, '        ')));
  return lines.join('\n');
}

/** Skipped checks, by default one line per check they need: a failure that many checks rely on stays one failure. */
function skippedLines(results: CheckResult[]): string[] {
  const byNeed = new Map<string, { label: string; ids: string[] }>();
  for (const result of results.filter((result) => result.status === 'skip')) {
    const label = result.needsStep || result.sameAs ? result.message! : reportText().skippedGroup(result.needs!);
    const key = `${label}`;
    byNeed.set(key, { label, ids: [...(byNeed.get(key)?.ids ?? []), result.id] });
  }
  return [...byNeed.values()].map(
    ({ label, ids }) => `  ${kleur.yellow('-')} ${kleur.yellow(reportText().skippedLabel(label))}${reportText().skippedIds(ids)}`,
  );
}

export function formatOutcome(outcome: VerifyOutcome, title: string, hints: Map<string, string[]>, options: ReportOptions): string {
  const lines = [kleur.bold(title)];
  if (outcome.status === 'error') {
    lines.push(`  ${kleur.red('✗')} ${escapeUntrusted(outcome.message ?? '')}`);
    if (outcome.appOutput) {
      // The diagnosis first, in one line, then the traceback it comes from.
      const known = errorHint(outcome.appOutput);
      if (known) lines.push(`  ${kleur.cyan(reportText().hintShort)}  ${known.hint}`);
      const { text } = trimTracebacks(outcome.appOutput, options.projectDir, options.verbose);
      lines.push(kleur.dim(indent(options.verbose ? text : lastLines(text, MAX_OUTPUT_LINES), '    ')));
      if (known?.item) lines.push('', reportText().fixFirst(known.item));
    }
    return lines.join('\n');
  }
  const lesson = outcome.lesson ?? Math.max(1, ...outcome.results.map((result) => Number(result.id.split('.')[0])));
  const root = rootOf(outcome.results, lesson);
  const anyFailed = outcome.results.some((result) => result.status !== 'pass');
  // The root first, the other failures after it; what passed in one line below them (all of it when nothing failed).
  const shownFirst = options.verbose || !root ? outcome.results : [root, ...outcome.results.filter((result) => result !== root)];
  const outputs = outputsToShow(shownFirst, options);
  for (const result of shownFirst) {
    if (result.status === 'skip' && !options.verbose) continue;
    if (result.status === 'pass' && anyFailed && !options.verbose) continue;
    lines.push(formatResult(result, hintFor(result, hints, lesson), outputs.get(result.id)));
  }
  if (!options.verbose) lines.push(...skippedLines(outcome.results));
  const passedIds = outcome.results.filter((result) => result.status === 'pass').map((result) => result.id);
  if (anyFailed && !options.verbose && passedIds.length) lines.push(`  ${kleur.green('✓')} ${reportText().passedList(passedIds)}`);
  const failed = outcome.results.filter((result) => result.status === 'fail' || result.status === 'error');
  const skipped = outcome.results.filter((result) => result.status === 'skip').length;
  const passed = outcome.results.filter((result) => result.status === 'pass').length;
  lines.push('');
  if (failed.length === 0 && skipped === 0) lines.push(kleur.green(reportText().allPassed(passed)));
  else {
    lines.push(
      reportText().tally([
        kleur.green(reportText().passed(passed)),
        kleur.red(reportText().failed(failed.length)),
        ...(skipped ? [kleur.yellow(reportText().skipped(skipped))] : []),
      ]),
    );
    if (root) lines.push(reportText().fixFirst(root.id));
  }
  return lines.join('\n');
}
