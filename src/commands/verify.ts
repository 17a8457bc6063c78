import { appendFile } from 'node:fs/promises';
import { lessonHasChecks } from '../../lessons/catalog.js';
import { EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK, UserError } from '../engine/errors.js';
import { parseLessonFlag, readLessonText, type LessonText } from '../engine/lessons.js';
import { shortTitle } from '../engine/progress.js';
import { choosePython, openProject, type Project } from '../engine/project.js';
import { formatOutcome, toResultsJson } from '../engine/report.js';
import { readLessonFile } from '../engine/lesson-file.js';
import { writeState } from '../engine/state.js';
import { verifyProject, type VerifyOutcome } from '../engine/verify-run.js';

export interface VerifyCommandOptions {
  lesson?: string;
  dir?: string;
  python?: string;
  json?: boolean;
  format?: string;
}


/** Why a lesson cannot be verified by this version. */
export function noChecksError(lesson: number): UserError {
  return new UserError(`lesson ${lesson} has no checks in this version of flash-login.`);
}

export interface VerifyRun {
  project: Project;
  lesson: number;
  text: LessonText;
  outcome: VerifyOutcome;
}

/**
 * One verify, as both `verify` and `verify --watch` run it: open the project (recovering a
 * crashed change, refusing open conflicts), pick the lesson and Python, run the checks,
 * and record the result in the state file when it is the current lesson.
 */
export async function runVerify(
  dir: string | undefined,
  lessonFlag: number | undefined,
  pythonFlag: string | undefined,
  beforeChecks: (project: Project, lesson: number) => void = () => {},
): Promise<VerifyRun> {
  const project = await openProject(dir);
  // A change that crashed halfway is put right before anything reads the files.
  const [{ assertNoConflicts }, { recoverAndReport }] = await Promise.all([import('../engine/conflicts.js'), import('../engine/journal.js')]);
  await recoverAndReport(project.dir);
  // In CI there is no .flash-login/ (it is not committed): the committed lesson file says where the project is.
  const lesson = lessonFlag ?? project.state?.lesson ?? (await readLessonFile(project.dir)) ?? 1;
  if (!lessonHasChecks(lesson)) throw noChecksError(lesson);
  // Neither the scan for conflict markers nor the look at the Python has to hold up the app's
  // start: both run while it starts, and a problem either finds is reported instead of the run.
  const python = await choosePython(project, pythonFlag);
  const preconditions = Promise.all([assertNoConflicts(project.dir, 'verify'), python.checked]).then(() => undefined);
  preconditions.catch(() => undefined); // verifyProject awaits it
  const text = readLessonText(lesson); // for the report: read while the app starts
  text.catch(() => undefined);
  beforeChecks(project, lesson);
  const outcome = await verifyProject({
    projectDir: project.dir,
    lesson,
    python: python.python,
    preconditions,
    // Loaded once the app's Python is starting: the checks' modules load while it imports Flask.
    loadLesson: async () => (await import('../../lessons/index.js')).planFor(lesson),
  });
  if (project.state && project.state.lesson === lesson) {
    const failed = outcome.results.filter((result) => result.status !== 'pass').map((result) => result.id);
    await writeState(project.dir, { ...project.state, lastVerify: { lesson, status: outcome.status, failed, at: new Date().toISOString() } });
  }
  return { project, lesson, text: await text, outcome };
}

export async function verifyCommand(options: VerifyCommandOptions): Promise<number> {
  const lessonFlag = parseLessonFlag(options.lesson);
  // A format other than github is a document on stdout, alone: nothing else may be printed there.
  const format = options.json ? 'json' : options.format;
  const classroom = format && format !== 'json' ? await classroomFormat(format) : undefined;
  const started = performance.now();
  const { project, lesson, text, outcome } = await runVerify(options.dir, lessonFlag, options.python, (project, lesson) => {
    if (!project.state && lessonFlag === undefined && (!format || format === 'github'))
      console.log(
        lesson === 1
          ? `No .flash-login/state.json here, so checking lesson 1 (pass --lesson N for another).`
          : `No .flash-login/state.json here: checking lesson ${lesson}, as .flash-login-lesson says.`,
      );
  });
  const title = `Lesson ${lesson} · ${shortTitle(text)}`;
  if (format === 'json') console.log(JSON.stringify(toResultsJson(outcome, lesson), null, 2));
  else if (classroom) {
    const formatted = classroom({ outcome, lesson, title, projectDir: project.dir, seconds: (performance.now() - started) / 1000 });
    if (format === 'github') console.log(formatOutcome(outcome, title, text.hints));
    if (formatted.stepSummary !== undefined) {
      const summaryFile = process.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) await appendFile(summaryFile, formatted.stepSummary);
      else console.log(formatted.stepSummary);
    }
    if (formatted.stdout) console.log(formatted.stdout);
  } else console.log(formatOutcome(outcome, title, text.hints));
  return outcome.status === 'pass' ? EXIT_OK : outcome.status === 'fail' ? EXIT_FAILED : EXIT_CANNOT_RUN;
}

/** A classroom format by name, or a one-line error naming them all. */
async function classroomFormat(name: string) {
  const { CLASSROOM_FORMATS } = await import('../engine/formats/index.js');
  const formatter = CLASSROOM_FORMATS[name];
  if (!formatter) throw new UserError(`unknown format "${name}": use one of json, ${Object.keys(CLASSROOM_FORMATS).join(', ')}.`);
  return formatter;
}
