// GitHub Actions: a Markdown table for the job summary, and one `::error` annotation per failure with a location.
import { errorDetail, scoreChecks, type FormatInput } from './scores.js';

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
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

const MARK = { pass: '✅ pass', fail: '❌ fail', error: '❌ error', skip: '⏭️ skipped' } as const;

export function githubSummary(input: FormatInput): string {
  const checks = scoreChecks(input);
  const passed = checks.filter((check) => check.status === 'pass').length;
  const lines = [`### flash-login verify · ${input.title}`, ''];
  if (input.outcome.status === 'error') {
    lines.push(`❌ The app could not be checked: ${cell(input.outcome.message ?? '')}`, '', '```text', errorDetail(input.outcome).replace(/```/g, "'''"), '```');
    return lines.join('\n') + '\n';
  }
  lines.push(`**${passed} of ${checks.length} checks passed.**`, '', '| check | result | what was wrong | where |', '| --- | --- | --- | --- |');
  for (const check of checks)
    lines.push(`| ${cell(check.name)} | ${MARK[check.status]} | ${cell(check.message ?? '')} | ${check.location ? `\`${check.location.file}:${check.location.line}\`` : ''} |`);
  return lines.join('\n') + '\n';
}

/** One `::error file=…,line=…::` line per failed check that points at the learner's code. */
export function githubAnnotations(input: FormatInput): string[] {
  return scoreChecks(input)
    .filter((check) => (check.status === 'fail' || check.status === 'error') && check.location)
    .map((check) => {
      const { file, line } = check.location!;
      return `::error file=${escapeProperty(file)},line=${line},title=${escapeProperty(`flash-login ${check.id}`)}::${escapeData(check.detail ?? check.message ?? '')}`;
    });
}
