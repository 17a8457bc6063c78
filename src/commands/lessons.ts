import kleur from 'kleur';
import { EXIT_OK } from '../engine/errors.js';
import { LESSON_COUNT, readLessonText } from '../engine/lessons.js';
import { currentVerify, exerciseNotes, lessonMark, shortTitle, solvedBySolution, type LessonMark } from '../engine/progress.js';
import { locateProject, openProject } from '../engine/project.js';
import { startOneHint } from '../engine/self-command.js';
import { isProjectFolder } from '../engine/project-files.js';
import { lessonModeOf, STATE_FILE, type ProjectState } from '../engine/state.js';

export interface LessonsOptions {
  dir?: string;
}

const MARKS: Record<LessonMark, string> = {
  done: kleur.green('✓'),
  current: kleur.bold().cyan('→'),
  todo: kleur.dim('·'),
};

function note(state: ProjectState, lesson: number): string {
  if (lesson !== state.lesson) return '';
  const verify = currentVerify(state);
  if (!verify) return 'you are here · not verified yet';
  if (verify.status === 'pass') return 'you are here · passed';
  if (verify.status === 'error') return 'you are here · your app did not start';
  return `you are here · failed ${verify.failed.join(', ')}`;
}

/** Every lesson with its mark. Works outside a project too: then nothing is marked. */
export async function lessonsCommand(options: LessonsOptions): Promise<number> {
  const dir = locateProject(options.dir);
  // Outside a project the list is still worth seeing; an unreadable state file is still an error.
  const state = isProjectFolder(dir) ? (await openProject(dir)).state : undefined;
  const texts = await Promise.all(Array.from({ length: LESSON_COUNT }, (_, i) => readLessonText(i + 1)));
  const width = Math.max(...texts.map((text) => shortTitle(text).length));
  for (const text of texts) {
    const mark = lessonMark(state, text.number);
    const title = shortTitle(text).padEnd(width);
    const line = `  ${MARKS[mark]} ${text.number}  ${mark === 'todo' ? title : kleur.bold(title)}`;
    console.log(state ? `${line}  ${kleur.dim(note(state, text.number))}`.trimEnd() : line.trimEnd());
    if (!state) continue;
    const fromSolution = solvedBySolution(state, text.number);
    if (text.number === state.lesson && lessonModeOf(state) === 'practice') {
      const { currentExercises, exerciseMark } = await import('../engine/todo-locations.js');
      for (const exercise of await currentExercises(dir, state)) {
        const notes = exerciseNotes(exercise);
        console.log(`        ${exerciseMark(exercise.status)} ${exercise.id.padEnd(11)}${notes ? kleur.dim(notes) : ''}`.trimEnd());
      }
    } else if (fromSolution.length > 0) console.log(kleur.dim(`        solution --apply wrote ${fromSolution.join(', ')}`));
  }
  console.log('');
  console.log(kleur.dim(`✓ done  → current  · to do    \`flash-login show N\` prints lesson N.`));
  if (!state)
    console.log(
      isProjectFolder(dir)
        ? `No ${STATE_FILE} here, so no lesson is marked: \`flash-login verify --lesson N\` checks any lesson.`
        : `Not in a project: ${await startOneHint()}.`,
    );
  return EXIT_OK;
}
