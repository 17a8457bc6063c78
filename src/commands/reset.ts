// `flash-login reset [FILE…]`: put the current lesson's reference version back, keeping the learner's copy for undo.
import kleur from 'kleur';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { EXIT_OK, UserError } from '../engine/errors.js';
import { applyChange, BACKUPS_DIR, recoverAndReport } from '../engine/journal.js';
import { readProjectFiles } from '../engine/merge.js';
import { openLockedProject } from '../engine/lock.js';
import type { Project } from '../engine/project.js';
import { renderLesson } from '../engine/render.js';
import { lessonLangOf, lessonModeOf } from '../engine/state.js';
import { requireState } from './diff.js';

export interface ResetOptions {
  dir?: string;
}

/** A FILE argument as a project path: relative to the current folder when it lies inside the project, else to the project. */
function toProjectPath(dir: string, file: string): string {
  const fromHere = relative(dir, resolve(file));
  const path = fromHere.startsWith('..') || isAbsolute(fromHere) ? relative(dir, resolve(dir, file)) : fromHere;
  return path.split(sep).join('/');
}

export async function resetCommand(files: string[], options: ResetOptions): Promise<number> {
  const { project, release } = await openLockedProject(options.dir, 'reset');
  try {
    return await resetLocked(project, files);
  } finally {
    await release();
  }
}

async function resetLocked(project: Project, files: string[]): Promise<number> {
  const state = requireState(project, 'reset');
  await recoverAndReport(project.dir); // conflicts do not block reset: it is one way out of them
  // In practice mode a lesson's files are its starter: reset gives back the TODOs, not the answers.
  const reference = await renderLesson(state.lesson, state.answers, { mode: lessonModeOf(state), lang: lessonLangOf(state) });
  const paths = files.length ? files.map((file) => toProjectPath(project.dir, file)) : [...reference.keys()];
  const unknown = paths.filter((path) => !reference.has(path));
  if (unknown.length)
    throw new UserError(`lesson ${state.lesson} has no ${unknown.join(', ')}; its files are: ${[...reference.keys()].join(', ')}.`);

  const current = await readProjectFiles(project.dir, paths);
  const writes = paths.filter((path) => !current.get(path)?.equals(reference.get(path)!)).map((path) => ({ path, content: reference.get(path)! }));
  if (writes.length === 0) {
    console.log(`${files.length ? paths.join(', ') : 'Every lesson file'} already matches lesson ${state.lesson}'s version; nothing to reset.`);
    return EXIT_OK;
  }
  const names = writes.map((write) => write.path).join(', ');
  const entry = await applyChange(project.dir, writes, { command: 'reset', summary: `reset ${names} to lesson ${state.lesson}` });
  console.log(`Reset ${names} to lesson ${state.lesson}'s version.`);
  console.log(kleur.dim(`Your copies are saved in ${BACKUPS_DIR}/${entry.id}/files/; \`flash-login undo\` puts them back.`));
  return EXIT_OK;
}
