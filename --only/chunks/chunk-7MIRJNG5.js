import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  STATE_FILE
} from "./chunk-4JFHORTE.js";

// src/engine/project-files.ts
import fs from "node:fs/promises";
import { existsSync } from "node:fs";
import { join, sep } from "node:path";
var IGNORED_FOLDERS = /* @__PURE__ */ new Set([".git", ".venv", "venv", ".flash-login", "node_modules", "instance", "__pycache__"]);
var IGNORED_FILE = /(\.(db|sqlite3?|pyc|swp|swx)|~)$|^\.#|^4913$/i;
function isIgnoredPath(relativePath) {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  if (parts.some((part) => IGNORED_FOLDERS.has(part))) return true;
  const name = parts[parts.length - 1] ?? "";
  return IGNORED_FILE.test(name);
}
async function walkProject(projectDir) {
  const tree = { folders: [], files: [] };
  const visit = async (relative) => {
    const absolute = join(projectDir, relative);
    if (relative !== "" && existsSync(join(absolute, "pyvenv.cfg"))) return;
    tree.folders.push(relative);
    let entries;
    try {
      entries = await fs.readdir(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
      const path = relative === "" ? entry.name : relative + sep + entry.name;
      if (isIgnoredPath(path)) continue;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile()) {
        const stats = await fs.stat(join(projectDir, path)).catch(() => void 0);
        if (stats) tree.files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
      }
    }
  };
  await visit("");
  return tree;
}
function isProjectFolder(dir) {
  return existsSync(join(dir, "app.py")) || existsSync(join(dir, STATE_FILE));
}

export {
  isIgnoredPath,
  walkProject,
  isProjectFolder
};
