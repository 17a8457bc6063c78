import kleur from 'kleur';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { findConflicts, type Conflict } from '../engine/conflicts.js';
import { EXIT_OK } from '../engine/errors.js';
import { JOURNAL_FILE } from '../engine/journal.js';
import { LESSON_COUNT, readLessonText } from '../engine/lessons.js';
import { currentVerify, exerciseNotes, isLastLesson, shortTitle, timeAgo } from '../engine/progress.js';
import { openProject } from '../engine/project.js';
import { changedFiles, fingerprintProject, walkProject, type ProjectFile } from '../engine/project-files.js';
import { lessonModeOf, STATE_FILE, type ProjectState, type VerifyRecord } from '../engine/state.js';

export interface StatusOptions {
  dir?: string;
}

export interface NextStep {
  command: string;
  why: string;
}

/** The one thing to do next: conflicts first, then verify, then a hint, then the next lesson. */
export function nextStep(
  state: ProjectState | undefined,
  conflicts: Conflict[],
  changedSinceVerify: string[],
  nextTitle: string | undefined,
): NextStep {
  if (conflicts.length > 0)
    return { command: `edit ${conflicts[0]!.file}`, why: `resolve its conflict markers (line ${conflicts[0]!.line}), keep the code you want, then run \`flash-login verify\`` };
  if (!state) return { command: 'flash-login verify', why: 'checks your app against lesson 1 (pass --lesson N for another)' };
  const verify = currentVerify(state);
  if (!verify) return { command: 'flash-login verify', why: `checks your app against lesson ${state.lesson}` };
  if (changedSinceVerify.length > 0) return { command: 'flash-login verify', why: 'your files changed since the last verify' };
  if (verify.status === 'error') return { command: 'flash-login run', why: 'shows why your app did not start; fix it, then `flash-login verify`' };
  if (verify.status === 'fail') return { command: 'flash-login hint', why: `explains ${verify.failed[0] ?? 'the first failing check'}; fix it, then \`flash-login verify\`` };
  if (isLastLesson(state.lesson)) return { command: 'flash-login run', why: 'you finished every lesson: try your app in the browser' };
  return { command: 'flash-login next-lesson', why: `brings in lesson ${state.lesson + 1}${nextTitle ? `: ${nextTitle}` : ''}` };
}

function describeVerify(verify: VerifyRecord | undefined, state: ProjectState | undefined): string {
  if (!state) return kleur.dim('none recorded (there is no state file)');
  if (!verify) {
    const older = state.lastVerify ? ` (the last one was of lesson ${state.lastVerify.lesson})` : '';
    return kleur.dim(`not run for lesson ${state.lesson} yet${older}`);
  }
  const when = kleur.dim(`(${timeAgo(verify.at)})`);
  if (verify.status === 'pass') return `${kleur.green('passed')} ${when}`;
  if (verify.status === 'error') return `${kleur.red('your app did not start')} ${when}`;
  const count = verify.failed.length;
  return `${kleur.red(`${count} check${count === 1 ? '' : 's'} failed`)}: ${verify.failed.join(', ')} ${when}`;
}

function describeConflicts(conflicts: Conflict[]): string[] {
  if (conflicts.length === 0) return [kleur.green('none')];
  return conflicts.map(
    (conflict) => `${kleur.red(conflict.file)} line ${conflict.line}${conflict.regions > 1 ? ` (${conflict.regions} regions)` : ''}`,
  );
}

/**
 * Files whose content changed since the last verify of this lesson: its result no longer says much
 * about them. By content, as git status does: a `touch` or a checkout of the same bytes is no change.
 * (A record from before verify kept fingerprints falls back to modification times.)
 */
async function changedSince(projectDir: string, verify: VerifyRecord | undefined, files: ProjectFile[]): Promise<string[]> {
  if (!verify) return [];
  if (verify.files) return changedFiles(verify.files, await fingerprintProject(projectDir, files));
  const at = Date.parse(verify.at);
  return files.filter((file) => file.mtimeMs > at).map((file) => file.path);
}

export async function statusCommand(options: StatusOptions): Promise<number> {
  const project = await openProject(options.dir);
  const { state } = project;
  const tree = await walkProject(project.dir);
  const conflicts = await findConflicts(project.dir, tree.files);
  const verify = currentVerify(state);
  const changed = await changedSince(project.dir, verify, tree.files);

  const label = (text: string) => '  ' + kleur.dim(text.padEnd(15));
  const lines: string[] = [];
  if (state) {
    const title = shortTitle(await readLessonText(state.lesson));
    lines.push(`${kleur.bold(state.answers.projectName)} · lesson ${state.lesson} of ${LESSON_COUNT}: ${kleur.bold(title)}`);
  } else lines.push(`${kleur.bold(basename(project.dir))} · ${kleur.yellow(`no ${STATE_FILE}, so no lesson is recorded`)}`);

  lines.push(label('last verify') + describeVerify(verify, state));
  if (changed.length > 0)
    lines.push(label('changed since') + changed.slice(0, 3).join(', ') + (changed.length > 3 ? ` and ${changed.length - 3} more` : ''));
  if (state && lessonModeOf(state) === 'practice') {
    const { currentExercises, exerciseMark } = await import('../engine/todo-locations.js');
    (await currentExercises(project.dir, state)).forEach((exercise, index) => {
      const mark = exerciseMark(exercise.status);
      const notes = exerciseNotes(exercise);
      lines.push(label(index === 0 ? 'exercises' : '') + `${mark} ${kleur.bold(exercise.id.padEnd(11))}${notes ? kleur.dim(notes) : ''}`);
    });
  }
  const [firstConflict, ...moreConflicts] = describeConflicts(conflicts);
  lines.push(label('conflicts') + firstConflict);
  for (const more of moreConflicts) lines.push(label('') + more);

  const nextTitle = state && !isLastLesson(state.lesson) ? shortTitle(await readLessonText(state.lesson + 1)) : undefined;
  let step = nextStep(state, conflicts, changed, nextTitle);
  // A deleted app.py, or a change cut short, comes before anything else the learner could do.
  if (!existsSync(join(project.dir, 'app.py'))) {
    lines.push(label('missing') + kleur.red('app.py'));
    step = { command: 'flash-login reset app.py', why: `brings back lesson ${state?.lesson ?? 1}'s app.py` };
  }
  const journal = await readFile(join(project.dir, JOURNAL_FILE), 'utf8').then((text) => JSON.parse(text) as { command?: string }, () => undefined);
  if (journal) {
    lines.push(label('interrupted') + kleur.yellow(`a \`flash-login ${journal.command ?? 'change'}\` was cut short`));
    step = { command: 'flash-login verify', why: 'first finishes or rolls back the change that was cut short, and says which' };
  }
  lines.push(label('next') + `${kleur.bold().cyan(step.command)}  ${kleur.dim(step.why)}`);
  console.log(lines.join('\n'));
  return EXIT_OK;
}
