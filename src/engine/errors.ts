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

/** The file-system failures a learner can act on, as one line that says what to do; undefined for others. */
export function describeFileError(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const where = path ? ` (${path})` : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied${where}: this project is read-only for you; run flash-login as the user who owns it, or copy the project somewhere you can write and work there.`;
    case 'EROFS':
      return `the file system is read-only${where}: copy the project somewhere writable and work there.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full${where}: free some space, then run the command again (it first puts right whatever this one left half done).`;
    default:
      return undefined;
  }
}

/** The project cannot be written at all (a read-only folder or file system): commands that only record something skip it. */
export class ReadOnlyProjectError extends UserError {}
