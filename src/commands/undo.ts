// `flash-login undo`: put back the files of the last next-lesson, goto or reset, byte for byte.
import kleur from 'kleur';
import { EXIT_OK, UserError } from '../engine/errors.js';
import { BACKUPS_DIR, latestUndoableChange, recoverAndReport, undoChange } from '../engine/journal.js';
import { rewindLessonCommit } from '../engine/infer-lesson.js';
import { openLockedProject } from '../engine/lock.js';
import type { Project } from '../engine/project.js';
import { readState } from '../engine/state.js';
import type { ChangeHooks } from './goto.js';

export interface UndoOptions {
  dir?: string;
}

export async function undoCommand(options: UndoOptions, hooks: ChangeHooks = {}): Promise<number> {
  const { project, release } = await openLockedProject(options.dir, 'undo');
  try {
    return await undoLocked(project, hooks);
  } finally {
    await release();
  }
}

async function undoLocked(project: Project, hooks: ChangeHooks): Promise<number> {
  await recoverAndReport(project.dir);
  const entry = await latestUndoableChange(project.dir);
  if (!entry) throw new UserError('nothing to undo: no next-lesson, goto or reset has changed this project (or every change is undone already).');
  const result = await undoChange(project.dir, entry, hooks.afterStep);
  const rewound = await rewindLessonCommit(project.dir, entry.command, entry.summary);
  const state = await readState(project.dir);
  const count = entry.files.filter((file) => !file.path.startsWith('.flash-login/')).length;
  console.log(
    `Undid ${entry.command} (${entry.summary}): ${count} file${count === 1 ? '' : 's'} put back as ${count === 1 ? 'it was' : 'they were'}` +
      (state ? `; you are on lesson ${state.lesson}.` : '.'),
  );
  if (rewound) console.log(kleur.dim(`${rewound[0]!.toUpperCase()}${rewound.slice(1)}.`));
  if (result.editedSince.length)
    console.log(
      kleur.yellow(`Your later edits to ${result.editedSince.join(', ')} are saved in ${BACKUPS_DIR}/${result.saved.id}/files/.`),
    );
  return EXIT_OK;
}
