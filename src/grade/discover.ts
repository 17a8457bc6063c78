// Which submissions the teacher named: folders, .zip files, or a folder that holds them.
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { LESSON_FILE } from '../project/lesson-file.js';
import { STATE_DIR } from '../project/state.js';
import { UserError } from '../shared/errors.js';

const discoverText = catalog({
  en: {
    missing: (arg: string) => `${arg} does not exist: name submission folders, .zip files, or a folder that holds them.`,
    notZip: (arg: string) =>
      `${arg} is neither a folder nor a .zip file: name submission folders, .zip files, or a folder that holds them.`,
    empty: (arg: string) => `${arg} holds no app.py, no folders and no .zip files: name the submissions to grade.`,
  },
  'zh-CN': {
    missing: (arg) => `${arg} 不存在：请给出提交的文件夹、.zip 文件，或装着它们的文件夹。`,
    notZip: (arg) => `${arg} 既不是文件夹也不是 .zip 文件：请给出提交的文件夹、.zip 文件，或装着它们的文件夹。`,
    empty: (arg) => `${arg} 里没有 app.py、没有文件夹也没有 .zip 文件：请给出要批改的提交。`,
  },
});

export interface Submission {
  /** The student, as the reports name them: the folder's or the zip's name. */
  name: string;
  path: string;
  kind: 'folder' | 'zip';
}

/** A folder that is one project (not a folder of them): it has an app.py or a flash-login file. */
function isProject(dir: string): boolean {
  return [join(dir, 'app.py'), join(dir, STATE_DIR), join(dir, LESSON_FILE)].some((path) => existsSync(path));
}

const isZip = (name: string) => /\.zip$/i.test(name);

export async function discoverSubmissions(args: string[]): Promise<Submission[]> {
  const found: Submission[] = [];
  for (const arg of args) {
    const path = resolve(arg);
    const stats = await stat(path).catch(() => undefined);
    if (!stats) throw new UserError(discoverText().missing(arg));
    if (stats.isFile()) {
      if (!isZip(path)) throw new UserError(discoverText().notZip(arg));
      found.push({ name: basename(path).replace(/\.zip$/i, ''), path, kind: 'zip' });
    } else if (isProject(path)) found.push({ name: basename(path), path, kind: 'folder' });
    else {
      // A folder of submissions: each folder and .zip in it is one (hidden entries are not).
      const entries = (await readdir(path, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
      const inside = entries
        .filter((entry) => entry.isDirectory() || (entry.isFile() && isZip(entry.name)))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map(
          (entry): Submission => ({
            name: entry.isDirectory() ? entry.name : entry.name.replace(/\.zip$/i, ''),
            path: join(path, entry.name),
            kind: entry.isDirectory() ? 'folder' : 'zip',
          }),
        );
      if (inside.length === 0) throw new UserError(discoverText().empty(arg));
      found.push(...inside);
    }
  }
  // Two students with one name (alice/ and alice.zip) stay two rows.
  const seen = new Map<string, number>();
  return found.map((submission) => {
    const count = (seen.get(submission.name) ?? 0) + 1;
    seen.set(submission.name, count);
    return count === 1 ? submission : { ...submission, name: `${submission.name} (${count})` };
  });
}
