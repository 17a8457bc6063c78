// Changing a learner's files so that nothing is ever lost: every change first saves what it
// will overwrite (a backup entry, which `undo` restores), and a journal marks the change as
// in flight until the state file is written, so a crash is always finished or rolled back.
//
//   .flash-login/journal.json                  {"entry": "0003-next-lesson"} while a change is in flight
//   .flash-login/backups/0003-next-lesson/
//       files/<path>                           each file's content before the change
//       manifest.json                          written last: the backup is complete once it exists
//   .flash-login/rescued/<entry>/<path>        copies a rollback had to overwrite (edited after a crash)
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import fs from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import kleur from 'kleur';
import { catalog, listOf } from '../i18n/i18n.js';
import { writeFileAtomic } from '../shared/atomic.js';
import { UserError } from '../shared/errors.js';
import { removeInside, resolveInside, writeInside } from './inside.js';
import { lessonFileWrite } from './lesson-file.js';
import { LOCK_FILE, withProjectLock } from './lock.js';
import { type ProjectState, STATE_DIR, STATE_FILE, TEMP_DIR } from './state.js';

const journalText = catalog({
  en: {
    damaged: (journal: string, backups: string) =>
      `${journal} is damaged, so an interrupted change cannot be recovered: your earlier files are in ${backups}/; delete the journal once you have checked them.`,
    interrupted: (command: string) => `an interrupted \`flash-login ${command}\``,
    nothingChanged: (what: string) => `${what} had not changed any file yet; cleaned up.`,
    completed: (what: string, summary: string) => `${what} (${summary}) had written every file; completed it.`,
    rescued: (files: string, where: string) => ` Your later edits to ${files} are saved in ${where}/.`,
    rolledBack: (what: string, summary: string, saved: string) =>
      `${what} (${summary}) was cut short; rolled the project back to how it was before it.${saved}`,
    backupLacks: (backup: string, path: string) => `the backup ${backup} lacks ${path}, so it cannot be undone safely.`,
  },
  'zh-CN': {
    damaged: (journal, backups) =>
      `${journal} 已损坏，无法恢复被中断的改动：你之前的文件在 ${backups}/ 里；检查过它们之后请删除这个日志文件。`,
    interrupted: (command) => `一次被中断的 \`flash-login ${command}\``,
    nothingChanged: (what) => `${what} 还没有改动任何文件；已清理。`,
    completed: (what, summary) => `${what}（${summary}）已经写完了所有文件；已将它完成。`,
    rescued: (files, where) => `你之后对 ${files} 的修改保存在 ${where}/ 里。`,
    rolledBack: (what, summary, saved) => `${what}（${summary}）被打断了；已把项目恢复到它开始之前的样子。${saved}`,
    backupLacks: (backup, path) => `备份 ${backup} 里缺少 ${path}，所以无法安全地撤销。`,
  },
});

export const JOURNAL_FILE = `${STATE_DIR}/journal.json`;
export const BACKUPS_DIR = `${STATE_DIR}/backups`;
const RESCUED_DIR = `${STATE_DIR}/rescued`;
const MANIFEST = 'manifest.json';
const JOURNAL_VERSION = 1;
/** Older entries are dropped beyond this many: enough undo for any tutorial, and a few KB each. */
const KEEP_ENTRIES = 50;

/** One file a change writes: new content, or null to delete it. Paths are relative, with forward slashes. */
export interface PlannedWrite {
  path: string;
  content: Buffer | null;
  /** Permission bits to give the file; by default an existing file keeps its own. */
  mode?: number;
}

interface BackupFile {
  path: string;
  /** Whether the file existed before the change (its content is then under files/). */
  existed: boolean;
  mode?: number;
  /** sha256 of the content the change writes; null when the change deletes the file. */
  after: string | null;
}

export interface BackupManifest {
  version: number;
  id: string;
  /** "change" entries are what `undo` restores; "undo" entries only keep what an undo overwrote. */
  kind: 'change' | 'undo';
  command: string;
  /** One line for the learner: "lesson 2 → 3". */
  summary: string;
  createdAt: string;
  /** For kind "undo": the entry it undid, which is then no longer undoable. */
  undoes?: string;
  files: BackupFile[];
}

