// `flash-login solution [ID]`: the current lesson's reference code, as a diff against the learner's
// files; `--apply` writes it as a three-way merge (starter as base), one change that undo reverts.
import kleur from 'kleur';
import { type Exercise, exercisesFor } from '../course/exercises.js';
import { type LessonStepPlan, mergeSolutions, readProjectFiles } from '../course/merge.js';
import { renderLesson } from '../course/render.js';
import { catalog, listOf } from '../i18n/i18n.js';
import { formatPlanDiff, formatSummary } from '../moves/preview.js';
import { assertProjectSettled } from '../project/conflicts.js';
import { applyChange, stateWrite } from '../project/journal.js';
import { openProject, requireState } from '../project/project.js';
import { lessonLangOf, lessonModeOf, type ProjectState } from '../project/state.js';
import { EXIT_FAILED, EXIT_OK, UserError } from '../shared/errors.js';

/** An exercise id before Chinese text takes a space after it (`4.guard 的`); a lesson name (第 4 课) does not. */
const spaced = (which: string): string => (/[\x21-\x7e]$/.test(which) ? `${which} ` : which);

const solutionText = catalog({
  en: {
    noExercise: (lesson: number, id: string, ids: string) => `lesson ${lesson} has no exercise "${id}": its exercises are ${ids}.`,
    guided: (lesson: number) =>
      `Lesson ${lesson} came in guided mode: its files are the solution already (\`flash-login reset FILE\` puts one back).`,
    wholeLesson: (lesson: number) => `lesson ${lesson}`,
    alreadyHeld: (which: string) => `Your files already hold the solution of ${which}.`,
    wouldWrite: (command: string) => `That is what \`${command}\` would write (nothing was written).`,
    written: (which: string) => `The solution of ${which} is written:`,
    conflicts: (files: string) => `Your code and the solution changed the same lines in: ${files}`,
    markers: (ours: string, theirs: string) =>
      `Between ${ours} and ${theirs} both are written out: keep what you want and delete the marker lines. \`flash-login undo\` puts your files back.`,
    readIt: 'Read it, run `flash-login verify`; `flash-login undo` puts your own files back.',
    /** What undo and crash recovery call this change. */
    summary: (which: string) => `solution of ${which}`,
  },
  'zh-CN': {
    noExercise: (lesson, id, ids) => `第 ${lesson} 课没有练习 "${id}"：它的练习是 ${ids}。`,
    guided: (lesson) => `第 ${lesson} 课是以 guided 模式给出的：它的文件本身就是参考答案（\`flash-login reset FILE\` 可以恢复某个文件）。`,
    wholeLesson: (lesson) => `第 ${lesson} 课`,
    alreadyHeld: (which) => `你的文件已经包含${spaced(which)}的参考答案。`,
    wouldWrite: (command) => `这就是 \`${command}\` 将会写入的内容（没有写入任何文件）。`,
    written: (which) => `${spaced(which)}的参考答案已写入：`,
    conflicts: (files) => `你的代码和参考答案改动了同样的行：${files}`,
    markers: (ours, theirs) => `${ours} 和 ${theirs} 之间写出了两个版本：保留你想要的，删掉标记行。\`flash-login undo\` 可以恢复你的文件。`,
    readIt: '读一读，然后运行 `flash-login verify`；`flash-login undo` 可以恢复你自己的文件。',
    summary: (which) => `${spaced(which)}的参考答案`,
  },
});

export interface SolutionOptions {
  dir?: string;
  apply?: boolean;
}

/** The exercise an ID names in the current lesson; every exercise when none is named. */
async function chooseExercises(state: ProjectState, id: string | undefined): Promise<Exercise[]> {
  const exercises = await exercisesFor(state.lesson);
  if (id === undefined) return exercises;
  const found = exercises.find((exercise) => exercise.id === id.trim());
  if (!found) throw new UserError(solutionText().noExercise(state.lesson, id, listOf(exercises.map((exercise) => exercise.id))));
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
    console.log(solutionText().guided(state.lesson));
    return EXIT_OK;
  }
  const exercises = await chooseExercises(state, id);
  const plan = await planSolution(project.dir, state, exercises);
  const which = id === undefined ? solutionText().wholeLesson(state.lesson) : id;
  if (plan.changes.length === 0) {
    console.log(solutionText().alreadyHeld(which));
    return EXIT_OK;
  }
  if (!options.apply) {
    console.log(await formatPlanDiff(plan));
    console.log('');
    console.log(kleur.dim(solutionText().wouldWrite(`flash-login solution --apply${id ? ` ${id}` : ''}`)));
    return EXIT_OK;
  }

  const writes = plan.changes.flatMap((change) => (change.write === undefined ? [] : [{ path: change.path, content: change.write }]));
  const solutions = [...new Set([...(state.solutions ?? []), ...exercises.map((exercise) => exercise.id)])];
  writes.push(stateWrite({ ...state, solutions }));
  await applyChange(project.dir, writes, { command: 'solution', summary: solutionText().summary(which) });
  console.log(kleur.bold(solutionText().written(which)));
  console.log(formatSummary(plan.changes));
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict').map((change) => change.path);
  if (conflicts.length) {
    console.log(kleur.red().bold(solutionText().conflicts(listOf(conflicts))));
    console.log(solutionText().markers(kleur.bold('<<<<<<< your code'), kleur.bold('>>>>>>> solution')));
    return EXIT_FAILED;
  }
  console.log(kleur.dim(solutionText().readIt));
  return EXIT_OK;
}
