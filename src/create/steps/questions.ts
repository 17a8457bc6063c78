import type { CreateContext } from '../context.js';

/** The yes/no questions, each skipped when its flag answered it or nobody can answer. */
export async function askSetup(ctx: CreateContext): Promise<void> {
  ctx.install =
    ctx.options.install ??
    (ctx.interactive
      ? await ctx.ask<boolean>({
          type: 'confirm',
          name: 'install',
          message: 'Create a virtual environment (.venv) and install the Python requirements?',
          initial: true,
        })
      : true);
  ctx.git =
    ctx.options.git ??
    (ctx.interactive
      ? await ctx.ask<boolean>({ type: 'confirm', name: 'git', message: 'Start a git repository and commit each lesson?', initial: true })
      : true);
}
