// One temporary root for the whole run: every folder a test makes, and every temporary file the
// CLI, git, pip or Python make on its behalf, goes under it (TMPDIR), and teardown removes it.
// So a run leaves nothing in /tmp, however a test ends. /dev/shm (verify's staging parent on
// Linux) cannot be redirected that way: teardown names whatever new verify folder is left there.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SHM = '/dev/shm';
const listShm = () => {
  try {
    return readdirSync(SHM);
  } catch {
    return [];
  }
};

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'flash-login-tests-'));
  process.env.TMPDIR = root; // test workers start after this, and inherit it
  const shmBefore = new Set(listShm());
  return () => {
    rmSync(root, { recursive: true, force: true });
    const left = listShm().filter((name) => !shmBefore.has(name) && name.startsWith('flash-login-'));
    // Another run on the same machine may own them, so they are named, not removed.
    if (left.length) console.warn(`test run: ${left.length} new folder(s) left in ${SHM}: ${left.join(', ')}`);
  };
}
