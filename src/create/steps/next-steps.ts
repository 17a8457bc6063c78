import { execa } from 'execa';
import kleur from 'kleur';
import { relative } from 'node:path';
import type { CreateContext } from '../context.js';

/** `flash-login` as the learner can type it now: bare when it is on PATH, through npx otherwise. */
export async function flashLoginCommand(): Promise<{ command: string; onPath: boolean }> {
  const lookup = process.platform === 'win32' ? 'where' : 'which';
  const found = await execa(lookup, ['flash-login'], { reject: false, stdin: 'ignore' });
  return found.exitCode === 0 ? { command: 'flash-login', onPath: true } : { command: 'npx -p create-flash-login flash-login', onPath: false };
}

export async function printNextSteps(ctx: CreateContext): Promise<void> {
  const { command, onPath } = await flashLoginCommand();
  const where = relative(ctx.cwd, ctx.targetDir) || '.';
  const cd = /\s/.test(where) ? `cd "${where}"` : `cd ${where}`;
  ctx.log();
  ctx.log(kleur.green().bold(`Lesson ${ctx.lesson} is ready.`) + ' Next:');
  ctx.log(`  ${kleur.cyan(cd)}`);
  ctx.log(`  ${kleur.cyan(`${command} verify`)}        check your app`);
  ctx.log(`  ${kleur.cyan(`${command} next-lesson`)}   when it passes, bring in lesson ${ctx.lesson + 1}`);
  if (!onPath) ctx.log(kleur.dim('  (Tired of npx? `npm install -g create-flash-login` puts `flash-login` on your PATH.)'));
}
