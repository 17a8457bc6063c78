// GitHub Actions: a Markdown table for the job summary, and one `::error` annotation per failure with a location.
import type { VerifyOutcome } from '../verify-run.js';
import { errorDetail, errorLocation, type FormatContext, scoreChecks } from './scores.js';

/** A workflow command's message: GitHub decodes %25, %0D and %0A. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also ':' and ','. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A table cell: one line, no pipe to break the row. */
function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

const MARK = { pass: '✅ pass', fail: '❌ fail', error: '❌ error', skip: '⏭️ skipped' } as const;

export function githubSummary(outcome: VerifyOutcome, context: FormatContext): string {
  const checks = scoreChecks(outcome, context);
  const passed = checks.filter((check) => check.status === 'pass').length;
  const lines = [`### flash-login verify · ${`Lesson ${context.lesson}`}`, ''];
  if (outcome.status === 'error') {
    lines.push(
      `❌ The app could not be checked: ${cell(outcome.message ?? '')}`,
      '',
      '```text',
      errorDetail(outcome, context).replace(/```/g, "'''"),
      '```',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `**${passed} of ${checks.length} checks passed.**`,
    '',
    '| check | result | what was wrong | where |',
    '| --- | --- | --- | --- |',
  );
  for (const check of checks)
    lines.push(
      `| ${cell(check.name)} | ${MARK[check.status]} | ${cell(check.message ?? '')} | ${check.location ? `\`${check.location.file}:${check.location.line}\`` : ''} |`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * The job's log: one line per check, then one `::error file=…,line=…::` annotation per failed
 * check that points at the learner's code (GitHub shows it on that line of the commit).
 */
export function githubAnnotations(outcome: VerifyOutcome, context: FormatContext): string {
  const checks = scoreChecks(outcome, context);
  const lines = checks.map(
    (check) =>
      `${check.status === 'pass' ? '✓' : check.status === 'skip' ? '–' : '✗'} ${check.name}${check.message ? `: ${check.message.split('\n')[0]}` : ''}`,
  );
  if (outcome.status === 'error') {
    // One annotation, on the learner's line that raised when the traceback names one.
    const where = errorLocation(outcome, context.projectDir);
    const at = where ? `file=${escapeProperty(where.file)},line=${where.line},` : '';
    lines.push(`::error ${at}title=flash-login::${escapeData(errorDetail(outcome, context))}`);
    return lines.join('\n');
  }
  for (const check of checks) {
    if ((check.status !== 'fail' && check.status !== 'error') || !check.location) continue;
    const { file, line } = check.location;
    lines.push(
      `::error file=${escapeProperty(file)},line=${line},title=${escapeProperty(`flash-login ${check.id}`)}::${escapeData(check.detail ?? check.message ?? '')}`,
    );
  }
  return lines.join('\n');
}
