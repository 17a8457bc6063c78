import { catalog } from '../i18n/i18n.js';
import type { ProjectState, VerifyRecord } from '../project/state.js';
import type { Exercise } from './exercises.js';
import { LESSON_COUNT, type LessonText } from './lessons.js';

const text = catalog({
  en: {
    unknownTime: 'at an unknown time',
    justNow: 'just now',
    locale: 'en',
    hintLevel: (level: number) => `hint ${level}/3`,
    fromSolution: 'from solution --apply',
  },
  'zh-CN': {
    unknownTime: '时间未知',
    justNow: '刚刚',
    locale: 'zh-CN',
    hintLevel: (level) => `提示 ${level}/3`,
    fromSolution: '来自 solution --apply',
  },
});

export type LessonMark = 'done' | 'current' | 'todo';

/** "Lesson 2: Sessions" -> "Sessions". */
export function shortTitle(text: LessonText): string {
  return text.title.replace(/^(Lesson \d+:|第 ?\d+ ?课[：:])\s*/, '');
}

/** The last verify, if it was of the lesson the project is at now (an older one says nothing about it). */
export function currentVerify(state: ProjectState | undefined): VerifyRecord | undefined {
  return state?.lastVerify && state.lastVerify.lesson === state.lesson ? state.lastVerify : undefined;
}

/** Lessons below the current one are done; the current one too once its last verify passed. */
export function lessonMark(state: ProjectState | undefined, lesson: number): LessonMark {
  if (!state) return 'todo';
  if (lesson < state.lesson) return 'done';
  if (lesson > state.lesson) return 'todo';
  return currentVerify(state)?.status === 'pass' ? 'done' : 'current';
}

export function isLastLesson(lesson: number): boolean {
  return lesson >= LESSON_COUNT;
}

/** "3 minutes ago", in English, from an ISO time. */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (!Number.isFinite(seconds)) return text().unknownTime;
  const format = new Intl.RelativeTimeFormat(text().locale, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return Math.abs(seconds) < 10 ? text().justNow : format.format(seconds, 'second');
}

export interface ExerciseProgress {
  id: string;
  todo: string;
  /**
   * todo: its TODO line is still in the files (and the last verify did not pass its checks); failing: written, but a check put down to it failed in
   * the last verify; passing: written, and the last verify failed nothing of it; written: not verified since.
   */
  status: 'todo' | 'failing' | 'passing' | 'written';
  /** Hint levels revealed with `flash-login hint ID` (0: none). */
  hintLevel: number;
  /** Written by `flash-login solution --apply` rather than by the learner. */
  fromSolution: boolean;
}

/**
 * Each exercise of the current lesson, from the TODOs left in the files (`todos`, from
 * findTodos) and the last verify, a failed check being put down to its exercise by `blame`.
 */
export function exerciseProgress(
  state: ProjectState,
  exercises: Exercise[],
  todos: ReadonlyMap<string, string>,
  blame: (check: string) => Exercise[],
): ExerciseProgress[] {
  const verify = currentVerify(state);
  const blamed = new Set((verify?.failed ?? []).flatMap((check) => blame(check).map((exercise) => exercise.id)));
  return exercises.map((exercise) => {
    let status: ExerciseProgress['status'];
    // A TODO line still there means todo, unless the last verify passed every check it feeds.
    if (todos.has(exercise.id))
      status = verify && verify.status !== 'error' && exercise.checks.every((check) => !verify.failed.includes(check)) ? 'passing' : 'todo';
    else if (!verify || verify.status === 'error') status = 'written';
    else status = blamed.has(exercise.id) ? 'failing' : 'passing';
    return {
      id: exercise.id,
      todo: exercise.todo,
      status,
      hintLevel: state.hints?.[exercise.id] ?? 0,
      fromSolution: state.solutions?.includes(exercise.id) ?? false,
    };
  });
}

/** "4.guard 3/3 hints · solution" style notes for one exercise: empty when it needed neither. */
export function exerciseNotes(progress: ExerciseProgress): string {
  const notes: string[] = [];
  if (progress.hintLevel > 0) notes.push(text().hintLevel(progress.hintLevel));
  if (progress.fromSolution) notes.push(text().fromSolution);
  return notes.join(' · ');
}

/** The exercise ids of a lesson that `solution --apply` wrote. */
export function solvedBySolution(state: ProjectState, lesson: number): string[] {
  return (state.solutions ?? []).filter((id) => Number(id.split('.')[0]) === lesson);
}
