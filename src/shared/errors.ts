import { catalog } from '../i18n/i18n.js';

/** Messages more than one module prints. */
export const errorText = catalog({
  en: {
    permissionDenied: (where: string) =>
      `permission denied${where}: this project is read-only for you; run flash-login as the user who owns it, or copy the project somewhere you can write and work there.`,
    readOnlyFs: (where: string) => `the file system is read-only${where}: copy the project somewhere writable and work there.`,
    diskFull: (where: string) =>
      `the disk is full${where}: free some space, then run the command again (it first puts right whatever this one left half done).`,
    /** A flag given a value it does not take: `--lesson takes a lesson number from 1 to 5, not "9".` */
    flagTakes: (flag: string, takes: string, value: string) => `${flag} takes ${takes}, not "${value}".`,
    lessonNumber: (count: number) => `a lesson number from 1 to ${count}`,
    cancelled: 'Cancelled: nothing was written.',
    oneOf: (names: string[]) => `one of ${names.join(', ')}`,
    either: (names: string[]) => names.join(' or '),
  },
  'zh-CN': {
    permissionDenied: (where) =>
      `没有权限${where}：这个项目对你是只读的；请以项目所有者的身份运行 flash-login，或者把项目复制到你能写入的地方再继续。`,
    readOnlyFs: (where) => `文件系统是只读的${where}：请把项目复制到可写的地方再继续。`,
    diskFull: (where) => `磁盘已满${where}：腾出一些空间后再运行一次这个命令（它会先把这次做了一半的事情恢复好）。`,
    flagTakes: (flag, takes, value) => `${flag} 的值应为${takes}，而不是 "${value}"。`,
    lessonNumber: (count) => ` 1 到 ${count} 之间的课号`,
    cancelled: '已取消：没有写入任何文件。',
    oneOf: (names) => ` ${names.join('、')} 之一`,
    either: (names) => ` ${names.join(' 或 ')}`,
  },
});

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
      return errorText().permissionDenied(where);
    case 'EROFS':
      return errorText().readOnlyFs(where);
    case 'ENOSPC':
    case 'EDQUOT':
      return errorText().diskFull(where);
    default:
      return undefined;
  }
}

/** The project cannot be written at all (a read-only folder or file system): commands that only record something skip it. */
export class ReadOnlyProjectError extends UserError {}

/**
 * The learner stopped the scaffold before anything was written: Ctrl-C at a question (130, as a
 * signal ends a program), or "no" to writing into a non-empty folder (1: not an error, but nothing
 * was made, so `create-flash-login x && cd x` stops there).
 */
export class Cancelled extends UserError {
  constructor(exitCode = 130) {
    super(errorText().cancelled, exitCode);
  }
}
