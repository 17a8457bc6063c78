import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { join, sep } from 'node:path';
import { STATE_FILE } from './state.js';

/** Folders that hold tooling, data or caches rather than the learner's code. */
const IGNORED_FOLDERS = new Set(['.git', '.venv', 'venv', '.flash-login', 'node_modules', 'instance', '__pycache__']);
/** Databases, bytecode and editor scratch files (vim's swap files and its 4913 probe, emacs backups). */
const IGNORED_FILE = /(\.(db|sqlite3?|pyc|swp|swx)|~)$|^\.#|^4913$/i;

/** Whether a path inside the project (relative, any separator) is tooling or data rather than code. */
export function isIgnoredPath(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  if (parts.some((part) => IGNORED_FOLDERS.has(part))) return true;
  const name = parts[parts.length - 1] ?? '';
  return IGNORED_FILE.test(name);
}

export interface ProjectFile {
  /** Relative to the project, with the platform's separator. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ProjectTree {
  /** Folders holding the learner's code, relative ('' is the project itself). */
  folders: string[];
  files: ProjectFile[];
}

/** Order by UTF-16 code unit: stable everywhere, and unlike localeCompare it needs no ICU collator at start-up. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Walk the learner's files, skipping tooling, data and any virtualenv (whatever its name: it holds pyvenv.cfg). */
export async function walkProject(projectDir: string): Promise<ProjectTree> {
  const tree: ProjectTree = { folders: [], files: [] };
  const visit = async (relative: string): Promise<void> => {
    const absolute = join(projectDir, relative);
    if (relative !== '' && existsSync(join(absolute, 'pyvenv.cfg'))) return;
    tree.folders.push(relative);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(absolute, { withFileTypes: true });
    } catch {
      return; // removed while we looked, or unreadable: not the learner's code to check
    }
    for (const entry of entries.sort((a, b) => byCodeUnit(a.name, b.name))) {
      const path = relative === '' ? entry.name : relative + sep + entry.name;
      if (isIgnoredPath(path)) continue;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) {
        const stats = await fs.stat(join(projectDir, path)).catch(() => undefined);
        if (stats) tree.files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
      }
    }
  };
  await visit('');
  return tree;
}

/** A folder is a project when it has an app.py or a state file, as openProject() decides. */
export function isProjectFolder(dir: string): boolean {
  return existsSync(join(dir, 'app.py')) || existsSync(join(dir, STATE_FILE));
}

/** path -> a digest of its content, so "changed" means different bytes, not a newer modification time. */
export type Fingerprints = Record<string, string>;

/** The learner's files, each by the digest of its content (a file that cannot be read is left out). */
export async function fingerprintProject(projectDir: string, files?: ProjectFile[]): Promise<Fingerprints> {
  const listed = files ?? (await walkProject(projectDir)).files;
  const digests = await Promise.all(
    listed.map(async (file) => {
      const content = await fs.readFile(join(projectDir, file.path)).catch(() => undefined);
      return content ? ([file.path, createHash('sha1').update(content).digest('hex').slice(0, 16)] as const) : undefined;
    }),
  );
  return Object.fromEntries(digests.filter((entry) => entry !== undefined));
}

/** The files whose content differs from `before`: changed, added or removed, in path order. */
export function changedFiles(before: Fingerprints, now: Fingerprints): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...paths].filter((path) => before[path] !== now[path]).sort(byCodeUnit);
}
