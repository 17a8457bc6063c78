import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { renderLesson, writeRendered } from '../../course/render.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';

/** Make the target folder, remembering whether it is new: a cut-short scaffold removes only a folder it made. */
export async function makeFolder(ctx: CreateContext): Promise<void> {
  ctx.createdDir = !existsSync(ctx.targetDir);
  await mkdir(ctx.targetDir, { recursive: true });
  // An existing folder's own module (backups for undo, putting back after a Ctrl-C) loads only for one.
  if (!ctx.createdDir) ctx.existing = await (await import('./over-existing.js')).noteExisting(ctx.targetDir);
}

/** Write the lesson's app into the target folder. */
export async function writeFiles(ctx: CreateContext): Promise<void> {
  const files = await renderLesson(ctx.lesson, { projectName: ctx.projectName }, { mode: ctx.mode, lang: ctx.lang });
  // Over files of the learner's own, what is replaced is backed up for `undo`.
  if (ctx.existing?.before.size) await (await import('./over-existing.js')).writeOverExisting(ctx, files, ctx.existing);
  else await writeRendered(ctx.targetDir, files);
  ctx.log(createText().wrote(ctx.lesson, ctx.mode === 'practice', files.size, ctx.targetDir));
}
