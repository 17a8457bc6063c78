import { appendFile } from 'node:fs/promises';
import kleur from 'kleur';
import { lessonHasChecks } from '../../lessons/catalog.js';
import { type LessonText, parseLessonFlag, readLessonText } from '../course/lessons.js';
import { shortTitle } from '../course/progress.js';
import type { Lang } from '../i18n/i18n.js';
import { catalog, listOf } from '../i18n/i18n.js';
import { lessonTagMissing } from '../project/git.js';
import { currentLesson } from '../project/lesson-file.js';
import { updateState } from '../project/lock.js';
import { choosePython, openProject, type Project } from '../project/project.js';
import { type Fingerprints, fingerprintProject } from '../project/project-files.js';
import { lessonLangOf } from '../project/state.js';
import type { WarmSlot } from '../runtime/warm-python.js';
import { EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK, ReadOnlyProjectError, UserError } from '../shared/errors.js';
import { formatOutcome, lessonHeading } from './report.js';
import { type VerifyOutcome, verifyProject } from './verify-run.js';

const verifyText = catalog({
  en: {
    noChecks: (lesson: number) => `lesson ${lesson} has no checks in this version of flash-login.`,
    notRecorded: (dir: string) => `! ${dir} is read-only for you, so this result is not recorded for \`flash-login status\` and \`hint\`.`,
    noSuchCheck: (lesson: number, unknown: string, known: string) =>
      `lesson ${lesson} has no check ${unknown}; its checks are ${known} (flash-login verify --list).`,
    needs: (ids: string) => `  (needs ${ids})`,
    noStateLesson1: 'No .flash-login/state.json here, so checking lesson 1 (pass --lesson N for another).',
    noStateLessonFile: (lesson: number) => `No .flash-login/state.json here: checking lesson ${lesson}, as .flash-login-lesson says.`,
  },
  'zh-CN': {
    noChecks: (lesson) => `这个版本的 flash-login 里第 ${lesson} 课没有检查。`,
    notRecorded: (dir) => `! ${dir} 对你是只读的，所以这次结果没有记录下来，\`flash-login status\` 和 \`hint\` 看不到它。`,
    noSuchCheck: (lesson, unknown, known) => `第 ${lesson} 课没有检查 ${unknown}；它的检查是 ${known}（flash-login verify --list）。`,
    needs: (ids) => `  （依赖 ${ids}）`,
    noStateLesson1: '这里没有 .flash-login/state.json，所以检查第 1 课（加上 --lesson N 检查别的课）。',
    noStateLessonFile: (lesson) => `这里没有 .flash-login/state.json：按 .flash-login-lesson 的记录检查第 ${lesson} 课。`,
  },
});

export interface VerifyCommandOptions {
  lesson?: string;
  dir?: string;
  python?: string;
  json?: boolean;
  format?: string;
  check?: string[];
  list?: boolean;
  verbose?: boolean;
}

