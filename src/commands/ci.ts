// `flash-login ci github|gitlab`: add CI to an existing project (create-flash-login --ci does it at the start).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import kleur from 'kleur';
import { ciFiles, CI_PROVIDERS, parseCiProvider } from '../engine/ci.js';
import { EXIT_OK, UserError } from '../engine/errors.js';
import { applyChange } from '../engine/journal.js';
import { parseLessonFlag } from '../engine/lessons.js';
import { openProject } from '../engine/project.js';
import { VERSION } from '../main.js';

export interface CiOptions {
  dir?: string;
  lesson?: string;
  force?: boolean;
}

export async function ciCommand(providerName: string, options: CiOptions): Promise<number> {
  const provider = parseCiProvider(providerName);
  const project = await openProject(options.dir);
  const lesson = parseLessonFlag(options.lesson) ?? project.state?.lesson;
  if (lesson === undefined) throw new UserError('this folder has no .flash-login/state.json to say its lesson: pass --lesson N.');
  const files = await ciFiles(provider, lesson, VERSION);
  // A workflow the learner changed is theirs: replaced only with --force, and then backed up for undo.
  const changed = files.filter((file) => {
    const path = join(project.dir, ...file.path.split('/'));
    return existsSync(path) && !readFileSync(path).equals(file.content);
  });
  const workflow = CI_PROVIDERS[provider].path;
  if (!options.force && changed.some((file) => file.path === workflow))
    throw new UserError(`${workflow} exists and differs from the one flash-login writes: pass --force to replace it (\`flash-login undo\` puts yours back).`);
  const writes = files.filter((file) => {
    const path = join(project.dir, ...file.path.split('/'));
    return !existsSync(path) || changed.includes(file);
  });
  if (writes.length) await applyChange(project.dir, writes, { command: 'ci', summary: `CI for ${provider}` });
  console.log(`${kleur.green('✓')} ${workflow} checks lesson ${lesson} on every push (create-flash-login@${VERSION}).`);
  console.log(`  .flash-login-lesson holds the lesson for CI; next-lesson, goto and undo keep it in step. Commit both files.`);
  return EXIT_OK;
}
