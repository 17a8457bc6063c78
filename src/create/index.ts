// The scaffold, top to bottom: folder, questions, files, Python, state, git, next steps.

import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import kleur from 'kleur';
import { parseLessonFlag, readLessonText } from '../course/lessons.js';
import { langFromEnv, setActiveLang } from '../i18n/i18n.js';
import { initRepository, type Repository } from '../project/git.js';
import { STATE_VERSION, writeState } from '../project/state.js';
import { EXIT_OK, UserError } from '../shared/errors.js';
import { type Ask, promptsAsk } from '../terminal/prompt.js';
import type { CreateContext, CreateOptions } from './context.js';
import { createText } from './create.text.js';
import { makeFolder, writeFiles } from './steps/files.js';
import { chooseFolder } from './steps/folder.js';
import { commitScaffold } from './steps/git.js';
import { printNextSteps } from './steps/next-steps.js';
import { checkPythonFlag, prefetchPython, setUpPython } from './steps/python.js';
import { askSetup, parseLangFlag, parseModeFlag } from './steps/questions.js';

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

/** After a Ctrl-C into an existing folder, write nothing more: the handler is putting the folder back, and exits. */
async function parkIfStopping(ctx: CreateContext): Promise<void> {
  if (ctx.existing?.stopping) await new Promise<never>(() => {});
}

export async function create(dirArgument: string | undefined, options: CreateOptions, io: CreateIO = terminalIO()): Promise<number> {
  // --ci's module loads only for --ci; a bad name stops us before anything is written.
  const ciWorkflow = options.ci === undefined ? undefined : await import('./ci-workflow.js');
  const ci = options.ci === undefined ? undefined : ciWorkflow?.parseCiProvider(options.ci);
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
    mode: parseModeFlag(options.mode) ?? 'practice', // a bad --mode is refused before any question
    lang: parseLangFlag(options.lang) ?? langFromEnv(), // and a bad --lang
    createdDir: false,
  };
  setActiveLang(ctx.lang);
  prefetchPython(ctx); // Python starts slowly: ask it now, and use the answer after the files are written
  const title = (await readLessonText(ctx.lesson, ctx.lang)).title;
  ctx.log(kleur.bold(`create-flash-login · ${title}`));

  await chooseFolder(ctx);
  await askSetup(ctx);
  await checkPythonFlag(ctx);

  // From here on files exist: Ctrl-C removes a folder we made, so nothing half-written stays.
  let repository: Promise<Repository> | undefined;
  let writing: Promise<unknown> | undefined;
  let committing: Promise<unknown> | undefined;
  const interrupted = () => {
    if (ctx.createdDir) {
      rmSync(ctx.targetDir, { recursive: true, force: true });
      console.error(kleur.yellow(createText().cancelledRemoved));
      process.exit(130);
    }
    // A folder that was there: stop writing, let git finish, then take out exactly what this run put in.
    const existing = ctx.existing;
    if (existing) existing.stopping = true;
    void (async () => {
      await writing?.catch(() => undefined);
      await repository?.catch(() => undefined);
      // A commit under way writes into .git until it ends: take the run's files out only after it.
      await committing?.catch(() => undefined);
      if (existing) await (await import('./steps/over-existing.js')).removeWhatThisRunWrote(ctx.targetDir, existing);
      console.error(kleur.yellow(createText().cancelledRolledBack));
      process.exit(130);
    })();
  };
  process.once('SIGINT', interrupted);
  try {
    await (writing = makeFolder(ctx));
    // git init, the slowest git step, runs while the files are written and Python is set up.
    repository = ctx.git ? initRepository(ctx.targetDir) : undefined;
    repository?.catch(() => undefined); // its failure is reported where it is awaited
    await (writing = writeFiles(ctx));
    let pythonProblem: UserError | undefined;
    try {
      await setUpPython(ctx);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      pythonProblem = error; // the project is kept, and the learner gets the exact fix
    }
    await parkIfStopping(ctx);
    await writeState(ctx.targetDir, {
      version: STATE_VERSION,
      lesson: ctx.lesson,
      answers: { projectName: ctx.projectName },
      mode: ctx.mode,
      lessonMode: ctx.mode,
      ...(ctx.lang === 'en' ? {} : { lang: ctx.lang, lessonLang: ctx.lang }), // absent is English, as before languages
      ...(ctx.python ? { python: ctx.python } : {}),
    });
    if (ci) await ciWorkflow?.writeCiFiles(ctx.targetDir, ci, ctx.lesson);
    await parkIfStopping(ctx);
    if (repository) await (committing = commitScaffold(ctx, await repository, title));
    // A Ctrl-C during the commit: the handler puts the folder back and exits; nothing more from here.
    await parkIfStopping(ctx);
    if (pythonProblem) throw pythonProblem;
  } catch (error) {
    await parkIfStopping(ctx);
    await repository?.catch(() => undefined); // never remove the folder under a running git
    if (ctx.createdDir && !(error instanceof UserError)) await rm(ctx.targetDir, { recursive: true, force: true });
    throw error;
  } finally {
    process.removeListener('SIGINT', interrupted);
  }

  await printNextSteps(ctx);
  return EXIT_OK;
}
