import fs from 'fs-extra';
import { renderLesson, writeRendered } from '../../engine/render.js';
import type { CreateContext } from '../context.js';

/** Write the lesson's app into the target folder. */
export async function writeFiles(ctx: CreateContext): Promise<void> {
  const files = await renderLesson(ctx.lesson, { projectName: ctx.projectName });
  ctx.createdDir = !(await fs.pathExists(ctx.targetDir));
  await fs.ensureDir(ctx.targetDir);
  await writeRendered(ctx.targetDir, files);
  ctx.log(`Wrote lesson ${ctx.lesson} (${files.size} files) to ${ctx.targetDir}`);
}
