// The scaffold's repository step: commit what it wrote, tagged lesson-N-start, in the repository initRepository() made.
import kleur from 'kleur';
import { commitLesson, type Repository, startTag } from '../../project/git.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';

/** After the files are written: commit and tag them in the repository initRepository() made. */
export async function commitScaffold(ctx: CreateContext, repository: Repository, title: string): Promise<void> {
  if (repository === 'no-git') ctx.log(kleur.yellow(createText().noGit));
  else if (repository === 'inside') ctx.log(createText().insideGit);
  else {
    await commitLesson(ctx.targetDir, startTag(ctx.lesson), title);
    ctx.log(createText().madeGit(ctx.lesson));
  }
}
