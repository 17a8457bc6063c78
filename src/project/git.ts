// The git a project's lessons are kept in: the scaffolder's repository. Each tag says what it holds:
// `lesson-N-start`, what the tool wrote for lesson N (the scaffold, or what a next-lesson or goto
// added); `lesson-N`, the learner's lesson N as a verify passed it. A repository is the scaffolder's
// when it has such a tag (projects made before, which tagged every lesson `lesson-N`, included).
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RunError, run } from '../shared/spawn.js';

/** Used only when git has no identity configured (a fresh machine), so a commit never fails for that. */
const FALLBACK_IDENTITY = { name: 'create-flash-login', email: 'create-flash-login@localhost' };

/** The identity looked up per folder, for this command's lifetime: a move commits up to twice, each with it. */
const identities = new Map<string, Promise<Record<string, string>>>();

/** The environment a commit in `cwd` needs: git's own identity, or the fallback where it has none. */
export function gitIdentityEnv(cwd: string): Promise<Record<string, string>> {
  let identity = identities.get(cwd);
  if (!identity) identities.set(cwd, (identity = lookUpIdentity(cwd)));
  return identity;
}

async function lookUpIdentity(cwd: string): Promise<Record<string, string>> {
  // One git run for both keys: `--get-regexp` prints "user.name Ada" and "user.email ada@example.com" lines.
  const found = await run('git', ['config', '--get-regexp', '^user\\.(name|email)$'], { cwd, reject: false });
  const configured = new Set(
    found.stdout
      .split('\n')
      .map((line) => /^(\S+)\s+(.*)$/.exec(line.trim()))
      .filter((match) => match && match[2]!.trim() !== '')
      .map((match) => match![1]!.toLowerCase()),
  );
  const env: Record<string, string> = {};
  if (!configured.has('user.name'))
    Object.assign(env, { GIT_AUTHOR_NAME: FALLBACK_IDENTITY.name, GIT_COMMITTER_NAME: FALLBACK_IDENTITY.name });
  if (!configured.has('user.email'))
    Object.assign(env, { GIT_AUTHOR_EMAIL: FALLBACK_IDENTITY.email, GIT_COMMITTER_EMAIL: FALLBACK_IDENTITY.email });
  return env;
}

/** The tag of what the tool wrote for lesson N. */
export const startTag = (lesson: number) => `lesson-${lesson}-start`;
/** The tag of the learner's lesson N, once a verify passed it. */
export const passedTag = (lesson: number) => `lesson-${lesson}`;

/**
 * Commit and tag it (`lesson-N-start` or `lesson-N`), so `git diff lesson-1 lesson-2-start` shows what a lesson added.
 * `identity` is gitIdentityEnv(cwd), when the caller started it early. Returns the staged files over 1 MB
 * for a lesson step (`lessonFiles` given), whose caller warns of them; other commits look for none (one git run fewer).
 */
export async function commitLesson(
  cwd: string,
  tag: string,
  title: string,
  identity = gitIdentityEnv(cwd),
  lessonFiles?: string[],
): Promise<string[]> {
  // With lessonFiles (a lesson step), only those and what the learner already tracks are committed (`commit -a`
  // takes the tracked files' changes, as `add -u` would): never a stray file left in the folder. `git add`
  // honours .gitignore. Staging needs no identity, so it runs while the identity is looked up.
  const stage = lessonFiles
    ? run('git', ['add', '--ignore-errors', '--', ...lessonFiles.filter((path) => existsSync(join(cwd, path)))], { cwd, reject: false })
    : run('git', ['add', '-A'], { cwd });
  const [env] = await Promise.all([identity, stage]);
  const git = (args: string[]) => run('git', args, { cwd, env });
  const large = lessonFiles ? await filesOver(cwd, LARGE_FILE_BYTES) : [];
  // No `git maintenance run --auto` after our commit: one process fewer, and a repository this small never needs it.
  await git(['-c', 'maintenance.auto=false', 'commit', '-q', ...(lessonFiles ? ['-a'] : []), '--allow-empty', '-m', title]);
  await git(['tag', '-f', tag]);
  tagged(cwd, tag);
  return large;
}

