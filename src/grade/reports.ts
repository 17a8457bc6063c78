// grade's three reports: grades.csv for a spreadsheet, grades.json for a program, and
// grades.html for a person (one static file: sortable, every failure opens to its detail, no network).

import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../shared/atomic.js';
import { escapeUntrusted } from '../shared/untrusted.js';
import type { ScoredCheck } from '../verify/formats/scores.js';

export interface Graded {
  name: string;
  path: string;
  /** pass: every check passed; fail: some failed, or a limit stopped it; error: it could not be checked. */
  status: 'pass' | 'fail' | 'error';
  score: number;
  maxScore: number;
  /** Why it did not pass as a whole: a limit it hit, a refused zip, an app that did not start. */
  reason?: string;
  seconds: number;
  peakMemoryMb?: number;
  checks: ScoredCheck[];
}

export interface GradeReport {
  lesson: number;
  title: string;
  generatedAt: string;
  limits: object;
  sandboxed: boolean;
  checkIds: string[];
  submissions: Graded[];
  /** The run itself: workers, wall time, and the grading process's own peak memory (Node's, the apps not included). */
  run: { jobs: number; seconds: number; graderPeakMemoryMb: number };
}

function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : escapeUntrusted(value);
  // A leading = + - @ would be a formula to a spreadsheet, and so would one after a separator a
  // spreadsheet may split on (`x;=2+5`): a student's name must never run.
  const safe = typeof value === 'string' && /(^|[,;\t|])\s*[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function gradesCsv(report: GradeReport): string {
  const header = ['student', 'status', 'score', 'max_score', 'reason', 'seconds', ...report.checkIds];
  const rows = report.submissions.map((graded) => {
    const byId = new Map(graded.checks.map((check) => [check.id, check.status]));
    return [
      graded.name,
      graded.status,
      graded.score,
      graded.maxScore,
      graded.reason ?? '',
      graded.seconds.toFixed(1),
      ...report.checkIds.map((id) => byId.get(id) ?? ''),
    ];
  });
  // A byte-order mark: Excel reads a CSV as UTF-8 only with one (else "Zoë" shows as mojibake);
  // LibreOffice, pandas and Python's utf-8-sig read it too.
  return `\ufeff${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function gradesJson(report: GradeReport): string {
  return `${JSON.stringify(
    {
      schema: 'flash-login/grades/v1',
      lesson: report.lesson,
      title: report.title,
      generated_at: report.generatedAt,
      limits: report.limits,
      sandboxed: report.sandboxed,
      checks: report.checkIds,
      run: {
        jobs: report.run.jobs,
        seconds: Math.round(report.run.seconds * 10) / 10,
        grader_peak_memory_mb: report.run.graderPeakMemoryMb,
      },
      submissions: report.submissions.map((graded) => ({
        name: escapeUntrusted(graded.name),
        path: escapeUntrusted(graded.path),
        status: graded.status,
        score: graded.score,
        max_score: graded.maxScore,
        reason: graded.reason === undefined ? null : escapeUntrusted(graded.reason),
        seconds: Math.round(graded.seconds * 10) / 10,
        peak_memory_mb: graded.peakMemoryMb ?? null,
        checks: graded.checks.map((check) => ({
          id: check.id,
          name: check.name,
          status: check.status,
          score: check.score,
          message: typeof check.message === 'string' ? escapeUntrusted(check.message) : check.message,
          detail: typeof check.detail === 'string' ? escapeUntrusted(check.detail) : check.detail,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}

function html(text: string): string {
  return escapeUntrusted(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const MARK = { pass: '✓', fail: '✗', error: '!', skip: '–' } as const;

function gradesHtml(report: GradeReport): string {
  const head = report.checkIds.map((id, index) => `<th data-col="${index + 3}" data-kind="text">${html(id)}</th>`).join('');
  const rows = report.submissions
    .map((graded) => {
      const byId = new Map(graded.checks.map((check) => [check.id, check]));
      const cells = report.checkIds
        .map((id) => {
          const check = byId.get(id);
          if (!check) return '<td class="none" data-sort="">·</td>';
          if (check.status === 'pass') return `<td class="pass" data-sort="pass" title="${html(check.name)}">${MARK.pass}</td>`;
          return `<td class="${check.status}" data-sort="${check.status}"><details><summary title="${html(check.name)}">${MARK[check.status]}</summary><p><b>${html(check.name)}</b></p><pre>${html(check.detail ?? check.message ?? '')}</pre></details></td>`;
        })
        .join('');
      const reason = graded.reason ? `<div class="reason">${html(graded.reason)}</div>` : '';
      return `<tr><td data-sort="${html(graded.name)}">${html(graded.name)}${reason}</td><td class="${graded.status}" data-sort="${graded.status}">${graded.status}</td><td data-sort="${graded.score}">${graded.score}/${graded.maxScore}</td>${cells}</tr>`;
    })
    .join('\n');
  const passed = report.submissions.filter((graded) => graded.status === 'pass').length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grades · ${html(report.title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5rem; color: #1f2328; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; cursor: pointer; user-select: none; position: sticky; top: 0; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.pass { color: #1a7f37; } td.fail, td.error { color: #cf222e; } td.skip { color: #6e7781; }
.reason { color: #cf222e; font-size: 12px; }
details summary { cursor: pointer; }
pre { white-space: pre-wrap; max-width: 60rem; font-size: 12px; background: #f6f8fa; padding: 0.5rem; color: #1f2328; }
</style>
</head>
<body>
<h1>${html(report.title)}</h1>
<p>${report.submissions.length} submissions, ${passed} passed every check. Graded ${html(report.generatedAt)}${report.sandboxed ? '' : ' (student code ran unsandboxed)'}. Click a heading to sort; click ✗ to see what was wrong.</p>
<table id="grades">
<thead><tr><th data-col="0" data-kind="text">student</th><th data-col="1" data-kind="text">status</th><th data-col="2" data-kind="number">score</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<script>
// Sort by a column: click once ascending, again descending.
document.querySelectorAll('#grades th').forEach(function (th) {
  th.addEventListener('click', function () {
    var col = Number(th.dataset.col), number = th.dataset.kind === 'number';
    var up = th.getAttribute('aria-sort') !== 'ascending';
    document.querySelectorAll('#grades th').forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
    var body = document.querySelector('#grades tbody');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].dataset.sort, y = b.cells[col].dataset.sort;
      var order = number ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      return up ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
</script>
</body>
</html>
`;
}

const reportFiles = (report: GradeReport): [string, string][] => [
  ['grades.csv', gradesCsv(report)],
  ['grades.json', gradesJson(report)],
  ['grades.html', gradesHtml(report)],
];

/** Write the three reports into `outDir`, each atomically; returns their paths. */
export async function writeReports(outDir: string, report: GradeReport): Promise<string[]> {
  const files = reportFiles(report);
  await Promise.all(files.map(([name, content]) => writeFileAtomic(join(outDir, name), content)));
  return files.map(([name]) => join(outDir, name));
}

/** The same, synchronously: for a run ended by a signal, which must write what finished before it exits. */
export function writeReportsNow(outDir: string, report: GradeReport): string[] {
  return reportFiles(report).map(([name, content]) => {
    const path = join(outDir, name);
    writeFileSync(`${path}.${process.pid}.tmp`, content);
    renameSync(`${path}.${process.pid}.tmp`, path);
    return path;
  });
}
