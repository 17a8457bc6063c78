import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  STATE_DIR,
  STATE_FILE,
  writeFileAtomic
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  UserError
} from "./chunk-ZJR56DXC.js";

// src/engine/journal.ts
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import { dirname, join, relative } from "node:path";
var JOURNAL_FILE = `${STATE_DIR}/journal.json`;
var BACKUPS_DIR = `${STATE_DIR}/backups`;
var RESCUED_DIR = `${STATE_DIR}/rescued`;
var MANIFEST = "manifest.json";
var JOURNAL_VERSION = 1;
var KEEP_ENTRIES = 50;
var absolute = (dir, path) => join(dir, ...path.split("/"));
var sha256 = (content) => createHash("sha256").update(content).digest("hex");
var entryDir = (dir, id) => join(absolute(dir, BACKUPS_DIR), id);
var STATE_PATH = STATE_FILE.split("\\").join("/");
function stateWrite(state) {
  return { path: STATE_PATH, content: Buffer.from(JSON.stringify(state, null, 2) + "\n") };
}
async function readIfExists(path) {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function putFile(dir, path, content, mode) {
  const target = absolute(dir, path);
  if (content === null) {
    await fs.rm(target, { recursive: true, force: true });
    await removeEmptyParents(dir, dirname(target));
    return;
  }
  await writeFileAtomic(target, content);
  if (mode !== void 0) await fs.chmod(target, mode);
}
async function removeEmptyParents(root, folder) {
  while (relative(root, folder) && !relative(root, folder).startsWith("..")) {
    try {
      await fs.rmdir(folder);
    } catch {
      return;
    }
    folder = dirname(folder);
  }
}
async function nextEntryId(dir, command) {
  const numbers = (await listEntryIds(dir)).map((id) => Number.parseInt(id, 10));
  return `${String(Math.max(0, ...numbers) + 1).padStart(4, "0")}-${command}`;
}
async function listEntryIds(dir) {
  const root = absolute(dir, BACKUPS_DIR);
  if (!existsSync(root)) return [];
  return (await fs.readdir(root)).filter((name) => /^\d+-/.test(name)).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
}
async function readManifest(dir, id) {
  const text = await readIfExists(join(entryDir(dir, id), MANIFEST));
  return text && JSON.parse(text.toString("utf8"));
}
async function readBackedUpFile(dir, id, path) {
  return readIfExists(join(entryDir(dir, id), "files", ...path.split("/")));
}
async function applyChange(dir, writes, options) {
  const isState = (write) => write.path === STATE_PATH;
  const ordered = [...writes.filter((write) => !isState(write)), ...writes.filter(isState)];
  const id = await nextEntryId(dir, options.command);
  const journal = { version: JOURNAL_VERSION, entry: id, command: options.command, startedAt: (/* @__PURE__ */ new Date()).toISOString() };
  await writeFileAtomic(absolute(dir, JOURNAL_FILE), JSON.stringify(journal, null, 2) + "\n");
  const manifest = {
    version: JOURNAL_VERSION,
    id,
    kind: options.kind ?? "change",
    command: options.command,
    summary: options.summary,
    createdAt: journal.startedAt,
    ...options.undoes ? { undoes: options.undoes } : {},
    files: []
  };
  for (const write of ordered) {
    const target = absolute(dir, write.path);
    const before = await readIfExists(target);
    if (before) await writeFileAtomic(join(entryDir(dir, id), "files", ...write.path.split("/")), before);
    manifest.files.push({
      path: write.path,
      existed: before !== void 0,
      ...before ? { mode: (await fs.stat(target)).mode & 4095 } : {},
      after: write.content && sha256(write.content)
    });
  }
  await writeFileAtomic(join(entryDir(dir, id), MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
  for (const [index, write] of ordered.entries()) {
    await putFile(dir, write.path, write.content, write.mode ?? manifest.files[index].mode);
    await options.afterStep?.(index + 1, write.path);
  }
  await fs.rm(absolute(dir, JOURNAL_FILE), { recursive: true, force: true });
  await pruneEntries(dir);
  return manifest;
}
async function pruneEntries(dir) {
  const ids = await listEntryIds(dir);
  for (const id of ids.slice(0, Math.max(0, ids.length - KEEP_ENTRIES))) await discardEntry(dir, id);
}
async function discardEntry(dir, id) {
  const doomed = join(absolute(dir, BACKUPS_DIR), `.discard-${id}-${randomBytes(3).toString("hex")}`);
  await fs.rename(entryDir(dir, id), doomed);
  await fs.rm(doomed, { recursive: true, force: true });
}
async function recoverInterruptedChange(dir) {
  const journalPath = absolute(dir, JOURNAL_FILE);
  const text = await readIfExists(journalPath);
  const root = absolute(dir, BACKUPS_DIR);
  if (existsSync(root)) {
    for (const name of await fs.readdir(root)) if (name.startsWith(".discard-")) await fs.rm(join(root, name), { recursive: true, force: true });
  }
  if (!text) return void 0;
  let journal;
  try {
    journal = JSON.parse(text.toString("utf8"));
  } catch {
    throw new UserError(`${JOURNAL_FILE} is damaged, so an interrupted change cannot be recovered: your earlier files are in ${BACKUPS_DIR}/; delete the journal once you have checked them.`);
  }
  const manifest = await readManifest(dir, journal.entry);
  const what = `an interrupted \`flash-login ${journal.command}\``;
  if (!manifest) {
    if (existsSync(entryDir(dir, journal.entry))) await discardEntry(dir, journal.entry);
    await fs.rm(journalPath, { recursive: true, force: true });
    return `${what} had not changed any file yet; cleaned up.`;
  }
  const current = /* @__PURE__ */ new Map();
  for (const file of manifest.files) current.set(file.path, await readIfExists(absolute(dir, file.path)));
  const done = manifest.files.every((file) => {
    const now = current.get(file.path);
    return file.after === null ? now === void 0 : now !== void 0 && sha256(now) === file.after;
  });
  if (done) {
    await fs.rm(journalPath, { recursive: true, force: true });
    return `${what} (${manifest.summary}) had written every file; completed it.`;
  }
  const rescued = [];
  for (const file of manifest.files) {
    const now = current.get(file.path);
    const before = file.existed ? await readBackedUpFile(dir, manifest.id, file.path) : void 0;
    const untouched = now === void 0 ? !file.existed : before?.equals(now) ?? false;
    const written = file.after !== null && now !== void 0 && sha256(now) === file.after;
    if (now && !untouched && !written) {
      await writeFileAtomic(join(absolute(dir, RESCUED_DIR), manifest.id, ...file.path.split("/")), now);
      rescued.push(file.path);
    }
    if (!untouched) await putFile(dir, file.path, before ?? null, file.mode);
  }
  await discardEntry(dir, manifest.id);
  await fs.rm(journalPath, { recursive: true, force: true });
  const saved = rescued.length ? ` Your later edits to ${rescued.join(", ")} are saved in ${RESCUED_DIR}/${manifest.id}/.` : "";
  return `${what} (${manifest.summary}) was cut short; rolled the project back to how it was before it.${saved}`;
}
async function recoverAndReport(dir) {
  const recovered = await recoverInterruptedChange(dir);
  if (recovered) console.error(kleur_default.yellow(`! ${recovered}`));
}
async function latestUndoableChange(dir) {
  const manifests = [];
  for (const id of await listEntryIds(dir)) {
    const manifest = await readManifest(dir, id);
    if (manifest) manifests.push(manifest);
  }
  const undone = new Set(manifests.map((manifest) => manifest.undoes).filter(Boolean));
  return manifests.filter((manifest) => manifest.kind === "change" && !undone.has(manifest.id)).pop();
}
async function undoChange(dir, entry, afterStep) {
  const writes = [];
  const editedSince = [];
  for (const file of entry.files) {
    const now = await readIfExists(absolute(dir, file.path));
    const asWritten = file.after === null ? now === void 0 : now !== void 0 && sha256(now) === file.after;
    if (!asWritten && now !== void 0 && file.path !== STATE_PATH) editedSince.push(file.path);
    const before = file.existed ? await readBackedUpFile(dir, entry.id, file.path) : void 0;
    if (file.existed && !before) throw new UserError(`the backup ${BACKUPS_DIR}/${entry.id} lacks ${file.path}, so it cannot be undone safely.`);
    writes.push({ path: file.path, content: before ?? null, ...file.mode !== void 0 ? { mode: file.mode } : {} });
  }
  const saved = await applyChange(dir, writes, {
    command: "undo",
    summary: `undo of ${entry.command} (${entry.summary})`,
    kind: "undo",
    undoes: entry.id,
    ...afterStep ? { afterStep } : {}
  });
  return { undone: entry, saved, editedSince };
}

export {
  JOURNAL_FILE,
  BACKUPS_DIR,
  stateWrite,
  readManifest,
  readBackedUpFile,
  applyChange,
  recoverInterruptedChange,
  recoverAndReport,
  latestUndoableChange,
  undoChange
};
