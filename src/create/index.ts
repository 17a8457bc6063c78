// The scaffold, top to bottom: folder, questions, files, Python, state, git, next steps.
import fs from 'fs-extra';
import kleur from 'kleur';
import { parseLessonFlag, readLessonText } from '../engine/lessons.js';
import { EXIT_OK, UserError } from '../engine/errors.js';
import { STATE_VERSION, writeState } from '../engine/state.js';
import { promptsAsk, type Ask, type CreateContext, type CreateOptions } from './context.js';
import { writeFiles } from './steps/files.js';
import { chooseFolder } from './steps/folder.js';
import { initGit } from './steps/git.js';
import { printNextSteps } from './steps/next-steps.js';
import { prefetchPython, setUpPython } from './steps/python.js';
import { askSetup } from './steps/questions.js';

export interface CreateIO {
  cwd: string;
  interactive: boolean;
  ask: Ask;
  log: (line?: string) => void;
}

const terminalIO = (): CreateIO => ({
  cwd: process.cwd(),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  ask: promptsAsk,
  log: (line = '') => console.log(line),
});

export async function create(dirArgument: string | undefined, options: CreateOptions, io: CreateIO = terminalIO()): Promise<number> {
  const ctx: CreateContext = {
    cwd: io.cwd,
    options,
    interactive: io.interactive && !options.yes,
    ask: io.ask,
    log: io.log,
    lesson: parseLessonFlag(options.lesson) ?? 1,
    dirArgument,
    targetDir: '',
    projectName: '',
    install: true,
    git: true,
    createdDir: false,
  };
  prefetchPython(ctx); // Python starts slowly: ask it now, and use the answer after the files are written
  const title = (await readLessonText(ctx.lesson)).title;
  ctx.log(kleur.bold(`create-flash-login · ${title}`));

  await chooseFolder(ctx);
  await askSetup(ctx);

  // From here on files exist: Ctrl-C removes a folder we made, so nothing half-written stays.
  const interrupted = () => {
    if (ctx.createdDir) fs.removeSync(ctx.targetDir);
    console.error(kleur.yellow('\ncancelled: the new folder was removed.'));
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  // With --no-install, git needs nothing from the Python step (which only looks for a Python, and
  // .flash-login/ is ignored), so both run at once; git's lines are printed after Python's.
  let gitAlongside: Promise<unknown> | undefined;
  try {
    await writeFiles(ctx);
    const gitLines: string[] = [];
    if (!ctx.install)
      gitAlongside = initGit({ ...ctx, log: (line = '') => gitLines.push(line) }, title).then(
        () => undefined,
        (error: unknown) => error ?? new Error('git failed'),
      );
    let pythonProblem: UserError | undefined;
    try {
      await setUpPython(ctx);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      pythonProblem = error; // the project is kept, and the learner gets the exact fix
    }
    await writeState(ctx.targetDir, {
      version: STATE_VERSION,
      lesson: ctx.lesson,
      answers: { projectName: ctx.projectName },
      python: ctx.python ?? 'python3',
    });
    if (gitAlongside) {
      const failure = await gitAlongside;
      for (const line of gitLines) ctx.log(line);
      if (failure) throw failure;
    } else await initGit(ctx, title);
    if (pythonProblem) throw pythonProblem;
  } catch (error) {
    await gitAlongside; // never remove the folder under a running git
    if (ctx.createdDir && !(error instanceof UserError)) await fs.remove(ctx.targetDir);
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }

  await printNextSteps(ctx);
  return EXIT_OK;
}
