// CI in the learner's repository: the workflow file for GitHub or GitLab, the committed lesson file
// that tells CI which lesson to check (or the lesson written into the workflow), and what the
// workflow installs: this version from the npm registry where it is published, else a tarball of
// this very package committed beside the workflow.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LESSON_FILE, lessonFileContent } from '../project/lesson-file.js';
import { errorText, UserError } from '../shared/errors.js';
import { packageRoot, templatesDir } from '../shared/paths.js';
import { run } from '../shared/spawn.js';

export const CI_PROVIDERS = {
  github: { template: 'github.yml', path: '.github/workflows/flash-login.yml' },
  gitlab: { template: 'gitlab-ci.yml', path: '.gitlab-ci.yml' },
} as const;

export type CiProvider = keyof typeof CI_PROVIDERS;

/** Where a vendored tarball is committed: not .flash-login/, which .gitignore keeps out. */
const VENDOR_DIR = 'vendor';

/** What the workflow installs: the published version, or the committed tarball at `path`. */
export type InstallSource = { from: 'registry' } | { from: 'vendor'; path: string; content: Buffer };

export interface CiSettings {
  provider: CiProvider;
  lesson: number;
  version: string;
  install: InstallSource;
  /** Write the lesson into the workflow, so a student cannot lower it by editing .flash-login-lesson. */
  pinLesson?: boolean;
}

export function parseCiProvider(value: string): CiProvider {
  if (value in CI_PROVIDERS) return value as CiProvider;
  throw new UserError(errorText().flagTakes('--ci', errorText().either(Object.keys(CI_PROVIDERS)), value));
}

/** Whether the npm registry has this version of the package (a network question: a few seconds at most). */
async function publishedOnRegistry(version: string): Promise<boolean> {
  const found = await run('npm', ['view', `create-flash-login@${version}`, 'version', '--json'], { reject: false, timeout: 15_000 });
  return !found.failed && found.stdout.includes(version);
}

/** A tarball of this package as it is installed (dist included), made by `npm pack`. */
async function packThisPackage(version: string): Promise<InstallSource> {
  const scratch = await mkdtemp(join(tmpdir(), 'flash-login-pack-'));
  try {
    // --ignore-scripts: an installed package has its bundle already, and no build tools to remake it.
    await run('npm', ['pack', packageRoot, '--pack-destination', scratch, '--ignore-scripts', '--silent'], { timeout: 120_000 });
    const name = `create-flash-login-${version}.tgz`;
    return { from: 'vendor', path: `${VENDOR_DIR}/${name}`, content: await readFile(join(scratch, name)) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The files CI needs, as paths relative to the project (forward slashes) and their bytes. */
export async function ciFiles(settings: CiSettings): Promise<{ path: string; content: Buffer }[]> {
  const { template, path } = CI_PROVIDERS[settings.provider];
  const which = settings.pinLesson
    ? `lesson ${settings.lesson}, written into this file (\`flash-login ci --pin-lesson N\` changes it)`
    : "this project's current lesson, the one .flash-login-lesson names\n# (next-lesson, goto and undo keep that file in step; commit it with your work)";
  const install = settings.install.from === 'registry' ? `create-flash-login@${settings.version}` : `./${settings.install.path}`;
  const workflow = (await readFile(join(templatesDir, 'ci', template), 'utf8'))
    .replaceAll('@WHICH_LESSON@', which)
    .replaceAll('@INSTALL@', install)
    .replaceAll('@LESSON_FLAG@', settings.pinLesson ? ` --lesson ${settings.lesson}` : '')
    .replaceAll('@VERSION@', settings.version);
  const files = [
    { path, content: Buffer.from(workflow) },
    { path: LESSON_FILE, content: lessonFileContent(settings.lesson) },
  ];
  if (settings.install.from === 'vendor') files.push({ path: settings.install.path, content: settings.install.content });
  return files;
}

/** Registry where this version is published, else the tarball: what a workflow can install. */
export async function chooseInstallSource(version: string, vendor: boolean | undefined): Promise<InstallSource> {
  if (!vendor && (await publishedOnRegistry(version))) return { from: 'registry' };
  return packThisPackage(version);
}

/** The scaffold's CI files, written into the new project (nothing of the learner's is there yet). */
export async function writeCiFiles(projectDir: string, provider: CiProvider, lesson: number): Promise<InstallSource> {
  const { writeFileAtomic } = await import('../shared/atomic.js');
  const { VERSION } = await import('../shared/version.js');
  const install = await chooseInstallSource(VERSION, undefined);
  for (const file of await ciFiles({ provider, lesson, version: VERSION, install }))
    await writeFileAtomic(join(projectDir, ...file.path.split('/')), file.content);
  return install;
}
