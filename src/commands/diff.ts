// `flash-login diff [N]`: preview what lesson N changes, merged onto the learner's files, writing nothing.
import kleur from 'kleur';
import { EXIT_OK, UserError } from '../engine/errors.js';
import { recoverAndReport } from '../engine/journal.js';
import { LESSON_COUNT } from '../engine/lessons.js';
import { asText, planLessonStep, type FileChange, type LessonStepPlan, type Outcome } from '../engine/merge.js';
import { openProject, type Project } from '../engine/project.js';
import { stepModes, type ProjectState } from '../engine/state.js';

export interface DiffOptions {
  dir?: string;
}

/** The project's state, which every lesson command needs (it holds the answers to render with). */
export function requireState(project: Project, command: string): ProjectState {
  if (!project.state)
    throw new UserError(`${command} needs a project made by create-flash-login: ${project.dir} has no .flash-login/state.json.`);
  return project.state;
}

export function parseLessonNumber(value: string, what = 'lesson'): number {
  const lesson = Number(value);
  if (!Number.isInteger(lesson) || lesson < 1 || lesson > LESSON_COUNT)
    throw new UserError(`${what} takes a lesson number from 1 to ${LESSON_COUNT}, not "${value}".`);
  return lesson;
}

/** Holds the whole lesson text: hundreds of lines of prose, so an unedited one is named rather than diffed. */
const LESSON_TEXT_FILE = 'README.md';

const COLOURS: Record<Outcome, (text: string) => string> = {
  updated: kleur.green,
  merged: kleur.green,
  added: kleur.green,
  deleted: kleur.yellow,
  kept: kleur.yellow,
  conflict: kleur.red,
  missing: kleur.yellow,
};

/** One line per file: what happened (or would happen) to it. */
export function formatSummary(changes: FileChange[]): string {
  if (changes.length === 0) return '  (no files change)';
  return changes
    .map((change) => `  ${COLOURS[change.outcome](change.outcome.padEnd(9))}${change.path}${change.note ? kleur.dim(`  ${change.note}`) : ''}`)
    .join('\n');
}

function colourLine(line: string): string {
  if (line.startsWith('+++') || line.startsWith('---')) return kleur.bold(line);
  if (line.startsWith('@@')) return kleur.cyan(line);
  if (line.startsWith('+')) return kleur.green(line);
  if (line.startsWith('-')) return kleur.red(line);
  if (line.startsWith('\\')) return kleur.dim(line);
  return line;
}

/** A coloured unified diff of every file the plan writes, from the learner's copy to the result. */
export async function formatPlanDiff(plan: LessonStepPlan): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const parts: string[] = [];
  for (const change of plan.changes) {
    if (change.write === undefined) continue;
    if (change.path === LESSON_TEXT_FILE && change.outcome === 'updated') {
      parts.push(kleur.bold(`${change.path}: replaced by lesson ${plan.to}'s text, which you had not edited (not shown)`));
      continue;
    }
    const before = change.current ?? Buffer.alloc(0);
    const after = change.write ?? Buffer.alloc(0);
    const [oldText, newText] = [asText(before), asText(after)];
    const oldName = change.current ? `a/${change.path}` : '/dev/null';
    const newName = change.write ? `b/${change.path}` : '/dev/null';
    if (oldText === undefined || newText === undefined) {
      parts.push(kleur.bold(`Binary file ${change.path} ${change.write ? 'changes' : 'is deleted'}`));
      continue;
    }
    const patch = createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, {
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true },
    });
    parts.push(patch.trimEnd().split('\n').map(colourLine).join('\n'));
  }
  return parts.join('\n');
}

/** What `--dry-run` and `diff` print: the diff, then the per-file summary. */
export async function printPreview(plan: LessonStepPlan): Promise<void> {
  const diff = await formatPlanDiff(plan);
  if (diff) console.log(diff + '\n');
  console.log(kleur.bold(`Lesson ${plan.from} → ${plan.to} would change:`));
  console.log(formatSummary(plan.changes));
  const conflicts = plan.changes.filter((change) => change.outcome === 'conflict');
  if (conflicts.length) console.log(kleur.red(`${conflicts.length} file${conflicts.length === 1 ? '' : 's'} would get conflict markers (shown above).`));
  console.log(kleur.dim('Nothing was written.'));
}

export async function diffCommand(lessonArgument: string | undefined, options: DiffOptions): Promise<number> {
  const project = await openProject(options.dir);
  const state = requireState(project, 'diff');
  await recoverAndReport(project.dir);
  const lesson = lessonArgument === undefined ? state.lesson + 1 : parseLessonNumber(lessonArgument, 'diff');
  if (lesson > LESSON_COUNT) throw new UserError(`you are on lesson ${LESSON_COUNT}, the last one: there is no next lesson to preview (diff 2 to ${LESSON_COUNT} shows what each lesson changed).`);
  if (lesson < 2) throw new UserError('lesson 1 is where every project starts, so it changes nothing: diff takes a lesson from 2 to 5.');
  if (lesson - 1 !== state.lesson)
    console.log(kleur.dim(`You are on lesson ${state.lesson}; this shows what lesson ${lesson} changes (${lesson - 1} → ${lesson}), applied to your files.`));
  await printPreview(await planLessonStep(project.dir, state.answers, lesson - 1, lesson, stepModes(state)));
  return EXIT_OK;
}
