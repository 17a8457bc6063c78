// How to run `flash-login` again on this machine, for the commands we print (the scaffolder's
// next steps, doctor's fixes). Our own program is never assumed to be on PATH: a clone or a
// tarball installed into a prefix of its own is not, and an older global install may be.
import { constants, realpathSync } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { packageRoot } from '../shared/paths.js';
import { shellQuote } from '../terminal/shell-words.js';

const text = catalog({
  en: { startOne: (command: string) => `start one with \`${command} my-app\`` },
  'zh-CN': { startOne: (command) => `用 \`${command} my-app\` 新建一个` },
});

/** Where `name` is on PATH, as `which` answers it: looked up here rather than by starting `which`. */
async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, name);
    try {
      await access(path, constants.X_OK);
      if ((await stat(path)).isFile()) return path;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

const real = (path: string): string | undefined => {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
};

export interface SelfCommand {
  /** The words to type before `verify`, `next-lesson`…, ready to paste into a POSIX shell. */
  command: string;
  /** Whether that is the bare `flash-login` found on PATH. */
  onPath: boolean;
}

/** Our two commands. */
type OwnBin = 'flash-login' | 'create-flash-login';

/**
 * One of our commands as the learner can type it now, in this order: the bare name when PATH finds
 * this very package's bin; npx (`npx create-flash-login`, `npx -p create-flash-login flash-login`)
 * when npx runs us from its cache (the published package); the installed bin beside the one we were
 * started from (an install into a prefix that is not on PATH); otherwise Node and our own bin file,
 * which works from a clone. Paths are absolute: the learner runs these after a `cd`.
 */
async function selfCommand(name: OwnBin): Promise<SelfCommand> {
  const ownBin = join(packageRoot, 'bin', `${name}.js`);
  const own = real(ownBin);
  // npm exec and npx link the package into their cache (…/_npx/<hash>/) and put its bins on PATH
  // for that one run only: nothing there is on the learner's PATH afterwards.
  const npxCache = (path: string) => path.split(/[\\/]/).includes('_npx');
  const found = await findOnPath(name);
  if (found && !npxCache(found) && real(found) === own) return { command: name, onPath: true };
  if (npxCache(packageRoot))
    return { command: name === 'create-flash-login' ? 'npx create-flash-login' : 'npx -p create-flash-login flash-login', onPath: false };
  const started = process.argv[1];
  if (started && !started.endsWith('.js') && !npxCache(started)) {
    // Started through an installed bin link (`<prefix>/bin/create-flash-login`): its sibling is ours.
    const sibling = join(dirname(started), name);
    if (real(sibling) === own) return { command: shellQuote(sibling), onPath: false };
  }
  const node = await findOnPath('node');
  const nodeWord = node && real(node) === real(process.execPath) ? 'node' : shellQuote(process.execPath);
  return { command: `${nodeWord} ${shellQuote(ownBin)}`, onPath: false };
}

/** `flash-login` as the learner can type it now (see selfCommand). */
export const flashLoginCommand = (): Promise<SelfCommand> => selfCommand('flash-login');

/** What to say to someone outside a project: how to start one, with a command that works here. */
export async function startOneHint(): Promise<string> {
  return text().startOne((await selfCommand('create-flash-login')).command);
}
