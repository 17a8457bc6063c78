// `flash-login`: one small file per command, each loaded only when it runs.
import { cliText } from './cli.text.js';
import { action, exitCodesHelp, newProgram, runProgram, VERSION } from './main.js';

const t = cliText();

const program = newProgram('flash-login')
  .description(t.program)
  .version(VERSION, '-v, --version', t.version)
  .option('--debug', t.debug)
  .showHelpAfterError(t.afterError)
  .helpCommand('help [command]', t.helpCommand);

program
  .command('verify')
  .description(t.verify.description)
  .option('-l, --lesson <n>', t.verify.lesson)
  .option('-d, --dir <path>', t.dir)
  .option('--python <path>', t.python)
  .option('--json', t.verify.json)
  .option('--format <name>', t.verify.format)
  .option('-c, --check <id>', t.verify.check, (id: string, ids: string[] = []) => [...ids, id])
  .option('--list', t.verify.list)
  .option('--verbose', t.verify.verbose)
  .option('-w, --watch', t.verify.watch)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login verify\n  $ flash-login verify --watch\n  $ flash-login verify --check 2.3 --check 2.5\n  $ flash-login verify --list --lesson 3\n` +
      '  $ flash-login verify --lesson 2 --json\n  $ flash-login verify --format exercism > results.json\n  $ flash-login verify --format junit > report.xml\n  $ flash-login verify --dir ~/my-app --python /usr/bin/python3',
  )
  .action(
    action(async (options) =>
      options.watch
        ? (await import('../commands/watch.js')).watchCommand(options)
        : (await import('../commands/verify.js')).verifyCommand(options),
    ),
  );

program
  .command('status')
  .description(t.status.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login status\n  $ flash-login status --dir ~/my-app`)
  .action(action(async (options) => (await import('../commands/status.js')).statusCommand(options)));

program
  .command('lessons')
  .description(t.lessons.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login lessons\n  $ flash-login lessons --dir ~/my-app`)
  .action(action(async (options) => (await import('../commands/lessons.js')).lessonsCommand(options)));

program
  .command('show')
  .argument('[lesson]', t.show.lesson)
  .description(t.show.description)
  .option('--hints', t.show.hints)
  .option('--solutions', t.show.solutions)
  .option('-d, --dir <path>', t.dir)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login show\n  $ flash-login show 3\n  $ flash-login show --solutions\n  $ FORCE_COLOR=1 flash-login show 2 | less -R`,
  )
  .action(action(async (lesson: string | undefined, options) => (await import('../commands/show.js')).showCommand(lesson, options)));

program
  .command('hint')
  .argument('[id]', t.hint.id)
  .description(t.hint.description)
  .option('-a, --all', t.hint.all)
  .option('-y, --yes', t.hint.yes)
  .option('-d, --dir <path>', t.dir)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login hint\n  $ flash-login hint 1.2\n  $ flash-login hint 4.guard\n  $ flash-login hint 2.3 --all`,
  )
  .action(action(async (check: string | undefined, options) => (await import('../commands/hint.js')).hintCommand(check, options)));

program
  .command('solution')
  .argument('[exercise]', t.solution.exercise)
  .description(t.solution.description)
  .option('--apply', t.solution.apply)
  .option('-d, --dir <path>', t.dir)
  .addHelpText(
    'after',
    '\n' +
      t.solution.exitCodes +
      '\n' +
      `\n${t.examples}\n  $ flash-login solution 4.guard\n  $ flash-login solution\n  $ flash-login solution --apply 4.guard\n  $ flash-login solution --apply && flash-login verify`,
  )
  .action(
    action(async (exercise: string | undefined, options) => (await import('../commands/solution.js')).solutionCommand(exercise, options)),
  );

program
  .command('mode')
  .argument('[mode]', t.mode.mode)
  .description(t.mode.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login mode\n  $ flash-login mode guided\n  $ flash-login mode practice`)
  .action(action(async (mode: string | undefined, options) => (await import('../commands/mode.js')).modeCommand(mode, options)));

program
  .command('lang')
  .argument('[lang]', t.lang.lang)
  .description(t.lang.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login lang\n  $ flash-login lang zh-CN\n  $ flash-login lang en`)
  .action(action(async (lang: string | undefined, options) => (await import('../commands/lang.js')).langCommand(lang, options)));

program
  .command('run')
  .description(t.run.description)
  .option('-p, --port <n>', t.run.port)
  .option('-d, --dir <path>', t.dir)
  .option('--python <path>', t.python)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login run\n  $ flash-login run --port 8000\n  $ FLASK_SECRET_KEY=my-lasting-key flash-login run`,
  )
  .action(action(async (options) => (await import('../commands/run.js')).runCommand(options)));

