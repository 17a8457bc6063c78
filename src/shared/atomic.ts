import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Write a file so that a reader sees the old content or the new, never half of it:
 * write a temporary file, then rename over the target. The temporary file goes in `tempDir`
 * (on the same file system) when given, so none is ever left beside a learner's file. */
export async function writeFileAtomic(path: string, data: string | Buffer, tempDir?: string): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  if (tempDir) await fs.mkdir(tempDir, { recursive: true });
  const temporary = join(tempDir ?? dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