/** Why a lesson cannot be verified by this version. */
export function noChecksError(lesson: number): UserError {
  return new UserError(verifyText().noChecks(lesson));
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
export interface RunVerifyOptions {
  dir?: string | undefined;
  /** --lesson; otherwise the project's lesson. */
  lesson?: number | undefined;
  /** --python; otherwise the project's. */
  python?: string | undefined;
  /** Runs once the project and lesson are known, before the checks. */
  beforeChecks?: (project: Project, lesson: number) => void;
  /** --check: only these checks (and what they need); such a run is not recorded. */
  only?: string[] | undefined;
  log?: (line: string) => void;
  warm?: WarmSlot | undefined;
}

export async function runVerify(options: RunVerifyOptions): Promise<VerifyRun> {
  const { lesson: lessonFlag, python: pythonFlag, beforeChecks = () => {}, only, log = console.log, warm } = options;
  const project = await openProject(options.dir);
  // A change that crashed halfway is put right before anything reads the files.
  const [{ assertNoConflicts }, { recoverAndReport }] = await Promise.all([
    import('../project/conflicts.js'),
    import('../project/journal.js'),
  ]);
  await recoverAndReport(project.dir);
  // In CI there is no .flash-login/ (it is not committed): the committed lesson file says where the project is.
  const lesson = lessonFlag ?? (await currentLesson(project));
  if (!lessonHasChecks(lesson)) throw noChecksError(lesson);
  // Neither the scan for conflict markers nor the look at the Python has to hold up the app's
  // start: both run while it starts, and a problem either finds is reported instead of the run.
  const python = await choosePython(project, pythonFlag);
  const preconditions = Promise.all([assertNoConflicts(project.dir, 'verify'), python.checked]).then(() => undefined);
  preconditions.catch(() => undefined); // verifyProject awaits it
  const text = readLessonText(lesson); // for the report: read while the app starts
  text.catch(() => undefined);
  beforeChecks(project, lesson);
  if (only) await assertChecksExist(lesson, only);
  // Whether a lesson change stopped at conflicts left this lesson uncommitted (asked while the app starts).
  const uncommitted = project.state?.lesson === lesson ? lessonTagMissing(project.dir, lesson).catch(() => false) : Promise.resolve(false);
  // What the files were as this verify read them, recorded with its result (read while the app starts).
  const fingerprints = project.state && !only ? fingerprintProject(project.dir) : undefined;
  fingerprints?.catch(() => undefined);
  const outcome = await verifyProject({
    projectDir: project.dir,
    lesson,
    only,
    python: python.python,
    preconditions,
    // Loaded once the app's Python is starting: the checks' modules load while it imports Flask.
    loadLesson: async () => (await import('../../lessons/index.js')).planFor(lesson),
    warm,
  });
  // No conflict markers were found: a lesson change that stopped at them is concluded in git now.
  if (
    (await uncommitted) &&
    (await preconditions.then(
      () => true,
      () => false,
    ))
  ) {
    const { commitResolvedLesson } = await import('../moves/move.js');
    await commitResolvedLesson(project, log);
  }
  await addTodoLocations(project.dir, lesson, outcome, lessonLangOf(project.state));
  // A run of some checks says nothing about the lesson as a whole: only a full run is recorded.
  if (project.state && !only) await recordVerify(project.dir, lesson, outcome, await fingerprints?.catch(() => undefined));
  return { project, lesson, text: await text, outcome };
}

/** Practice mode: each check that did not pass names the TODO it comes from (`app.py:23 TODO(4.guard)`). */
async function addTodoLocations(dir: string, lesson: number, outcome: VerifyOutcome, lang: Lang): Promise<void> {
  const notPassed = outcome.results.filter((result) => result.status !== 'pass');
  if (notPassed.length === 0) return;
  const { locateTodos } = await import('../course/todo-locations.js');
  const locations = await locateTodos(
    dir,
    lesson,
    notPassed.map((result) => result.id),
    lang,
  );
  for (const result of notPassed) result.location = locations.get(result.id) ?? result.location;
}

/**
 * Merge the result into the state file as it is now: a next-lesson or goto that ran while the
 * checks did has moved the lesson on, and its state stays (a result of another lesson is dropped).
 */
async function recordVerify(dir: string, lesson: number, outcome: VerifyOutcome, files: Fingerprints | undefined): Promise<void> {
  const failed = outcome.results.filter((result) => result.status !== 'pass').map((result) => result.id);
  const lastVerify = { lesson, status: outcome.status, failed, at: new Date().toISOString(), ...(files ? { files } : {}) };
  try {
    await updateState(dir, 'verify', (now) => (now.lesson === lesson ? { ...now, lastVerify } : undefined));
  } catch (error) {
    if (!(error instanceof ReadOnlyProjectError)) throw error;
    // The checks ran all the same (on a copy); only remembering them for status and hint is not possible.
    console.error(kleur.yellow(verifyText().notRecorded(dir)));
  }
}

/** --check names only checks of the lesson verified. */
async function assertChecksExist(lesson: number, ids: string[]): Promise<void> {
  const { checksFor } = await import('../../lessons/index.js');
  const known = checksFor(lesson).map((check) => check.id);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length) throw new UserError(verifyText().noSuchCheck(lesson, listOf(unknown), listOf(known)));
}

/** verify --list: every check of the lesson with its title; nothing runs. */
async function listChecks(options: VerifyCommandOptions, lessonFlag: number | undefined): Promise<number> {
  let lesson = lessonFlag;
  if (lesson === undefined) {
    const project = await openProject(options.dir).catch(() => undefined);
    lesson = project ? await currentLesson(project) : 1;
  }
  if (!lessonHasChecks(lesson)) throw noChecksError(lesson);
  const [{ checksFor }, { needsOf }] = await Promise.all([import('../../lessons/index.js'), import('../checks/checks.js')]);
  for (const check of checksFor(lesson)) {
    const needs = needsOf(check, lesson);
    console.log(`${check.id.padEnd(5)} ${check.title}${needs.length ? verifyText().needs(listOf(needs)) : ''}`);
  }
  return EXIT_OK;
}

export async function verifyCommand(options: VerifyCommandOptions): Promise<number> {
  const lessonFlag = parseLessonFlag(options.lesson);
  if (options.list) return listChecks(options, lessonFlag);
  const formatName = options.format ?? (options.json ? 'json' : undefined);
  const formatter = formatName === undefined ? undefined : (await import('./formats/index.js')).formatterFor(formatName);
  const started = performance.now();
  const { project, lesson, text, outcome } = await runVerify({
    dir: options.dir,
    lesson: lessonFlag,
    python: options.python,
    beforeChecks: (project, lesson) => {
      if (!project.state && lessonFlag === undefined && !formatter)
        console.log(lesson === 1 ? verifyText().noStateLesson1 : verifyText().noStateLessonFile(lesson));
    },
    only: options.check,
    log: formatter ? () => {} : console.log, // a --json or --format document is all that stdout carries
  });
  const checks = formatter ? (await import('../../lessons/index.js')).checksFor(lesson).map(({ id, title }) => ({ id, title })) : [];
  const context = { lesson, projectDir: project.dir, seconds: (performance.now() - started) / 1000, checks };
  if (formatter?.stepSummary) {
    // GitHub's job summary: a file the runner names, or else the same Markdown on stdout.
    const summary = formatter.stepSummary(outcome, context);
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, summary);
    else console.log(summary);
  }
  if (formatter) {
    const log = formatter.log?.(outcome, context);
    if (log) console.error(log);
    console.log(formatter.format(outcome, context));
    if (formatter.exitZero) return EXIT_OK;
  } else
    console.log(
      formatOutcome(outcome, lessonHeading(lesson, shortTitle(text)), text.hints, { projectDir: project.dir, verbose: options.verbose }),
    );
  return outcome.status === 'pass' ? EXIT_OK : outcome.status === 'fail' ? EXIT_FAILED : EXIT_CANNOT_RUN;
}
