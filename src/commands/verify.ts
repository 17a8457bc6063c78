import { checksFor, lessonHasChecks, prepareFor, userFor } from '../../lessons/index.js';
import { EXIT_CANNOT_RUN, EXIT_FAILED, EXIT_OK, UserError } from '../engine/errors.js';
import { parseLessonFlag, readLessonText } from '../engine/lessons.js';
import { openProject, resolvePython } from '../engine/project.js';
import { formatOutcome, toResultsJson } from '../engine/report.js';
import { writeState } from '../engine/state.js';
import { verifyProject } from '../engine/verify-run.js';

export interface VerifyCommandOptions {
  lesson?: string;
  dir?: string;
  python?: string;
  json?: boolean;
}


export async function verifyCommand(options: VerifyCommandOptions): Promise<number> {
  const lessonFlag = parseLessonFlag(options.lesson);
  const project = await openProject(options.dir);
  await (await import('../engine/conflicts.js')).assertProjectSettled(project.dir, 'verify'); // recovers a crashed change, refuses open conflicts
  const lesson = lessonFlag ?? project.state?.lesson ?? 1;
  if (!lessonHasChecks(lesson)) throw new UserError(`lesson ${lesson} has no checks in this version of flash-login.`);
  const python = await resolvePython(project, options.python);
  const text = await readLessonText(lesson);
  if (!project.state && options.lesson === undefined && !options.json)
    console.log(`No .flash-login/state.json here, so checking lesson 1 (pass --lesson N for another).`);

  const outcome = await verifyProject({
    projectDir: project.dir,
    lesson,
    python,
    checks: checksFor(lesson),
    user: userFor(lesson),
    prepare: prepareFor(lesson),
  });

  if (options.json) console.log(JSON.stringify(toResultsJson(outcome, lesson), null, 2));
  else console.log(formatOutcome(outcome, `Lesson ${lesson} · ${text.title.replace(/^Lesson \d+:\s*/, '')}`, text.hints));

  if (project.state && project.state.lesson === lesson) {
    const failed = outcome.results.filter((result) => result.status !== 'pass').map((result) => result.id);
    await writeState(project.dir, { ...project.state, lastVerify: { lesson, status: outcome.status, failed, at: new Date().toISOString() } });
  }
  return outcome.status === 'pass' ? EXIT_OK : outcome.status === 'fail' ? EXIT_FAILED : EXIT_CANNOT_RUN;
}