interface Journal {
  version: number;
  entry: string;
  command: string;
  startedAt: string;
}

export interface ChangeOptions {
  command: string;
  summary: string;
  kind?: BackupManifest['kind'];
  undoes?: string;
  /** Test hook, called after each write step (1-based; the state file is the last step).
   * Throwing here stands in for a crash: nothing is rolled back in-process. */
  afterStep?: (step: number, path: string) => void | Promise<void>;
}

const absolute = (dir: string, path: string) => join(dir, ...path.split('/'));
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const entryDir = (dir: string, id: string) => join(absolute(dir, BACKUPS_DIR), id);
const STATE_PATH = STATE_FILE.split('\\').join('/');

/** The state file's bytes, as state.ts writes them, so a change can carry it as its last write. */
export function stateWrite(state: ProjectState): PlannedWrite {
  return { path: STATE_PATH, content: Buffer.from(`${JSON.stringify(state, null, 2)}\n`) };
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Write or delete one file. A deleted file's folders go too once empty, so undoing a created file leaves no trace. */
async function putFile(dir: string, path: string, content: Buffer | null, mode?: number): Promise<void> {
  if (content === null) {
    await removeInside(dir, path);
    await removeEmptyParents(dir, dirname(absolute(dir, path)));
    return;
  }
  await writeInside(dir, path, content, mode);
}

/** Our own bookkeeping under .flash-login/, its temporary files in .flash-login/tmp/ too. */
const writeOwn = (dir: string, path: string, data: string | Buffer) => writeFileAtomic(path, data, join(dir, TEMP_DIR));

async function removeEmptyParents(root: string, folder: string): Promise<void> {
  while (relative(root, folder) && !relative(root, folder).startsWith('..')) {
    try {
      await fs.rmdir(folder); // fails on a folder that still holds something: then we stop
    } catch {
      return;
    }
    folder = dirname(folder);
  }
}

async function nextEntryId(dir: string, command: string): Promise<string> {
  const numbers = (await listEntryIds(dir)).map((id) => Number.parseInt(id, 10));
  return `${String(Math.max(0, ...numbers) + 1).padStart(4, '0')}-${command}`;
}

async function listEntryIds(dir: string): Promise<string[]> {
  const root = absolute(dir, BACKUPS_DIR);
  if (!existsSync(root)) return [];
  return (await fs.readdir(root)).filter((name) => /^\d+-/.test(name)).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
}

export async function readManifest(dir: string, id: string): Promise<BackupManifest | undefined> {
  const text = await readIfExists(join(entryDir(dir, id), MANIFEST));
  return text && (JSON.parse(text.toString('utf8')) as BackupManifest);
}

/** A file as it was before the entry's change; undefined where the change created it. */
export async function readBackedUpFile(dir: string, id: string, path: string): Promise<Buffer | undefined> {
  return readIfExists(join(entryDir(dir, id), 'files', ...path.split('/')));
}

/**
 * Apply writes as one recoverable change: journal, backup of every file touched, the writes
 * in order with the state file last, then the journal goes. Returns the new backup entry.
 */
export async function applyChange(dir: string, writes: PlannedWrite[], options: ChangeOptions): Promise<BackupManifest> {
  // Callers hold the lock already (it is re-entrant); this keeps any new caller from writing without it.
  return withProjectLock(dir, options.command, () => applyLockedChange(dir, writes, options));
}

async function applyLockedChange(dir: string, writes: PlannedWrite[], options: ChangeOptions): Promise<BackupManifest> {
  // The committed lesson file (CI's) follows the state file, and is backed up and undone with it.
  const lessonFile = lessonFileWrite(dir, writes, STATE_PATH);
  if (lessonFile) writes = [...writes, lessonFile];
  const isState = (write: PlannedWrite) => write.path === STATE_PATH;
  const ordered = [...writes.filter((write) => !isState(write)), ...writes.filter(isState)];
  // Every path is checked before anything is written: a symlink out of the project stops the change whole.
  for (const write of ordered) await resolveInside(dir, write.path);
  const id = await nextEntryId(dir, options.command);
  const journal: Journal = { version: JOURNAL_VERSION, entry: id, command: options.command, startedAt: new Date().toISOString() };
  await writeOwn(dir, absolute(dir, JOURNAL_FILE), `${JSON.stringify(journal, null, 2)}\n`);

  // The backups are independent of each other and nothing counts as backed up until the
  // manifest exists, so they are taken all at once.
  const files = await Promise.all(
    ordered.map(async (write) => {
      const target = absolute(dir, write.path);
      const before = await readIfExists(target);
      if (before) await writeOwn(dir, join(entryDir(dir, id), 'files', ...write.path.split('/')), before);
      return {
        path: write.path,
        existed: before !== undefined,
        ...(before ? { mode: (await fs.stat(target)).mode & 0o7777 } : {}),
        after: write.content && sha256(write.content),
      };
    }),
  );
  const manifest: BackupManifest = {
    version: JOURNAL_VERSION,
    id,
    kind: options.kind ?? 'change',
    command: options.command,
    summary: options.summary,
    createdAt: journal.startedAt,
    ...(options.undoes ? { undoes: options.undoes } : {}),
    files,
  };
  await writeOwn(dir, join(entryDir(dir, id), MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

  for (const [index, write] of ordered.entries()) {
    await putFile(dir, write.path, write.content, write.mode ?? manifest.files[index]!.mode);
    await options.afterStep?.(index + 1, write.path);
  }
  await fs.rm(absolute(dir, JOURNAL_FILE), { recursive: true, force: true }); // the change is done from here on
  await pruneEntries(dir);
  return manifest;
}

async function pruneEntries(dir: string): Promise<void> {
  const ids = await listEntryIds(dir);
  for (const id of ids.slice(0, Math.max(0, ids.length - KEEP_ENTRIES))) await discardEntry(dir, id);
}

/** Remove an entry in one rename first, so a crash never leaves a manifest whose files are half gone. */
async function discardEntry(dir: string, id: string): Promise<void> {
  const doomed = join(absolute(dir, BACKUPS_DIR), `.discard-${id}-${randomBytes(3).toString('hex')}`);
  await fs.rename(entryDir(dir, id), doomed);
  await fs.rm(doomed, { recursive: true, force: true });
}

/**
 * Finish what a crash interrupted, and say what was done (undefined: nothing was in flight).
 * Rules: no complete backup yet -> nothing was written, clean up. Every file already holds what
 * the change meant to write -> it only missed removing the journal: complete it. Otherwise roll
 * back to the backup, first rescuing any file edited since that matches neither side.
 */
async function recoverInterruptedChange(dir: string): Promise<string | undefined> {
  const journalPath = absolute(dir, JOURNAL_FILE);
  const text = await readIfExists(journalPath);
  const root = absolute(dir, BACKUPS_DIR);
  if (existsSync(root))
    for (const name of await fs.readdir(root))
      if (name.startsWith('.discard-')) await fs.rm(join(root, name), { recursive: true, force: true });
  if (!text) return undefined;

  let journal: Journal;
  try {
    journal = JSON.parse(text.toString('utf8')) as Journal;
  } catch {
    // Written atomically, so only a hand edit gets here; guessing could overwrite the learner's files.
    throw new UserError(journalText().damaged(JOURNAL_FILE, BACKUPS_DIR));
  }
  const manifest = await readManifest(dir, journal.entry);
  const what = journalText().interrupted(journal.command);
  if (!manifest) {
    if (existsSync(entryDir(dir, journal.entry))) await discardEntry(dir, journal.entry);
    await fs.rm(journalPath, { recursive: true, force: true });
    return journalText().nothingChanged(what);
  }

  const current = new Map<string, Buffer | undefined>();
  for (const file of manifest.files) current.set(file.path, await readIfExists(absolute(dir, file.path)));
  const done = manifest.files.every((file) => {
    const now = current.get(file.path);
    return file.after === null ? now === undefined : now !== undefined && sha256(now) === file.after;
  });
  if (done) {
    await fs.rm(journalPath, { recursive: true, force: true });
    return journalText().completed(what, manifest.summary);
  }

  const rescued: string[] = [];
  for (const file of manifest.files) {
    const now = current.get(file.path);
    const before = file.existed ? await readBackedUpFile(dir, manifest.id, file.path) : undefined;
    const untouched = now === undefined ? !file.existed : (before?.equals(now) ?? false);
    const written = file.after !== null && now !== undefined && sha256(now) === file.after;
    if (now && !untouched && !written) {
      await writeOwn(dir, join(absolute(dir, RESCUED_DIR), manifest.id, ...file.path.split('/')), now);
      rescued.push(file.path);
    }
    if (!untouched) await putFile(dir, file.path, before ?? null, file.mode);
  }
  await discardEntry(dir, manifest.id);
  await fs.rm(journalPath, { recursive: true, force: true });
  const saved = rescued.length ? journalText().rescued(listOf(rescued), `${RESCUED_DIR}/${manifest.id}`) : '';
  return journalText().rolledBack(what, manifest.summary, saved);
}

/** Whether an earlier command left anything to clear: a journal, a lock, temporary files, a half-discarded entry. */
function leftSomething(dir: string): boolean {
  if (existsSync(absolute(dir, JOURNAL_FILE)) || existsSync(absolute(dir, LOCK_FILE))) return true;
  const temp = absolute(dir, TEMP_DIR);
  if (existsSync(temp) && readdirSync(temp).length > 0) return true;
  const root = absolute(dir, BACKUPS_DIR);
  return existsSync(root) && readdirSync(root).some((name) => name.startsWith('.discard-'));
}

/**
 * recoverInterruptedChange(), saying what it did on stderr (stdout may be JSON). It holds the
 * project's lock while it works: a journal is only abandoned once no running command holds it.
 */
export async function recoverAndReport(dir: string): Promise<void> {
  if (!leftSomething(dir)) return;
  const recovered = await withProjectLock(dir, 'recover', () => recoverInterruptedChange(dir));
  if (recovered) console.error(kleur.yellow(`! ${recovered}`));
}

/** The newest change that `undo` can still revert: not an undo itself, and not undone yet. */
export async function latestUndoableChange(dir: string): Promise<BackupManifest | undefined> {
  const manifests: BackupManifest[] = [];
  for (const id of await listEntryIds(dir)) {
    const manifest = await readManifest(dir, id);
    if (manifest) manifests.push(manifest);
  }
  const undone = new Set(manifests.map((manifest) => manifest.undoes).filter(Boolean));
  return manifests.filter((manifest) => manifest.kind === 'change' && !undone.has(manifest.id)).pop();
}

export interface UndoResult {
  undone: BackupManifest;
  /** The undo's own entry, holding the files as they were just before it. */
  saved: BackupManifest;
  /** Files edited after the change that undo overwrote: their copies are in saved's files/. */
  editedSince: string[];
}

/** Put back every file of the entry exactly as it was, itself as a recoverable change whose backup keeps the present. */
export async function undoChange(dir: string, entry: BackupManifest, afterStep?: ChangeOptions['afterStep']): Promise<UndoResult> {
  const writes: PlannedWrite[] = [];
  const editedSince: string[] = [];
  for (const file of entry.files) {
    const now = await readIfExists(absolute(dir, file.path));
    const asWritten = file.after === null ? now === undefined : now !== undefined && sha256(now) === file.after;
    if (!asWritten && now !== undefined && file.path !== STATE_PATH) editedSince.push(file.path);
    const before = file.existed ? await readBackedUpFile(dir, entry.id, file.path) : undefined;
    if (file.existed && !before) throw new UserError(journalText().backupLacks(`${BACKUPS_DIR}/${entry.id}`, file.path));
    writes.push({ path: file.path, content: before ?? null, ...(file.mode !== undefined ? { mode: file.mode } : {}) });
  }
  const saved = await applyChange(dir, writes, {
    command: 'undo',
    summary: `undo of ${entry.command} (${entry.summary})`,
    kind: 'undo',
    undoes: entry.id,
    ...(afterStep ? { afterStep } : {}),
  });
  return { undone: entry, saved, editedSince };
}
