// How an error ends a command: one line saying what happened and what to do, the stack only with --debug.
import { CommanderError } from 'commander';
import kleur from 'kleur';
import { catalog } from '../i18n/i18n.js';
import { describeFileError, EXIT_CANNOT_RUN, UserError } from '../shared/errors.js';

const text = catalog({
  en: {
    currentFolderGone: (name: string) =>
      `the current folder no longer exists: ${name === 'flash-login' ? '`cd` into your project again (or pass --dir PATH)' : '`cd` into a folder that exists and run it again'}.`,
    unexpected: (message: string) => `unexpected error: ${message} (run again with --debug to see where)`,
  },
  'zh-CN': {
    currentFolderGone: (name) =>
      `当前文件夹已不存在：${name === 'flash-login' ? '请重新 `cd` 进入你的项目（或加上 --dir PATH）' : '请 `cd` 进入一个存在的文件夹再运行一次'}。`,
    unexpected: (message) => `意外错误：${message}（加上 --debug 再运行一次，可以看到出错的位置）`,
  },
});

const debugging = () => process.argv.includes('--debug');

/** Print an error as one line (with the stack only under --debug) and return its exit code. */
export function reportError(name: string, error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CANNOT_RUN;
  if (error instanceof UserError) {
    console.error(`${kleur.red(`${name}:`)} ${error.message}`);
    if (error.detail) console.error(error.detail);
    if (debugging() && error.stack) console.error(kleur.dim(error.stack));
    return error.exitCode;
  }
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT' && syscall === 'uv_cwd') {
    // The shell still sits in a folder that was deleted (or moved) under it.
    console.error(`${kleur.red(`${name}:`)} ${text().currentFolderGone(name)}`);
    return EXIT_CANNOT_RUN;
  }
  const fileProblem = describeFileError(error);
  if (fileProblem) {
    console.error(`${kleur.red(`${name}:`)} ${fileProblem}`);
    if (debugging() && error instanceof Error) console.error(error.stack);
    return EXIT_CANNOT_RUN;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${kleur.red(`${name}:`)} ${text().unexpected(message)}`);
  if (debugging() && error instanceof Error) console.error(error.stack);
  return EXIT_CANNOT_RUN;
}
