// `flash-login ci github|gitlab`: add CI to an existing project (create-flash-login --ci does it at the start).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import kleur from 'kleur';
import { parseLessonFlag, parseLessonNumber } from '../course/lessons.js';
import { CI_PROVIDERS, chooseInstallSource, ciFiles, parseCiProvider } from '../create/ci-workflow.js';
import { catalog } from '../i18n/i18n.js';
import { applyChange } from '../project/journal.js';
import { openProject } from '../project/project.js';
import { EXIT_OK, UserError } from '../shared/errors.js';
import { VERSION } from '../shared/version.js';

const ciText = catalog({
  en: {
    noLesson: 'this folder has no .flash-login/state.json to say its lesson: pass --lesson N.',
    changed: (workflow: string) =>
      `${workflow} exists and differs from the one flash-login writes: pass --force to replace it (\`flash-login undo\` puts yours back).`,
    written: (workflow: string, lesson: number, version: string) =>
      `${workflow} checks lesson ${lesson} on every push (create-flash-login@${version}).`,
    summary: (provider: string) => `CI for ${provider}`,
    lessonFile: '  .flash-login-lesson holds the lesson for CI; next-lesson, goto and undo keep it in step. Commit both files.',
    pinned: (lesson: number) =>
      `  Lesson ${lesson} is written into the workflow: editing .flash-login-lesson does not change what CI checks (editing the workflow does; \`flash-login grade\` on your machine is the check a student cannot touch).`,
    fromRegistry: (version: string) => `  The workflow installs create-flash-login@${version} from the npm registry.`,
    fromVendor: (path: string) =>
      `  The workflow installs ${path}, a copy of this flash-login committed beside it (this version is not on the npm registry, or --vendor asked for it). Commit it too.`,
  },
  'zh-CN': {
    noLesson: '这个文件夹里没有 .flash-login/state.json 记录它在哪一课：请加上 --lesson N。',
    changed: (workflow) =>
      `${workflow} 已存在，而且和 flash-login 写的不一样：加上 --force 替换它（\`flash-login undo\` 可以恢复你的版本）。`,
    written: (workflow, lesson, version) => `${workflow} 会在每次推送时检查第 ${lesson} 课（create-flash-login@${version}）。`,
    summary: (provider) => `${provider} 的 CI`,
    lessonFile: '  .flash-login-lesson 为 CI 记录当前的课；next-lesson、goto 和 undo 会让它保持同步。请把这两个文件都提交。',
    pinned: (lesson) =>
      `  第 ${lesson} 课写进了工作流：改 .flash-login-lesson 不会改变 CI 检查的课（改工作流才会；在你自己机器上运行的 \`flash-login grade\` 是学生改不了的检查）。`,
    fromRegistry: (version) => `  工作流从 npm 仓库安装 create-flash-login@${version}。`,
    fromVendor: (path) =>
      `  工作流安装 ${path}，这是和它一起提交的一份 flash-login（这个版本不在 npm 仓库上，或者你用了 --vendor）。也要把它提交。`,
  },
});

export interface CiOptions {
  dir?: string;
  lesson?: string;
  force?: boolean;
  /** Commit a tarball of this flash-login and install that, even where the registry has this version. */
  vendor?: boolean;
  /** Write this lesson into the workflow instead of reading .flash-login-lesson. */
  pinLesson?: string;
}

export async function ciCommand(providerName: string, options: CiOptions): Promise<number> {
  const provider = parseCiProvider(providerName);
  const project = await openProject(options.dir);
  const pinned = options.pinLesson === undefined ? undefined : parseLessonNumber(options.pinLesson, '--pin-lesson');
  const lesson = pinned ?? parseLessonFlag(options.lesson) ?? project.state?.lesson;
  if (lesson === undefined) throw new UserError(ciText().noLesson);
  const install = await chooseInstallSource(VERSION, options.vendor);
  const files = await ciFiles({ provider, lesson, version: VERSION, install, pinLesson: pinned !== undefined });
  // A workflow the learner changed is theirs: replaced only with --force, and then backed up for undo.
  const changed = files.filter((file) => {
    const path = join(project.dir, ...file.path.split('/'));
    return existsSync(path) && !readFileSync(path).equals(file.content);
  });
  const workflow = CI_PROVIDERS[provider].path;
  if (!options.force && changed.some((file) => file.path === workflow)) throw new UserError(ciText().changed(workflow));
  const writes = files.filter((file) => {
    const path = join(project.dir, ...file.path.split('/'));
    return !existsSync(path) || changed.includes(file);
  });
  if (writes.length) await applyChange(project.dir, writes, { command: 'ci', summary: ciText().summary(provider) });
  console.log(`${kleur.green('✓')} ${ciText().written(workflow, lesson, VERSION)}`);
  console.log(pinned === undefined ? ciText().lessonFile : ciText().pinned(pinned));
  console.log(install.from === 'registry' ? ciText().fromRegistry(VERSION) : ciText().fromVendor(install.path));
  return EXIT_OK;
}
