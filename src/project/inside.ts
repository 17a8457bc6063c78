// Writes into the learner's project that cannot leave it. Every path is resolved, symlinks
// included, and refused when it leads outside the project; a file that is a symlink (to a
// file inside) is written through, so it stays a symlink. Temporary files go to
// .flash-login/tmp/, never beside the learner's files.
import fs from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { writeFileAtomic } from '../shared/atomic.js';
import { UserError } from '../shared/errors.js';
import { TEMP_DIR } from './state.js';

const text = catalog({
  en: {
    outside: (link: string, target: string, path: string, folder: boolean) =>
      `${link} is a symlink to ${target}, outside the project, so flash-login will not write ${path} through it: ` +
      `replace the link with a real ${folder ? 'folder' : 'file'} (a copy of what it points to), then run this again.`,
  },
  'zh-CN': {
    outside: (link, target, path, folder) =>
      `${link} 是指向项目之外 ${target} 的符号链接，所以 flash-login 不会通过它写入 ${path}：` +
      `请把这个链接换成真正的${folder ? '文件夹' : '文件'}（它所指内容的副本），然后再运行一次。`,
  },
});

const within = (root: string, path: string) => {
  const below = relative(root, path);
  return below === '' || (!below.startsWith('..') && !isAbsolute(below));
};

/** Where a link points, as an absolute path: its real path when the target exists. */
async function followLink(link: string): Promise<string> {
  try {
    return await fs.realpath(link);
  } catch {
    return resolve(dirname(link), await fs.readlink(link)); // a dangling link: where it would create its target
  }
}

/**
 * The absolute path a write of `path` (relative, forward slashes) really reaches: each folder on
 * the way and the file itself are followed when they are symlinks. Throws a UserError, before
 * anything is written, when that is outside the project.
 */
export async function resolveInside(root: string, path: string): Promise<string> {
  const realRoot = await fs.realpath(root);
  let current = realRoot;
  const parts = path.split('/').filter(Boolean);
  for (const [index, part] of parts.entries()) {
    let next = join(current, part);
    const stats = await fs.lstat(next).catch(() => undefined);
    if (stats?.isSymbolicLink()) next = await followLink(next);
    if (!within(realRoot, next)) {
      const shown = parts.slice(0, index + 1).join('/');
      throw new UserError(text().outside(shown, next, path, index < parts.length - 1));
    }
    if (!stats) return join(next, ...parts.slice(index + 1)); // the rest does not exist yet: it is made inside
    current = next;
  }
  return current;
}

/** Write one file of the project atomically, through a symlink that stays inside it. */
export async function writeInside(root: string, path: string, content: Buffer | string, mode?: number): Promise<void> {
  const target = await resolveInside(root, path);
  await writeFileAtomic(target, content, join(root, TEMP_DIR));
  if (mode !== undefined) await fs.chmod(target, mode);
}

/** Delete one file of the project: a symlink is removed itself, never what it points to. */
export async function removeInside(root: string, path: string): Promise<void> {
  const parts = path.split('/').filter(Boolean);
  const folder = parts.length > 1 ? await resolveInside(root, parts.slice(0, -1).join('/')) : await fs.realpath(root);
  await fs.rm(join(folder, parts[parts.length - 1]!), { recursive: true, force: true });
}
