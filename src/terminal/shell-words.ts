import { isAbsolute, relative } from 'node:path';

/** A word the learner can paste into a POSIX shell as it is. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A path as the learner would type it here: relative below the current folder, absolute elsewhere. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const below = relative(cwd, path);
  const shown = below === '' ? '.' : below.startsWith('..') || isAbsolute(below) ? path : below;
  return shellQuote(shown);
}
