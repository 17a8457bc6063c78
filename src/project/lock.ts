// One command at a time: every command that writes a project's files, state or git takes
// .flash-login/lock first. A second command waits briefly, then says which command holds it.
// A lock whose process is gone (killed outright) is taken over; the lock is also the moment
// to clear what an interrupted command left in .flash-login/tmp/, since nobody else writes there.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import { join } from 'node:path';
import { catalog } from '../i18n/i18n.js';
import { ReadOnlyProjectError, UserError } from '../shared/errors.js';
import { pidExists } from '../shared/spawn.js';
import { openProject, type Project } from './project.js';
import { type ProjectState, readState, STATE_DIR, TEMP_DIR, writeState } from './state.js';

const text = catalog({
  en: {
    holder: (command: string, pid: number, seconds: number) => `\`flash-login ${command}\` (pid ${pid}, started ${seconds} s ago)`,
    someone: 'another flash-login command',
    busy: (holder: string, lockFile: string) =>
      `${holder} is changing this project: wait for it to finish, then run this again (if no such command is running, delete ${lockFile}).`,
  },
  'zh-CN': {
    holder: (command, pid, seconds) => `\`flash-login ${command}\`（pid ${pid}，${seconds} 秒前开始）`,
    someone: '另一个 flash-login 命令',
    busy: (holder, lockFile) => `${holder} 正在修改这个项目：请等它结束后再运行一次（如果并没有这样的命令在运行，请删除 ${lockFile}）。`,
  },
});

export const LOCK_FILE = `${STATE_DIR}/lock`;
/** How long a second command waits for the first before giving up and naming it. */
const DEFAULT_WAIT_MS = 5_000;
const POLL_MS = 25;

interface Holder {
  pid: number;
  /** The process's start time (/proc stat field 22), so a reused pid is not taken for the holder. */
  since?: string;
  command: string;
  startedAt: string;
  token: string;
}

export type Release = () => Promise<void>;

/** Locks this process holds, by project folder: a command that holds one may call code that asks again. */
const held = new Map<string, { depth: number; token: string }>();

function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(holder: Holder): boolean {
  if (!pidExists(holder.pid)) return false;
  const since = startTimeOf(holder.pid);
  return holder.since === undefined || since === undefined || since === holder.since;
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8')) as Holder;
  } catch {
    return undefined; // gone, or being written this very moment
  }
}

function waitMs(): number {
  const fromEnv = Number(process.env.FLASH_LOGIN_LOCK_WAIT_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_WAIT_MS;
}

function describe(holder: Holder): string {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(holder.startedAt)) / 1000));
  return text().holder(holder.command, holder.pid, seconds);
}

/**
 * Take the project's lock for `command`, waiting up to a few seconds for another command to
 * finish. Resolves with the function that releases it. Throws a UserError naming the holder.
 */
async function lockProject(dir: string, command: string): Promise<Release> {
  const mine = held.get(dir);
  if (mine) {
    mine.depth += 1;
    return async () => void (mine.depth -= 1);
  }
  const path = join(dir, LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  const me: Holder = { pid: process.pid, command, startedAt: new Date().toISOString(), token };
  const since = startTimeOf(process.pid);
  if (since) me.since = since;
  try {
    await fs.mkdir(join(dir, STATE_DIR), { recursive: true });
    await fs.access(join(dir, STATE_DIR), fsConstants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new ReadOnlyProjectError(
        `cannot ${command}: ${dir} is read-only for you (${code === 'EROFS' ? 'a read-only file system' : 'permission denied'}), so nothing was changed; ` +
          'run flash-login as the user who owns it, or copy the project somewhere you can write and work there.',
      );
    throw error;
  }
  const deadline = Date.now() + waitMs();
  let unreadableSince: number | undefined;
  for (;;) {
    try {
      await fs.writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(path);
    if (holder === undefined) unreadableSince ??= Date.now();
    // A holder that is gone left its lock behind (SIGKILL); an unreadable lock that stays so is damaged.
    if ((holder && !isRunning(holder)) || (holder === undefined && Date.now() - unreadableSince! > 1_000)) {
      await takeOver(path, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new UserError(text().busy(holder ? describe(holder) : text().someone, LOCK_FILE));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  held.set(dir, { depth: 1, token });
  // SIGINT or an uncaught error ends the process without our finally blocks; its exit still runs this.
  const onExit = () => {
    try {
      if (readFileSync(path, 'utf8').includes(token)) unlinkSync(path);
    } catch {
      // gone already
    }
  };
  process.on('exit', onExit);
  await fs.rm(join(dir, TEMP_DIR), { recursive: true, force: true }); // what an interrupted command left
  return async () => {
    const entry = held.get(dir);
    if (!entry || entry.token !== token) return;
    if ((entry.depth -= 1) > 0) return;
    held.delete(dir);
    process.removeListener('exit', onExit);
    onExit();
  };
}

/**
 * Remove a dead holder's lock, and only that one: move it aside first, and if what was moved
 * is not the lock we judged (another command took it over meanwhile), put that one back.
 */
async function takeOver(path: string, judged: Holder | undefined): Promise<void> {
  const aside = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = await readHolder(aside);
  if (judged && moved && moved.token !== judged.token) await fs.link(aside, path).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

/** Run fn holding the project's lock. */
export async function withProjectLock<T>(dir: string, command: string, fn: () => Promise<T>): Promise<T> {
  const release = await lockProject(dir, command);
  try {
    return await fn();
  } finally {
    await release();
  }
}

/**
 * openProject() for a command that writes: the project's lock is taken first and the state
 * read after it, so a command never acts on (or writes back) a state another command replaced.
 */
export async function openLockedProject(dirOption: string | undefined, command: string): Promise<{ project: Project; release: Release }> {
  const located = await openProject(dirOption);
  const release = await lockProject(located.dir, command);
  try {
    return { project: await openProject(located.dir), release };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * Change the state file as it is now, not as it was read at the start of a long command
 * (verify runs for seconds, and next-lesson may move the lesson meanwhile): under the lock,
 * read it afresh and write what `change` makes of it; undefined from `change` writes nothing.
 */
export async function updateState(dir: string, command: string, change: (state: ProjectState) => ProjectState | undefined): Promise<void> {
  await withProjectLock(dir, command, async () => {
    const state = await readState(dir);
    const next = state && change(state);
    if (next) await writeState(dir, next);
  });
}
