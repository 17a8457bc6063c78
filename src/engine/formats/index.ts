// The result formats a teacher's tools read, by name: `verify --format NAME`.
import { formatAutograding } from './autograding.js';
import { formatClassroom50 } from './classroom50.js';
import { githubAnnotations, githubSummary } from './github.js';
import { formatJunit } from './junit.js';
import type { FormatInput } from './scores.js';

export type { FormatInput } from './scores.js';

/** What a format produces: text for stdout, and for GitHub the job summary's Markdown. */
export interface Formatted {
  stdout: string;
  /** Appended to $GITHUB_STEP_SUMMARY when it is set (else printed). */
  stepSummary?: string;
}

export const CLASSROOM_FORMATS: Record<string, (input: FormatInput) => Formatted> = {
  github: (input) => ({ stdout: githubAnnotations(input).join('\n'), stepSummary: githubSummary(input) }),
  autograding: (input) => ({ stdout: formatAutograding(input) }),
  classroom50: (input) => ({ stdout: formatClassroom50(input) }),
  junit: (input) => ({ stdout: formatJunit(input) }),
};
