import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Write a file so that a reader sees the old content or the new, never half of it:
 * write a temporary file beside it, then rename over the target. */
export async function writeFileAtomic(path: string, data: string | Buffer): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
