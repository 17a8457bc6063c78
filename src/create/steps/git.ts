import { run } from '../../engine/spawn.js';
import kleur from 'kleur';
import type { CreateContext } from '../context.js';

/** Used only when git has no identity configured (a fresh machine), so a commit never fails for that. */
const FALLBACK_IDENTITY = { name: 'create-flash-login', email: 'create-flash-login@localhost' };

export async function gitIdentityEnv(cwd: string): Promise<Record<string, string>> {
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
  if (!configured.has('user.name')) Object.assign(env, { GIT_AUTHOR_NAME: FALLBACK_IDENTITY.name, GIT_COMMITTER_NAME: FALLBACK_IDENTITY.name });
  if (!configured.has('user.email'))
    Object.assign(env, { GIT_AUTHOR_EMAIL: FALLBACK_IDENTITY.email, GIT_COMMITTER_EMAIL: FALLBACK_IDENTITY.email });
  return env;
}

/** Commit everything and tag it lesson-N, so `git diff lesson-1 lesson-2` shows what a lesson changed. */
export async function commitLesson(cwd: string, lesson: number, title: string): Promise<void> {
  // Staging needs no identity, so it runs while the identity is looked up.
  const [env] = await Promise.all([gitIdentityEnv(cwd), run('git', ['add', '-A'], { cwd })]);
  const git = (args: string[]) => run('git', args, { cwd, env });
  await git(['commit', '-q', '--allow-empty', '-m', title]);
  await git(['tag', '-f', `lesson-${lesson}`]);
}

export async function initGit(ctx: CreateContext, title: string): Promise<void> {
  if (!ctx.git) return;
  const inside = await run('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ctx.targetDir, reject: false });
  if (inside.code === 'ENOENT') {
    ctx.log(kleur.yellow('! git is not installed, so no repository was made (install git and run `git init` later).'));
    return;
  }
  if (inside.stdout.trim() === 'true') {
    ctx.log('The folder is already inside a git repository, so no new one was made.');
    return;
  }
  await run('git', ['init', '-q'], { cwd: ctx.targetDir });
  await commitLesson(ctx.targetDir, ctx.lesson, title);
  ctx.log(`Made a git repository, committed and tagged lesson-${ctx.lesson}.`);
}
