// create-flash-login into a folder that already exists (--force, or "yes" to the question):
// whatever the scaffold replaces is kept in a backup entry that `flash-login undo` restores,
// and a Ctrl-C removes exactly what this run wrote, putting back what it had replaced.
import fs from 'node:fs/promises';
import { join } from 'node:path';
import kleur from 'kleur';
import type { RenderedFiles } from '../../course/render.js';
import { listOf } from '../../i18n/i18n.js';
import { removeInside, writeInside } from '../../project/inside.js';
import {
  applyChange,
  BACKUPS_DIR,
  JOURNAL_FILE,
  type PlannedWrite,
  readBackedUpFile,
  readManifest,
  stateWrite,
} from '../../project/journal.js';
import { LOCK_FILE } from '../../project/lock.js';
import { STATE_VERSION, TEMP_DIR } from '../../project/state.js';
import type { CreateContext, ExistingFolder } from '../context.js';
import { createText } from '../create.text.js';

export async function noteExisting(dir: string): Promise<ExistingFolder> {
  return { before: new Set(await fs.readdir(dir)), stopping: false };
}

/** Write the lesson over the folder's own files as one change that `undo` reverts, saying what it replaced. */
export async function writeOverExisting(ctx: CreateContext, files: RenderedFiles, existing: ExistingFolder): Promise<void> {
  const writes: PlannedWrite[] = [...files].map(([path, content]) => ({ path, content }));
  // A first state file goes in the same change, so one that was there is backed up too; the
  // scaffold writes the full one (with the Python) once that is set up.
  writes.push(stateWrite({ version: STATE_VERSION, lesson: ctx.lesson, answers: { projectName: ctx.projectName } }));
  const manifest = await applyChange(ctx.targetDir, writes, {
    command: 'create',
    summary: `create-flash-login --force, lesson ${ctx.lesson}, over your files`,
    afterStep: () => {
      if (existing.stopping) throw new Error('interrupted'); // Ctrl-C: stop here; the handler puts things back
    },
  });
  existing.entry = manifest.id;
  const replaced = manifest.files.filter((file) => file.existed && !file.path.startsWith('.flash-login/')).map((file) => file.path);
  if (replaced.length)
    ctx.log(kleur.yellow(createText().replaced(listOf(replaced))) + createText().originals(`${BACKUPS_DIR}/${manifest.id}/files`));
}

/** After a Ctrl-C: put back every file the scaffold replaced and remove everything else it made. */
export async function removeWhatThisRunWrote(dir: string, existing: ExistingFolder): Promise<void> {
  const journal = await fs.readFile(join(dir, JOURNAL_FILE), 'utf8').then(
    (text) => (JSON.parse(text) as { entry: string }).entry,
    () => undefined,
  );
  const entry = existing.entry ?? journal;
  const manifest = entry ? await readManifest(dir, entry) : undefined;
  for (const file of manifest?.files ?? []) {
    if (!existing.before.has(file.path.split('/')[0]!)) continue; // removed whole below
    const before = file.existed ? await readBackedUpFile(dir, manifest!.id, file.path) : undefined;
    if (before) await writeInside(dir, file.path, before, file.mode);
    else if (!file.existed) await removeInside(dir, file.path);
  }
  for (const name of await fs.readdir(dir)) if (!existing.before.has(name)) await fs.rm(join(dir, name), { recursive: true, force: true });
  if (existing.before.has('.flash-login'))
    for (const path of [entry && `${BACKUPS_DIR}/${entry}`, JOURNAL_FILE, LOCK_FILE, TEMP_DIR])
      if (path) await fs.rm(join(dir, path), { recursive: true, force: true });
}
