import { lessonHasChecks } from '../../lessons/catalog.js';
import { lessonTagMissing } from '../create/steps/git.js';
import { EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK, UserError } from '../engine/errors.js';
import { parseLessonFlag, readLessonText, type LessonText } from '../engine/lessons.js';
import { shortTitle } from '../engine/progress.js';
import { choosePython, openProject, type Project } from '../engine/project.js';
import { formatOutcome, toResultsJson } from '../engine/report.js';
import { fingerprintProject } from '../engine/project-files.js';
import { writeState } from '../engine/state.js';
import { verifyProject, type VerifyOutcome } from '../engine/verify-run.js';

export interface VerifyCommandOptions {
  lesson?: string;
  dir?: string;
  python?: string;
  json?: boolean;
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
  beforeChecks: (project: Project) => void = () => {},
  log: (line: string) => void = console.log,
): Promise<VerifyRun> {
  const project = await openProject(dir);
  // A change that crashed halfway is put right before anything reads the files.
  const [{ assertNoConflicts }, { recoverAndReport }] = await Promise.all([import('../engine/conflicts.js'), import('../engine/journal.js')]);
  await recoverAndReport(project.dir);
  const lesson = lessonFlag ?? project.state?.lesson ?? 1;
  if (!lessonHasChecks(lesson)) throw noChecksError(lesson);
  // Neither the scan for conflict markers nor the look at the Python has to hold up the app's
  // start: both run while it starts, and a problem either finds is reported instead of the run.
  const python = await choosePython(project, pythonFlag);
  const preconditions = Promise.all([assertNoConflicts(project.dir, 'verify'), python.checked]).then(() => undefined);
  preconditions.catch(() => undefined); // verifyProject awaits it
  const text = readLessonText(lesson); // for the report: read while the app starts
  text.catch(() => undefined);
  beforeChecks(project);
  // Whether a lesson change stopped at conflicts left this lesson uncommitted (asked while the app starts).
  const uncommitted = project.state?.lesson === lesson ? lessonTagMissing(project.dir, lesson).catch(() => false) : Promise.resolve(false);
  // What the files were as this verify read them, recorded with its result (read while the app starts).
  const fingerprints = project.state?.lesson === lesson ? fingerprintProject(project.dir) : undefined;
  fingerprints?.catch(() => undefined);
  const outcome = await verifyProject({
    projectDir: project.dir,
    lesson,
    python: python.python,
    preconditions,
    // Loaded once the app's Python is starting: the checks' modules load while it imports Flask.
    loadLesson: async () => (await import('../../lessons/index.js')).planFor(lesson),
  });
  // No conflict markers were found: a lesson change that stopped at them is concluded in git now.
  if ((await uncommitted) && (await preconditions.then(() => true, () => false))) {
    const { commitResolvedLesson } = await import('./goto.js');
    await commitResolvedLesson(project, log);
  }
  if (project.state && project.state.lesson === lesson) {
    const failed = outcome.results.filter((result) => result.status !== 'pass').map((result) => result.id);
    const files = await fingerprints?.catch(() => undefined);
    await writeState(project.dir, {
      ...project.state,
      lastVerify: { lesson, status: outcome.status, failed, at: new Date().toISOString(), ...(files ? { files } : {}) },
    });
  }
  return { project, lesson, text: await text, outcome };
}

export async function verifyCommand(options: VerifyCommandOptions): Promise<number> {
  const lessonFlag = parseLessonFlag(options.lesson);
  const { lesson, text, outcome } = await runVerify(
    options.dir,
    lessonFlag,
    options.python,
    (project) => {
      if (!project.state && lessonFlag === undefined && !options.json)
        console.log(`No .flash-login/state.json here, so checking lesson 1 (pass --lesson N for another).`);
    },
    options.json ? () => {} : console.log, // --json prints one JSON document and nothing else
  );
  if (options.json) console.log(JSON.stringify(toResultsJson(outcome, lesson), null, 2));
  else console.log(formatOutcome(outcome, `Lesson ${lesson} · ${shortTitle(text)}`, text.hints));
  return outcome.status === 'pass' ? EXIT_OK : outcome.status === 'fail' ? EXIT_FAILED : EXIT_CANNOT_RUN;
}
