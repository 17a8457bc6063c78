import fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary names this process has used: with the pid, unique among running commands. */
let temporaryCount = 0;

/** Write data to a new temporary file in `folder`, created exclusively ('wx'): never through a link
 * planted at its name, never over another file (a name left by an earlier process is skipped). */
async function writeTemporary(folder: string, name: string, data: string | Buffer): Promise<string> {
  for (;;) {
    const temporary = join(folder, `.${name}.${process.pid}-${++temporaryCount}.tmp`);
    try {
      await fs.writeFile(temporary, data, { flag: 'wx' });
      return temporary;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      await fs.rm(temporary, { force: true });
      throw error;
    }
  }
}

/** Write a file so that a reader sees the old content or the new, never half of it:
 * write a temporary file, then rename over the target. The temporary file goes in `tempDir`
 * (on the same file system) when given, so none is ever left beside a learner's file. */
export async function writeFileAtomic(path: string, data: string | Buffer, tempDir?: string): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  if (tempDir) await fs.mkdir(tempDir, { recursive: true });
  const temporary = await writeTemporary(tempDir ?? dirname(path), basename(path), data);
  try {
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
