// The scaffold's launcher: a `flash-login` in the project's .venv/bin/, so that `source .venv/bin/activate`
// (which lesson 1 teaches) makes every `flash-login …` the lessons print work. It runs this package's own
// bin with the Node that scaffolded, from where this package lasts: the clone or the install it ran from,
// or `npx -p create-flash-login@<version>` when it ran from npx's cache (which is not kept).
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../../shared/paths.js';
import { VERSION } from '../../shared/version.js';
import { shellQuote } from '../../terminal/shell-words.js';
import type { CreateContext } from '../context.js';

/** The launcher's text. */
function launcherScript(root = packageRoot, node = process.execPath): string {
  const fromNpxCache = root.split(/[\\/]/).includes('_npx');
  const run = fromNpxCache
    ? `exec npx --yes -p create-flash-login@${VERSION} flash-login "$@"`
    : `exec ${shellQuote(node)} ${shellQuote(join(root, 'bin', 'flash-login.js'))} "$@"`;
  return `#!/bin/sh\n# flash-login, put here by create-flash-login: \`source .venv/bin/activate\` puts it on your PATH.\n${run}\n`;
}

/** Write .venv/bin/flash-login (POSIX only: Windows venvs have Scripts/, and no sh). Returns whether it did. */
export async function writeLauncher(ctx: CreateContext): Promise<boolean> {
  if (process.platform === 'win32') return false;
  const path = join(ctx.targetDir, '.venv', 'bin', 'flash-login');
  try {
    await writeFile(path, launcherScript());
    await chmod(path, 0o755);
    return true;
  } catch {
    return false;
  }
}
