import { run } from '../../engine/spawn.js';
import kleur from 'kleur';
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, join, relative } from 'node:path';
import type { CreateContext } from '../context.js';
import { VENV_FIX } from '../../engine/python.js';
import { shellQuote } from '../../engine/shell-words.js';

/** Whether a command is on PATH, as `which` answers it: looked up here rather than by starting `which`. */
async function onPath(name: string): Promise<boolean> {
  if (process.platform === 'win32') return (await run('where', [name], { reject: false })).exitCode === 0;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      const path = join(dir, name);
      await access(path, constants.X_OK);
      if ((await stat(path)).isFile()) return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** `flash-login` as the learner can type it now: bare when it is on PATH, through npx otherwise. */
export async function flashLoginCommand(): Promise<{ command: string; onPath: boolean }> {
  return (await onPath('flash-login')) ? { command: 'flash-login', onPath: true } : { command: 'npx -p create-flash-login flash-login', onPath: false };
}

export async function printNextSteps(ctx: CreateContext): Promise<void> {
  const { command, onPath } = await flashLoginCommand();
  const where = relative(ctx.cwd, ctx.targetDir) || '.';
  // Quoted for the shell, and after `--`: a folder named `$(…)` or `-x` is pasted as a name, never run or read as an option.
  const cd = `cd -- ${shellQuote(where)}`;
  ctx.log();
  // Ready means the app runs as it is; with the install left to the learner it is only written.
  ctx.log(kleur.green().bold(`Lesson ${ctx.lesson} is ${ctx.pythonReady ? 'ready' : 'written'}.`) + ' Next:');
  ctx.log(`  ${kleur.cyan(cd)}`);
  if (!ctx.pythonReady) ctx.log(`  ${kleur.cyan(ctx.installCommand ?? VENV_FIX)}   install the requirements`);
  ctx.log(`  ${kleur.cyan(`${command} verify`)}        check your app`);
  if (ctx.lesson < 5) ctx.log(`  ${kleur.cyan(`${command} next-lesson`)}   when it passes, bring in lesson ${ctx.lesson + 1}`);
  if (!onPath) ctx.log(kleur.dim('  (Tired of npx? `npm install -g create-flash-login` puts `flash-login` on your PATH.)'));
}