/** Git keeps every version of a file forever: a big one (a database, a download) is worth a warning. */
const LARGE_FILE_BYTES = 1_000_000;

/** The files `commit -a` is about to take (staged, or tracked and changed) that are bigger than `bytes`. */
async function filesOver(cwd: string, bytes: number): Promise<string[]> {
  const staged = await run('git', ['diff', 'HEAD', '--name-only', '-z'], { cwd, reject: false });
  const names = staged.stdout.split('\0').filter(Boolean);
  const sizes = await Promise.all(
    names.map((name) =>
      stat(join(cwd, name)).then(
        (stats) => stats.size,
        () => 0,
      ),
    ),
  );
  return names.filter((_, index) => sizes[index]! > bytes);
}

/** What the repository step found or made: a new repository, someone else's around it, or no git at all. */
export type Repository = 'made' | 'inside' | 'no-git';

/** Whether dir lies in a git work tree: a .git in it or above it, which is where git itself looks. */
async function insideWorkTree(dir: string): Promise<boolean | 'no-git'> {
  // These variables move or limit git's own search; then only git can answer.
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE || process.env.GIT_CEILING_DIRECTORIES) {
    const inside = await run('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, reject: false });
    return inside.code === 'ENOENT' ? 'no-git' : inside.stdout.trim() === 'true';
  }
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return true;
    if (dirname(folder) === folder) return false;
  }
}

/**
 * `git init` in the (existing) target folder, unless it is already inside a repository.
 * The scaffold starts this before writing the files: init is the slowest git step.
 */
export async function initRepository(dir: string): Promise<Repository> {
  const inside = await insideWorkTree(dir);
  if (inside !== false) return inside === true ? 'inside' : 'no-git';
  const made = await run('git', ['init', '-q'], { cwd: dir, reject: false });
  if (made.code === 'ENOENT') return 'no-git';
  if (made.failed) throw new RunError(made);
  return 'made';
}

/**
 * Whether the scaffolder's repository in `dir` has neither tag of lesson N: a lesson change that
 * stopped at conflicts left it uncommitted. One git run, and none without .git.
 */
export async function lessonTagMissing(dir: string, lesson: number): Promise<boolean> {
  const names = await lessonTags(dir);
  return names.length > 0 && !names.includes(passedTag(lesson)) && !names.includes(startTag(lesson));
}

const OUR_TAG = /^lesson-\d+(-start)?$/;

/** The tags read per folder, for this command's lifetime: a move asks several times, and only our own writes change them. */
const tagsRead = new Map<string, Promise<string[]>>();

/** Forget the tags read in `dir`: call after deleting a tag there. */
export function tagsChanged(dir: string): void {
  tagsRead.delete(dir);
}

/** Note a tag this command made or moved in `dir`, so the tags read there stay true without reading them again. */
function tagged(dir: string, tag: string): void {
  const read = tagsRead.get(dir);
  const withTag = (tags: string[]) => (tags.includes(tag) ? tags : [...tags, tag]);
  if (read) tagsRead.set(dir, read.then(withTag));
}

/** The repository's tags the tool makes (`lesson-N-start`, `lesson-N`): none without .git, or where git cannot answer. */
export function lessonTags(dir: string): Promise<string[]> {
  if (!existsSync(join(dir, '.git'))) return Promise.resolve([]);
  let read = tagsRead.get(dir);
  if (!read) {
    read = run('git', ['tag', '--list', 'lesson-*'], { cwd: dir, reject: false }).then((tags) =>
      tags.failed
        ? []
        : tags.stdout
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => OUR_TAG.test(line)),
    );
    tagsRead.set(dir, read);
  }
  return read;
}

/** Tag HEAD (moving the tag if it exists). */
export async function tagHead(dir: string, tag: string): Promise<void> {
  await run('git', ['tag', '-f', tag], { cwd: dir });
  tagged(dir, tag);
}

/** Whether the work tree differs from HEAD (untracked files that are not ignored included). */
export async function workTreeChanged(dir: string): Promise<boolean> {
  const status = await run('git', ['status', '--porcelain'], { cwd: dir, reject: false });
  return status.failed || status.stdout.trim() !== '';
}
