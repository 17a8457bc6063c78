import { relative } from 'node:path';
import kleur from 'kleur';
import { VENV_FIX } from '../../runtime/python-fixes.js';
import { flashLoginCommand } from '../../runtime/self-command.js';
import { shellQuote } from '../../terminal/shell-words.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';

export async function printNextSteps(ctx: CreateContext): Promise<void> {
  const found = await flashLoginCommand();
  // With the launcher in .venv/bin, activating the venv makes the bare name work.
  const { command, onPath } = ctx.launcher ? { command: 'flash-login', onPath: true } : found;
  const where = relative(ctx.cwd, ctx.targetDir);
  ctx.log();
  // Ready means the app runs as it is; with the install left to the learner it is only written.
  ctx.log(kleur.green().bold(createText().ready(ctx.lesson, Boolean(ctx.pythonReady))) + createText().next);
  // Scaffolded into the current folder (`create-flash-login .`): no `cd .`, as create-vite prints none.
  // After `--`, so a folder named `-x` is read as a name, never as an option (quoted: `$(…)` is never run).
  if (where) ctx.log(`  ${kleur.cyan(`cd -- ${shellQuote(where)}`)}`);
  if (!ctx.pythonReady) ctx.log(`  ${kleur.cyan(ctx.installCommand ?? VENV_FIX)}   ${createText().installStep}`);
  if (ctx.launcher) ctx.log(`  ${kleur.cyan('source .venv/bin/activate')}   ${createText().activateStep}`);
  // Practice mode: the lesson's code is the learner's to write, from the TODOs verify points to.
  if (ctx.mode === 'practice') ctx.log(`  ${kleur.cyan(createText().editTodos)}   ${createText().editTodosWhy(command)}`);
  ctx.log(`  ${kleur.cyan(`${command} verify`)}        ${createText().verifyStep}`);
  if (ctx.lesson < 5) ctx.log(`  ${kleur.cyan(`${command} next-lesson`)}   ${createText().nextLessonStep(ctx.lesson + 1)}`);
  if (!onPath && command.startsWith('npx ')) ctx.log(kleur.dim(createText().tiredOfNpx));
}
