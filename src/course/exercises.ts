// Practice mode's exercises: data in lessons/<n>-<name>/exercises.ts, read here. Each is one
// region (or a few) of a lesson's reference app that the starter leaves as a TODO.

import type { Exercise, ExerciseText } from '../../lessons/exercise.js';
import { activeLang, type Lang } from '../i18n/i18n.js';
import { translateCodeBlocks } from './app-phrases.js';
import { LESSON_FOLDERS } from './lessons.js';

export type { Exercise, ExerciseText } from '../../lessons/exercise.js';

export type Mode = 'practice' | 'guided';
export const MODES: readonly Mode[] = ['practice', 'guided'];

/**
 * A lesson's exercises, in the order the lesson text takes them, their TODO lines and hints in
 * `lang` where written: by default the language this command speaks (the project's, once known).
 */
export async function exercisesFor(lesson: number, lang: Lang = activeLang()): Promise<Exercise[]> {
  const { exercisesByLesson } = await import('../../lessons/exercises.js');
  const exercises = exercisesByLesson[lesson] ?? [];
  if (lang === 'en') return exercises;
  const texts = await exerciseTexts(lesson, lang);
  return exercises.map((exercise) => inLanguage(exercise, texts[exercise.id], lang));
}

/** A lesson's exercise texts in `lang` (zhCN's export), or none where the lesson has no such file yet. */
export async function exerciseTexts(lesson: number, lang: Exclude<Lang, 'en'>): Promise<Record<string, ExerciseText | undefined>> {
  const folder = LESSON_FOLDERS[lesson];
  if (!folder || lang !== 'zh-CN') return {};
  try {
    // One pattern the bundler follows: every lesson's exercises.zh-CN.ts goes into the bundle.
    const module = (await import(`../../lessons/${folder}/exercises.zh-CN.ts`)) as { zhCN?: Record<string, ExerciseText> };
    return module.zhCN ?? {};
  } catch (error) {
    if (isMissingModule(error)) return {}; // not written yet: English stands in
    throw error;
  }
}

function isMissingModule(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    /cannot find module|failed to load|does not exist|not found|unknown variable dynamic import/i.test(message ?? '')
  );
}

/**
 * An exercise with its words in `lang`: the translated TODO line and hints where there are
 * some, English where not. A code hint shows the app's phrases as the `lang` app has them; a
 * translation that leaves the last (code) hint out gets the English one, so the levels stay the same.
 */
function inLanguage(exercise: Exercise, text: ExerciseText | undefined, lang: Lang): Exercise {
  const hints = exercise.hints.map((english, level) => text?.hints[level] ?? english).map((hint) => translateCodeBlocks(hint, lang));
  return { ...exercise, todo: text?.todo ?? exercise.todo, hints: hints as Exercise['hints'] };
}

/** Exercise id -> its TODO text, as the starter builder wants it. */
export function todoTexts(exercises: Exercise[]): Map<string, string> {
  return new Map(exercises.map((exercise) => [exercise.id, exercise.todo]));
}

/** `4.guard` (an exercise) rather than `4.1` (a check). */
export function isExerciseId(value: string): boolean {
  return /^\d+\.[a-z][a-z0-9-]*$/.test(value.trim());
}
