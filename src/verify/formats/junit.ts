// JUnit XML, as GitLab, Jenkins and most CI read it: one testcase per check.
import type { VerifyOutcome } from '../verify-run.js';
import { errorDetail, type FormatContext, scoreChecks } from './scores.js';

/** Text safe inside XML: the five escapes, and no control characters XML 1.0 forbids. */
function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function junit(outcome: VerifyOutcome, context: FormatContext): string {
  const checks = scoreChecks(outcome, context);
  const suite = `flash-login lesson ${context.lesson}`;
  const time = (context.seconds ?? 0).toFixed(3);
  const cases = checks.map((check) => {
    const open = `    <testcase classname="${xmlEscape(suite)}" name="${xmlEscape(check.name)}"${check.location ? ` file="${xmlEscape(check.location.file)}" line="${check.location.line}"` : ''}>`;
    if (check.status === 'pass') return `${open}</testcase>`;
    if (check.status === 'skip') return `${open}\n      <skipped message="${xmlEscape(check.message ?? '')}"/>\n    </testcase>`;
    const tag = check.status === 'error' ? 'error' : 'failure';
    return `${open}\n      <${tag} message="${xmlEscape(check.message ?? '')}" type="${tag}">${xmlEscape(check.detail ?? '')}</${tag}>\n    </testcase>`;
  });
  // Without the lesson's list of checks an app that did not start has none: one test case says so.
  if (outcome.status === 'error' && checks.length === 0) {
    const detail = errorDetail(outcome, context);
    cases.push(
      `    <testcase classname="${xmlEscape(suite)}" name="the app starts">\n      <error message="${xmlEscape(outcome.message ?? '')}" type="error">${xmlEscape(detail)}</error>\n    </testcase>`,
    );
  }
  const count = (status: string) => checks.filter((check) => check.status === status).length;
  const errors = count('error') + (outcome.status === 'error' && checks.length === 0 ? 1 : 0);
  const totals = `name="${xmlEscape(suite)}" tests="${cases.length}" failures="${count('fail')}" errors="${errors}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // Jenkins' junit-10.xsd allows `skipped` on a testsuite only.
    `<testsuites ${totals} time="${time}">`,
    `  <testsuite ${totals} skipped="${count('skip')}" time="${time}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
  ].join('\n');
}
