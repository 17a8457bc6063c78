// CI in the learner's repository: the workflow file for GitHub or GitLab, pinned to this CLI's
// version, and the committed lesson file that tells CI which lesson to check.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LESSON_FILE, lessonFileContent } from '../project/lesson-file.js';
import { errorText, UserError } from '../shared/errors.js';
import { templatesDir } from '../shared/paths.js';

export const CI_PROVIDERS = {
  github: { template: 'github.yml', path: '.github/workflows/flash-login.yml' },
  gitlab: { template: 'gitlab-ci.yml', path: '.gitlab-ci.yml' },
} as const;

export type CiProvider = keyof typeof CI_PROVIDERS;

export function parseCiProvider(value: string): CiProvider {
  if (value in CI_PROVIDERS) return value as CiProvider;
  throw new UserError(errorText().flagTakes('--ci', errorText().either(Object.keys(CI_PROVIDERS)), value));
}

/** The files CI needs, as paths relative to the project (forward slashes) and their bytes. */
export async function ciFiles(provider: CiProvider, lesson: number, version: string): Promise<{ path: string; content: Buffer }[]> {
  const { template, path } = CI_PROVIDERS[provider];
  const workflow = (await readFile(join(templatesDir, 'ci', template), 'utf8')).replaceAll('@VERSION@', version);
  return [
    { path, content: Buffer.from(workflow) },
    { path: LESSON_FILE, content: lessonFileContent(lesson) },
  ];
}

/** The scaffold's CI files, written into the new project (nothing of the learner's is there yet). */
export async function writeCiFiles(projectDir: string, provider: CiProvider, lesson: number): Promise<void> {
  const { writeFileAtomic } = await import('../shared/atomic.js');
  const { VERSION } = await import('../shared/version.js');
  for (const file of await ciFiles(provider, lesson, VERSION))
    await writeFileAtomic(join(projectDir, ...file.path.split('/')), file.content);
}
