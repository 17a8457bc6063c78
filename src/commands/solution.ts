// `flash-login solution [ID]`: the current lesson's reference code, as a diff against the learner's
// files; `--apply` writes it as a three-way merge (starter as base), one change that undo reverts.
import kleur from 'kleur';
import { assertProjectSettled } from '../engine/conflicts.js';
import { EXIT_FAILED, EXIT_OK, UserError } from '../engine/errors.js';
import { exercisesFor, type Exercise } from '../engine/exercises.js';
import { applyChange, stateWrite } from '../engine/journal.js';
import { mergeSolutions, readProjectFiles, type LessonStepPlan } from '../engine/merge.js';
import { openProject } from '../engine/project.js';
import { renderLesson } from '../engine/render.js';
import { lessonLangOf, lessonModeOf, type ProjectState } from '../engine/state.js';
import { formatPlanDiff, formatSummary, requireState } from './diff.js';

export interface SolutionOptions {
  dir?: string;
  apply?: boolean;
}

/** The exercise an ID names in the current lesson; every exercise when none is named. */
async function chooseExercises(state: ProjectState, id: string | undefined): Promise<Exercise[]> {
  const exercises = await exercisesFor(state.lesson);
  if (id === undefined) return exercises;
  const found = exercises.find((exercise) => exercise.id === id.trim());
  if (!found)
    throw new UserError(`lesson ${state.lesson} has no exercise "${id}": its exercises are ${exercises.map((exercise) => exercise.id).join(', ')}.`);
  return [found];
}

/** The merge that --apply writes: base the starter, ours the learner's files, theirs the starter with those exercises solved. */
async function planSolution(dir: string, state: ProjectState, exercises: Exercise[]): Promise<LessonStepPlan> {
  const solved = new Set(exercises.map((exercise) => exercise.id));
  const paths = (await renderLesson(state.lesson, state.answers, { mode: 'practice', lang: lessonLangOf(state) })).keys();
  const changes = await mergeSolutions(state.lesson, state.answers, await readProjectFiles(dir, paths), solved, lessonLangOf(state));
  return { from: state.lesson, to: state.lesson, changes };
}

export async function solutionCommand(id: string | undefined, options: SolutionOptions): Promise<number> {
  const project = await openProject(options.dir);
  const state = requireState(project, 'solution');
  await assertProjectSettled(project.dir, 'solution');
  if (lessonModeOf(state) !== 'practice') {
    console.log(`Lesson ${state.lesson} came in guided mode: its files are the solution already (\`flash-login reset FILE\` puts one back).`);
    return EXIT_OK;
  }
  const exercises = await chooseExercises(state, id);
  const plan = await planSolution(project.dir, state, exercises);
  const which = id === undefined ? `lesson ${state.lesson}` : id;
  if (plan.changes.length === 0) {
    console.log(`Your files already hold the solution of ${which}.`);
    return EXIT_OK;
  }
  if (!options.apply) {
    console.log(await formatPlanDiff(plan));
    console.log('');
    console.log(kleur.dim(`That is what \`flash-login solution --apply${id ? ' ' + id : ''}\` would write (nothing was written).`));
    return EXIT_OK;
  }

  const writes = plan.changes.flatMap((change) => (change.write === undefined ? [] : [{ path: change.path, content: change.write }]));
  const solutions = [...new Set([...(state.solutions ?? []), ...exercises.map((exercise) => exercise.id)])];
  writes.push(stateWrite({ ...state, solutions }));
  await applyChange(project.dir, writes, { command: 'solution', summary: `solution of ${which}` });
  console.log(kleur.bold(`The solution of ${which} is written:`));
  console.log(formatSummary(plan.changes));
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict').map((change) => change.path);
  if (conflicts.length) {
    console.log(kleur.red().bold(`Your code and the solution changed the same lines in: ${conflicts.join(', ')}`));
    console.log(
      `Between ${kleur.bold('<<<<<<< your code')} and ${kleur.bold('>>>>>>> solution')} both are written out: keep what you want and delete the marker lines. ` +
        '`flash-login undo` puts your files back.',
    );
    return EXIT_FAILED;
  }
  console.log(kleur.dim('Read it, run `flash-login verify`; `flash-login undo` puts your own files back.'));
  return EXIT_OK;
}
