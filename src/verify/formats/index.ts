import { errorText, UserError } from '../../shared/errors.js';
import { outputsToShow } from '../report.js';
import type { VerifyOutcome } from '../verify-run.js';
import { autograding, autogradingLog } from './autograding.js';
import { classroom50, classroom50Log } from './classroom50.js';
import { exercism } from './exercism.js';
import { githubAnnotations, githubSummary } from './github.js';
import { junit } from './junit.js';
import { errorDetail, type FormatContext, failureText, skipMessage } from './scores.js';

export interface Formatter {
  /** One line for `--help`. */
  description: string;
  format(outcome: VerifyOutcome, context: FormatContext): string;
  /** Markdown for GitHub's job summary ($GITHUB_STEP_SUMMARY), for the github format. */
  stepSummary?(outcome: VerifyOutcome, context: FormatContext): string;
  /** Lines for stderr, where the consumer's log shows them and its document stays clean. */
  log?(outcome: VerifyOutcome, context: FormatContext): string;
  /** Exercism's runner exits 0 whenever it wrote results; the other formats keep verify's exit codes. */
  exitZero?: boolean;
}

/** Our own JSON: its `schema` number goes up whenever a field changes meaning or goes away (README, "verify --json"). */
export const JSON_SCHEMA = 1;

function errorMessage(outcome: VerifyOutcome, context: FormatContext): string | null {
  return outcome.status === 'error' ? errorDetail(outcome, context) : null;
}

function ownJson(outcome: VerifyOutcome, context: FormatContext): string {
  const outputs = outputsToShow(outcome.results, { projectDir: context.projectDir });
  return JSON.stringify(
    {
      schema: JSON_SCHEMA,
      status: outcome.status,
      message: errorMessage(outcome, context),
      lesson: context.lesson,
      tests: outcome.results.map((result) => ({
        id: result.id,
        name: `${result.id} ${result.title}`,
        status: result.status,
        message: result.status === 'pass' ? null : result.status === 'skip' ? skipMessage(result) : failureText(result),
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

export const FORMATS: Record<string, Formatter> = {
  json: { description: 'our own JSON (the same as --json; schema in the README)', format: ownJson },
  exercism: { description: "Exercism's test runner results.json, version 3", format: exercism, exitZero: true },
  github: {
    description: 'GitHub Actions: ::error annotations, and a table in the job summary',
    format: githubAnnotations,
    stepSummary: githubSummary,
  },
  autograding: {
    description: "GitHub Classroom's command grader result, base64 (autograding-grading-reporter)",
    format: autograding,
    log: autogradingLog,
  },
  classroom50: { description: "Classroom 50's result.json", format: classroom50, log: classroom50Log },
  junit: { description: 'JUnit XML (GitLab, Jenkins)', format: junit },
};

export function formatterFor(name: string): Formatter {
  const formatter = FORMATS[name];
  if (!formatter) throw new UserError(errorText().flagTakes('--format', errorText().oneOf(Object.keys(FORMATS)), name));
  return formatter;
}
