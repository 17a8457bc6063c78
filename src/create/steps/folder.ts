import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Cancelled, EXIT_FAILED, UserError } from '../../shared/errors.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';

const DEFAULT_FOLDER = 'flash-login-app';

async function isEmptyDir(path: string): Promise<boolean> {
  return (await fs.readdir(path)).length === 0;
}

/** Which folder to write: the argument, the answer to a question, or the default. */
export async function chooseFolder(ctx: CreateContext): Promise<void> {
  let folder = ctx.dirArgument;
  if (!folder && ctx.interactive)
    folder = await ctx.ask<string>({ type: 'text', name: 'folder', message: createText().folderQuestion, initial: DEFAULT_FOLDER });
  folder = (folder ?? DEFAULT_FOLDER).trim() || DEFAULT_FOLDER;
  ctx.targetDir = resolve(ctx.cwd, folder);
  ctx.projectName = basename(ctx.targetDir);

  if (!existsSync(ctx.targetDir)) return;
  if (!(await fs.stat(ctx.targetDir)).isDirectory()) throw new UserError(createText().isAFile(ctx.targetDir));
  if ((await isEmptyDir(ctx.targetDir)) || ctx.options.force) return;
  if (ctx.interactive) {
    const overwrite = await ctx.ask<boolean>({
      type: 'confirm',
      name: 'overwrite',
      message: createText().notEmptyQuestion(folder),
      initial: false,
    });
    if (overwrite) return;
    throw new Cancelled(EXIT_FAILED); // a "no" is the learner's choice, not an error
  }
  throw new UserError(createText().notEmpty(ctx.targetDir));
}
