import { UserError } from '../../engine/errors.js';
import { MODES, type Mode } from '../../engine/exercises.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';

/** --mode as a mode; undefined when it was not given. */
export function parseModeFlag(value: string | undefined): Mode | undefined {
  if (value === undefined) return undefined;
  if (!(MODES as readonly string[]).includes(value))
    throw new UserError(createText().badMode(value));
  return value as Mode;
}

/** The questions, each skipped when its flag answered it or nobody can answer (practice, then). */
export async function askSetup(ctx: CreateContext): Promise<void> {
  // ctx.mode already holds --mode, or practice, the default with --yes and with no terminal.
  if (ctx.options.mode === undefined && ctx.interactive)
    ctx.mode = await ctx.ask<Mode>({
      type: 'select',
      name: 'mode',
      message: createText().modeQuestion,
      choices: [
        { title: 'practice', description: createText().practiceChoice, value: 'practice' },
        { title: 'guided', description: createText().guidedChoice, value: 'guided' },
      ],
      initial: 0,
    });
  ctx.install =
    ctx.options.install ??
    (ctx.interactive
      ? await ctx.ask<boolean>({
          type: 'confirm',
          name: 'install',
          message: createText().installQuestion,
          initial: true,
        })
      : true);
  ctx.git =
    ctx.options.git ??
    (ctx.interactive
      ? await ctx.ask<boolean>({ type: 'confirm', name: 'git', message: createText().gitQuestion, initial: true })
      : true);
}
