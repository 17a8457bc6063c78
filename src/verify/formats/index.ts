// Machine-readable reports of a verify, one formatter per format name: `--format NAME`.
// Each is a function of the outcome alone, so a new format (a grader's, a CI's) is one entry here.
import type { CheckResult } from '../../checks/checks.js';
import { errorText, UserError } from '../../shared/errors.js';
import { outputsToShow } from '../report.js';
import type { VerifyOutcome } from '../verify-run.js';
import { autograding } from './autograding.js';
import { classroom50 } from './classroom50.js';
import { githubAnnotations, githubSummary } from './github.js';
import { junit } from './junit.js';
import { type FormatContext, failureText } from './scores.js';

export interface Formatter {
  /** One line for `--help`. */
  description: string;
  format(outcome: VerifyOutcome, context: FormatContext): string;
  /** Markdown for GitHub's job summary ($GITHUB_STEP_SUMMARY), for the github format. */
  stepSummary?(outcome: VerifyOutcome, context: FormatContext): string;
}

/** Our own JSON: its `schema` number goes up whenever a field changes meaning or goes away (README, "verify --json"). */
export const JSON_SCHEMA = 1;
/** Exercism's test runner interface: https://exercism.org/docs/building/tooling/test-runners/interface */
const EXERCISM_VERSION = 3;
const EXERCISM_OUTPUT_LIMIT = 500;

function errorMessage(outcome: VerifyOutcome): string | null {
  return outcome.status === 'error' ? [outcome.message, outcome.appOutput].filter(Boolean).join('\n') : null;
}

function ownJson(outcome: VerifyOutcome, context: FormatContext): string {
  const outputs = outputsToShow(outcome.results, { projectDir: context.projectDir });
  return JSON.stringify(
    {
      schema: JSON_SCHEMA,
      status: outcome.status,
      message: errorMessage(outcome),
      lesson: context.lesson,
      tests: outcome.results.map((result) => ({
        id: result.id,
        name: `${result.id} ${result.title}`,
        status: result.status,
        message: result.status === 'pass' ? null : result.status === 'skip' ? `needs ${result.needs}` : failureText(result),
        reason: result.status === 'fail' || result.status === 'error' ? (result.reason ?? null) : null,
        needs: result.needs ?? null,
        output: outputs.get(result.id)?.text ?? (outputs.get(result.id)?.sameAs ? `same error as ${outputs.get(result.id)!.sameAs}` : null),
        location: result.location ?? null,
        task_id: Number(result.id.split('.')[0]),
      })),
    },
    null,
    2,
  );
}

function capped(text: string | undefined, limit: number): string | null {
  if (!text) return null;
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Exactly version 3 of Exercism's results.json: a skipped check is a fail whose message says what it needs. */
function exercism(outcome: VerifyOutcome, context: FormatContext): string {
  const outputs = outputsToShow(outcome.results, { projectDir: context.projectDir });
  const status = (result: CheckResult): 'pass' | 'fail' | 'error' => (result.status === 'skip' ? 'fail' : result.status);
  return JSON.stringify(
    {
      version: EXERCISM_VERSION,
      status: outcome.status,
      message: errorMessage(outcome),
      tests: outcome.results.map((result) => {
        const shown = outputs.get(result.id);
        return {
          name: `${result.id} ${result.title}`,
          status: status(result),
          message: result.status === 'pass' ? null : result.status === 'skip' ? `needs ${result.needs}` : failureText(result),
          output: capped(shown?.text ?? (shown?.sameAs ? `same error as ${shown.sameAs}` : undefined), EXERCISM_OUTPUT_LIMIT),
          test_code: (result.requests ?? []).join('\n') || `check ${result.id} (not run: needs ${result.needs ?? 'another check'})`,
          task_id: Number(result.id.split('.')[0]),
        };
      }),
    },
    null,
    2,
  );
}

export const FORMATS: Record<string, Formatter> = {
  json: { description: 'our own JSON (the same as --json; schema in the README)', format: ownJson },
  exercism: { description: "Exercism's test runner results.json, version 3", format: exercism },
  github: {
    description: 'GitHub Actions: ::error annotations, and a table in the job summary',
    format: githubAnnotations,
    stepSummary: githubSummary,
  },
  autograding: { description: "GitHub Classroom's command grader result, base64 (autograding-grading-reporter)", format: autograding },
  classroom50: { description: "Classroom 50's result.json", format: classroom50 },
  junit: { description: 'JUnit XML (GitLab, Jenkins)', format: junit },
};

export function formatterFor(name: string): Formatter {
  const formatter = FORMATS[name];
  if (!formatter) throw new UserError(errorText().flagTakes('--format', errorText().oneOf(Object.keys(FORMATS)), name));
  return formatter;
}
