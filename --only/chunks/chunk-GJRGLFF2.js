import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  RunError,
  run
} from "./chunk-XAJHGC3A.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";

// src/create/steps/git.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
var FALLBACK_IDENTITY = { name: "create-flash-login", email: "create-flash-login@localhost" };
async function gitIdentityEnv(cwd) {
  const found = await run("git", ["config", "--get-regexp", "^user\\.(name|email)$"], { cwd, reject: false });
  const configured = new Set(
    found.stdout.split("\n").map((line) => /^(\S+)\s+(.*)$/.exec(line.trim())).filter((match) => match && match[2].trim() !== "").map((match) => match[1].toLowerCase())
  );
  const env = {};
  if (!configured.has("user.name")) Object.assign(env, { GIT_AUTHOR_NAME: FALLBACK_IDENTITY.name, GIT_COMMITTER_NAME: FALLBACK_IDENTITY.name });
  if (!configured.has("user.email"))
    Object.assign(env, { GIT_AUTHOR_EMAIL: FALLBACK_IDENTITY.email, GIT_COMMITTER_EMAIL: FALLBACK_IDENTITY.email });
  return env;
}
async function commitLesson(cwd, lesson, title, identity = gitIdentityEnv(cwd)) {
  const [env] = await Promise.all([identity, run("git", ["add", "-A"], { cwd })]);
  const git = (args) => run("git", args, { cwd, env });
  await git(["commit", "-q", "--allow-empty", "-m", title]);
  await git(["tag", "-f", `lesson-${lesson}`]);
}
async function insideWorkTree(dir) {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE || process.env.GIT_CEILING_DIRECTORIES) {
    const inside = await run("git", ["rev-parse", "--is-inside-work-tree"], { cwd: dir, reject: false });
    return inside.code === "ENOENT" ? "no-git" : inside.stdout.trim() === "true";
  }
  for (let folder = dir; ; folder = dirname(folder)) {
    if (existsSync(join(folder, ".git"))) return true;
    if (dirname(folder) === folder) return false;
  }
}
async function initRepository(dir) {
  const inside = await insideWorkTree(dir);
  if (inside !== false) return inside === true ? "inside" : "no-git";
  const made = await run("git", ["init", "-q"], { cwd: dir, reject: false });
  if (made.code === "ENOENT") return "no-git";
  if (made.failed) throw new RunError(made);
  return "made";
}
async function commitScaffold(ctx, repository, title) {
  if (repository === "no-git") ctx.log(kleur_default.yellow("! git is not installed, so no repository was made (install git and run `git init` later)."));
  else if (repository === "inside") ctx.log("The folder is already inside a git repository, so no new one was made.");
  else {
    await commitLesson(ctx.targetDir, ctx.lesson, title);
    ctx.log(`Made a git repository, committed and tagged lesson-${ctx.lesson}.`);
  }
}

export {
  gitIdentityEnv,
  commitLesson,
  initRepository,
  commitScaffold
};