program
  .command('doctor')
  .description(t.doctor.description)
  .option('-d, --dir <path>', t.dir)
  .option('--python <path>', t.doctor.python)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login doctor\n  $ flash-login doctor --python /usr/bin/python3`)
  .action(action(async (options) => (await import('../commands/doctor.js')).doctorCommand(options)));

program
  .command('next-lesson')
  .description(t.nextLesson.description)
  .option('-d, --dir <path>', t.dir)
  .option('--dry-run', t.dryRun)
  .option('--no-verify', t.nextLesson.noVerify)
  .option('-f, --force', t.nextLesson.force)
  .option('--python <path>', t.verifyPython)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login next-lesson --dry-run\n  $ flash-login next-lesson\n  $ flash-login next-lesson --no-verify --force`,
  )
  .action(action(async (options) => (await import('../commands/next-lesson.js')).nextLessonCommand(options)));

program
  .command('diff')
  .argument('[lesson]', t.diff.lesson)
  .description(t.diff.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login diff\n  $ flash-login diff 3\n  $ flash-login diff 4 | less -R`)
  .action(action(async (lesson: string | undefined, options) => (await import('../commands/diff.js')).diffCommand(lesson, options)));

program
  .command('goto')
  .argument('<lesson>', t.goto.lesson)
  .description(t.goto.description)
  .option('-d, --dir <path>', t.dir)
  .option('--dry-run', t.dryRun)
  .option('--no-verify', t.goto.noVerify)
  .option('--python <path>', t.verifyPython)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login goto 2\n  $ flash-login goto 5 --dry-run\n  $ flash-login goto 3 --no-verify`)
  .action(action(async (lesson: string, options) => (await import('../commands/goto.js')).gotoCommand(lesson, options)));

program
  .command('reset')
  .argument('[files...]', t.reset.files)
  .description(t.reset.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login reset app.py\n  $ flash-login reset templates/login.html templates/base.html\n  $ flash-login reset`,
  )
  .action(action(async (files: string[], options) => (await import('../commands/reset.js')).resetCommand(files, options)));

program
  .command('ci')
  .argument('<provider>', t.ci.provider)
  .description(t.ci.description)
  .option('-d, --dir <path>', t.dir)
  .option('-l, --lesson <n>', t.ci.lesson)
  .option('-f, --force', t.ci.force)
  .option('--vendor', t.ci.vendor)
  .option('--pin-lesson <n>', t.ci.pinLesson)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login ci github\n  $ flash-login ci github --pin-lesson 3\n  $ flash-login ci gitlab --dir ~/my-app --vendor`,
  )
  .action(action(async (provider: string, options) => (await import('../commands/ci.js')).ciCommand(provider, options)));

program
  .command('grade')
  .argument('<submissions...>', t.grade.submissions)
  .description(t.grade.description)
  .requiredOption('-l, --lesson <n>', t.grade.lesson)
  .option('-j, --jobs <n>', t.grade.jobs)
  .option('-o, --out <dir>', t.grade.out)
  .option('--python <path>', t.grade.python)
  .option('--timeout <seconds>', t.grade.timeout, '120')
  .option('--cpu <seconds>', t.grade.cpu)
  .option('--memory <mb>', t.grade.memory, '512')
  .option('--processes <n>', t.grade.processes, '64')
  .option('--output <kb>', t.grade.output, '1024')
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ flash-login grade submissions/ --lesson 3\n  $ flash-login grade alice.zip bob/ --lesson 5 --jobs 4 --out reports`,
  )
  .action(action(async (submissions: string[], options) => (await import('../commands/grade.js')).gradeCommand(submissions, options)));

program
  .command('undo')
  .description(t.undo.description)
  .option('-d, --dir <path>', t.dir)
  .addHelpText('after', `\n${t.examples}\n  $ flash-login undo\n  $ flash-login undo --dir ~/my-app`)
  .action(action(async (options) => (await import('../commands/undo.js')).undoCommand(options)));

// Every command's --help ends with what its exit codes mean (0 ok, 1 failed, 2 could not run, and its own).
const EXIT_CODES: Record<string, string> = {
  verify: t.exitCodes.verify,
  status: t.exitCodes.status,
  lessons: '0',
  show: '0',
  hint: t.exitCodes.hint,
  run: t.exitCodes.run,
  doctor: t.exitCodes.doctor,
  'next-lesson': t.exitCodes['next-lesson'],
  diff: '0',
  lang: '0',
  goto: t.exitCodes.goto,
  reset: '0',
  undo: '0',
  ci: t.exitCodes.ci,
  grade: t.exitCodes.grade,
};
/** When else a command exits 2, besides not being able to run. */
const ALSO_TWO: Record<string, string> = { run: t.exitCodes.runAlsoTwo };
for (const command of program.commands)
  command.addHelpText('after', exitCodesHelp(EXIT_CODES[command.name()] ?? '0', ALSO_TWO[command.name()]));

void runProgram(program);
