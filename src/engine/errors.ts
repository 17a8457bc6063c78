/** Exit codes every command shares: 0 ok, 1 checks failed, 2 could not run. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_CANNOT_RUN = 2;

/** A problem the user can fix: printed as one line (plus optional detail), never as a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_CANNOT_RUN,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
