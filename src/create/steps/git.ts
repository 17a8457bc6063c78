import { execa } from 'execa';
import kleur from 'kleur';
import type { CreateContext } from '../context.js';

/** Used only when git has no identity configured (a fresh machine), so a commit never fails for that. */
const FALLBACK_IDENTITY = { name: 'create-flash-login', email: 'create-flash-login@localhost' };

export async function gitIdentityEnv(cwd: string): Promise<Record<string, string>> {
  const configured = async (key: string) =>
    (await execa('git', ['config', key], { cwd, reject: false, stdin: 'ignore' })).stdout.trim() !== '';
  const env: Record<string, string> = {};
  if (!(await configured('user.name'))) Object.assign(env, { GIT_AUTHOR_NAME: FALLBACK_IDENTITY.name, GIT_COMMITTER_NAME: FALLBACK_IDENTITY.name });
  if (!(await configured('user.email')))
    Object.assign(env, { GIT_AUTHOR_EMAIL: FALLBACK_IDENTITY.email, GIT_COMMITTER_EMAIL: FALLBACK_IDENTITY.email });
  return env;
}

/** Commit everything and tag it lesson-N, so `git diff lesson-1 lesson-2` shows what a lesson changed. */
export async function commitLesson(cwd: string, lesson: number, title: string): Promise<void> {
  const env = await gitIdentityEnv(cwd);
  const git = (args: string[]) => execa('git', args, { cwd, env, stdin: 'ignore' });
  await git(['add', '-A']);
  await git(['commit', '-q', '--allow-empty', '-m', title]);
  await git(['tag', '-f', `lesson-${lesson}`]);
}

export async function initGit(ctx: CreateContext, title: string): Promise<void> {
  if (!ctx.git) return;
  const version = await execa('git', ['--version'], { reject: false, stdin: 'ignore' });
  if (version.failed) {
    ctx.log(kleur.yellow('! git is not installed, so no repository was made (install git and run `git init` later).'));
    return;
  }
  const inside = await execa('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ctx.targetDir, reject: false, stdin: 'ignore' });
  if (inside.stdout.trim() === 'true') {
    ctx.log('The folder is already inside a git repository, so no new one was made.');
    return;
  }
  await execa('git', ['init', '-q'], { cwd: ctx.targetDir, stdin: 'ignore' });
  await commitLesson(ctx.targetDir, ctx.lesson, title);
  ctx.log(`Made a git repository, committed and tagged lesson-${ctx.lesson}.`);
}
