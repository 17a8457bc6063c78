// How verify holds in code it does not trust (grade's submissions): the command Python runs
// under, the user it runs as, a clean environment, and a cap on what it prints.
import { lchown, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface AppConfinement {
  /** Put before Python's command line: prlimit with the limits (and later the sandbox). */
  wrapper: string[];
  /** The user and group the app runs as (only root can switch). */
  uid?: number;
  gid?: number;
  /** The environment the app starts from, instead of ours (which may hold a teacher's secrets). */
  env: Record<string, string>;
  /** Told of each Python process started: it leads its own process group, to be watched and stopped. */
  started(pid: number): void;
  /** Told of each chunk the app prints; false once over its output limit (the chunk is then dropped). */
  printed(bytes: number): boolean;
}

/** Give a folder and everything in it to a user, links themselves and not what they point at. */
export async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await lchown(path, uid, gid);
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) await chownTree(child, uid, gid);
    else await lchown(child, uid, gid);
  }
}
