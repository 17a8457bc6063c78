import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { EXIT_FAILED, UserError } from '../../engine/errors.js';
import { Cancelled, type CreateContext } from '../context.js';

export const DEFAULT_FOLDER = 'flash-login-app';

async function isEmptyDir(path: string): Promise<boolean> {
  return (await fs.readdir(path)).length === 0;
}

/** Which folder to write: the argument, the answer to a question, or the default. */
export async function chooseFolder(ctx: CreateContext): Promise<void> {
  let folder = ctx.dirArgument;
  if (!folder && ctx.interactive)
    folder = await ctx.ask<string>({ type: 'text', name: 'folder', message: 'Project folder', initial: DEFAULT_FOLDER });
  folder = (folder ?? DEFAULT_FOLDER).trim() || DEFAULT_FOLDER;
  ctx.targetDir = resolve(ctx.cwd, folder);
  ctx.projectName = basename(ctx.targetDir);

  if (!existsSync(ctx.targetDir)) return;
  if (!(await fs.stat(ctx.targetDir)).isDirectory()) throw new UserError(`${ctx.targetDir} is a file, not a folder: choose another name.`);
  if ((await isEmptyDir(ctx.targetDir)) || ctx.options.force) return;
  if (ctx.interactive) {
    const overwrite = await ctx.ask<boolean>({
      type: 'confirm',
      name: 'overwrite',
      message: `${folder} is not empty. Write the lesson files into it anyway? Files with the same names are replaced`,
      initial: false,
    });
    if (overwrite) return;
    throw new Cancelled(EXIT_FAILED); // a "no" is the learner's choice, not an error
  }
  throw new UserError(`${ctx.targetDir} exists and is not empty: choose another folder, or pass --force to write into it.`);
}
