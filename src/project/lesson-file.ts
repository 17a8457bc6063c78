// The committed file that says which lesson a project is at, for CI: `.flash-login/` is not
// committed and a push carries no tags, so a CI run could not know the lesson otherwise.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isLessonNumber } from '../../lessons/catalog.js';

/** One line, the lesson number: small enough to read in a diff, and written only once CI is set up. */
export const LESSON_FILE = '.flash-login-lesson';

/** The lesson the committed file names, or undefined where there is none (or it names no lesson). */
async function readLessonFile(projectDir: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(join(projectDir, LESSON_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const lesson = Number(text.trim());
  return isLessonNumber(lesson) ? lesson : undefined;
}

export function lessonFileContent(lesson: number): Buffer {
  return Buffer.from(`${lesson}\n`);
}

/**
 * The lesson file's write that keeps it in step with a change's new state file (next-lesson,
 * goto, undo), when the project has one and the change does not already write it.
 */
export function lessonFileWrite(
  projectDir: string,
  writes: { path: string; content: Buffer | null }[],
  statePath: string,
): { path: string; content: Buffer } | undefined {
  if (!existsSync(join(projectDir, LESSON_FILE)) || writes.some((write) => write.path === LESSON_FILE)) return undefined;
  const state = writes.find((write) => write.path === statePath)?.content;
  if (!state) return undefined;
  const lesson = (JSON.parse(state.toString('utf8')) as { lesson?: unknown }).lesson;
  return typeof lesson === 'number' ? { path: LESSON_FILE, content: lessonFileContent(lesson) } : undefined;
}

/**
 * The lesson a project is at: its state file's, else (in CI, where .flash-login/ is not committed)
 * the committed lesson file's, else lesson 1.
 */
export async function currentLesson(project: { dir: string; state?: { lesson: number } | undefined }): Promise<number> {
  return project.state?.lesson ?? (await readLessonFile(project.dir)) ?? 1;
}
