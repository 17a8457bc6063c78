// `flash-login`: one small file per command, each loaded only when it runs.
import { action, exitCodesHelp, newProgram, runProgram, VERSION } from './main.js';

const program = newProgram('flash-login')
  .description('Build a Flask login app lesson by lesson, and check it over real HTTP.')
  .version(VERSION, '-v, --version')
  .option('--debug', 'show stack traces for unexpected errors')
  .showHelpAfterError('(run `flash-login --help` to see every command)');

program
  .command('verify')
  .description("run the lesson's checks against your app over real HTTP")
  .option('-l, --lesson <n>', 'check this lesson instead of the current one')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .option('--python <path>', 'the Python to run the app with')
  .option('--json', 'print one JSON document (our schema; the same as --format json)')
  .option('--format <name>', 'print a machine-readable report instead: json, exercism, github, autograding, classroom50 or junit')
  .option('-c, --check <id>', 'run only this check and the checks it needs (repeatable)', (id: string, ids: string[] = []) => [...ids, id])
  .option('--list', "list the lesson's checks with their titles, and run nothing")
  .option('--verbose', 'show whole tracebacks and every skipped check')
  .option('-w, --watch', 'check again each time you save a file of your project (q quits)')
  .addHelpText(
    'after',
    '\nExamples:\n  $ flash-login verify\n  $ flash-login verify --watch\n  $ flash-login verify --check 2.3 --check 2.5\n  $ flash-login verify --list --lesson 3\n' +
      '  $ flash-login verify --lesson 2 --json\n  $ flash-login verify --format exercism > results.json\n  $ flash-login verify --format junit > report.xml\n  $ flash-login verify --dir ~/my-app --python /usr/bin/python3',
  )
  .action(
    action(async (options) =>
      options.watch
        ? (await import('./commands/watch.js')).watchCommand(options)
        : (await import('./commands/verify.js')).verifyCommand(options),
    ),
  );

program
  .command('status')
  .description('your lesson, the last verify, any conflicts, and what to do next')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login status\n  $ flash-login status --dir ~/my-app')
  .action(action(async (options) => (await import('./commands/status.js')).statusCommand(options)));

program
  .command('lessons')
  .description('list the lessons: ✓ done, → current, · to do')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login lessons\n  $ flash-login lessons --dir ~/my-app')
  .action(action(async (options) => (await import('./commands/lessons.js')).lessonsCommand(options)));

program
  .command('show')
  .argument('[lesson]', 'the lesson number, 1 to 5 (default: your current lesson)')
  .description('print a lesson to read in the terminal')
  .option('--hints', 'include the hints, solutions too')
  .option('--solutions', "practice mode: print each step's code too (hidden otherwise)")
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login show\n  $ flash-login show 3\n  $ flash-login show --solutions\n  $ FORCE_COLOR=1 flash-login show 2 | less -R')
  .action(action(async (lesson: string | undefined, options) => (await import('./commands/show.js')).showCommand(lesson, options)));

program
  .command('hint')
  .argument('[id]', 'a check such as 1.2, or an exercise such as 4.guard (default: the first check that failed in the last verify)')
  .description('a hint for a failing check or an exercise, one level per run, solution last')
  .option('-a, --all', 'show every level at once, the solution too')
  .option('-y, --yes', 'show the solution without asking first')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login hint\n  $ flash-login hint 1.2\n  $ flash-login hint 4.guard\n  $ flash-login hint 2.3 --all')
  .action(action(async (check: string | undefined, options) => (await import('./commands/hint.js')).hintCommand(check, options)));

program
  .command('solution')
  .argument('[exercise]', 'one exercise of the current lesson, such as 4.guard (default: all of them)')
  .description("practice mode: the current lesson's reference code as a diff against your files; --apply writes it")
  .option('--apply', 'write it, as a three-way merge with your files (`flash-login undo` takes it back)')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText(
    'after',
    '\nExit codes: 0 shown or written, 1 written with conflicts, 2 could not run.\n' +
      '\nExamples:\n  $ flash-login solution 4.guard\n  $ flash-login solution\n  $ flash-login solution --apply 4.guard\n  $ flash-login solution --apply && flash-login verify',
  )
  .action(action(async (exercise: string | undefined, options) => (await import('./commands/solution.js')).solutionCommand(exercise, options)));

program
  .command('mode')
  .argument('[mode]', 'practice or guided (default: print the current mode)')
  .description('how the next lessons arrive: practice (TODOs you write) or guided (finished)')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login mode\n  $ flash-login mode guided\n  $ flash-login mode practice')
  .action(action(async (mode: string | undefined, options) => (await import('./commands/mode.js')).modeCommand(mode, options)));

program
  .command('lang')
  .argument('[lang]', 'en or zh-CN (default: print the current language)')
  .description('the language of the lessons, hints and messages now, and of the app from the next lesson on: en or zh-CN (中文)')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login lang\n  $ flash-login lang zh-CN\n  $ flash-login lang en')
  .action(action(async (lang: string | undefined, options) => (await import('./commands/lang.js')).langCommand(lang, options)));

program
  .command('run')
  .description('run your app with flask --debug (Ctrl-C stops it)')
  .option('-p, --port <n>', 'the port to listen on (default: 5000, or the next free one)')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .option('--python <path>', 'the Python to run the app with')
  .addHelpText('after', '\nExamples:\n  $ flash-login run\n  $ flash-login run --port 8000\n  $ FLASK_SECRET_KEY=my-lasting-key flash-login run')
  .action(action(async (options) => (await import('./commands/run.js')).runCommand(options)));

program
  .command('doctor')
  .description('check Python, packages, state file and port, with a fix for each problem')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .option('--python <path>', 'check this Python instead of the project\'s')
  .addHelpText('after', '\nExamples:\n  $ flash-login doctor\n  $ flash-login doctor --python /usr/bin/python3')
  .action(action(async (options) => (await import('./commands/doctor.js')).doctorCommand(options)));

program
  .command('next-lesson')
  .description('bring in the next lesson as a three-way merge that keeps your edits, then verify it')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .option('--dry-run', 'show the coloured diff of what would change, and write nothing')
  .option('--no-verify', 'do not run verify for the new lesson afterwards')
  .option('-f, --force', "move on even though the current lesson's verify has not passed")
  .option('--python <path>', 'the Python verify runs the app with')
  .addHelpText('after', '\nExamples:\n  $ flash-login next-lesson --dry-run\n  $ flash-login next-lesson\n  $ flash-login next-lesson --no-verify --force')
  .action(action(async (options) => (await import('./commands/next-lesson.js')).nextLessonCommand(options)));

program
  .command('diff')
  .argument('[lesson]', 'the lesson whose changes to show (default: the next one)')
  .description('preview what a lesson changes, merged onto your files, without writing anything')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login diff\n  $ flash-login diff 3\n  $ flash-login diff 4 | less -R')
  .action(action(async (lesson: string | undefined, options) => (await import('./commands/diff.js')).diffCommand(lesson, options)));

program
  .command('goto')
  .argument('<lesson>', 'the lesson to move to, forward or back')
  .description('move your project to any lesson, keeping your edits (a three-way merge, like next-lesson)')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .option('--dry-run', 'show the coloured diff of what would change, and write nothing')
  .option('--no-verify', 'do not run verify for that lesson afterwards')
  .option('--python <path>', 'the Python verify runs the app with')
  .addHelpText('after', '\nExamples:\n  $ flash-login goto 2\n  $ flash-login goto 5 --dry-run\n  $ flash-login goto 3 --no-verify')
  .action(action(async (lesson: string, options) => (await import('./commands/goto.js')).gotoCommand(lesson, options)));

program
  .command('reset')
  .argument('[files...]', "the files to reset (default: every file of the lesson)")
  .description("put back the current lesson's reference version of files; your copies are saved for undo")
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login reset app.py\n  $ flash-login reset templates/login.html templates/base.html\n  $ flash-login reset')
  .action(action(async (files: string[], options) => (await import('./commands/reset.js')).resetCommand(files, options)));

program
  .command('ci')
  .argument('<provider>', 'github or gitlab')
  .description('add a CI workflow that checks your current lesson on every push')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .option('-l, --lesson <n>', 'the lesson CI checks, where the project has no state file')
  .option('-f, --force', 'replace a workflow file you changed (undo puts it back)')
  .addHelpText('after', '\nExamples:\n  $ flash-login ci github\n  $ flash-login ci gitlab --dir ~/my-app')
  .action(action(async (provider: string, options) => (await import('./commands/ci.js')).ciCommand(provider, options)));

program
  .command('grade')
  .argument('<submissions...>', 'folders, .zip files, or folders holding them')
  .description("grade many submissions in parallel, each in its own copy, and write grades.csv, grades.json and grades.html")
  .requiredOption('-l, --lesson <n>', 'the lesson to grade')
  .option('-j, --jobs <n>', 'submissions graded at once (default: one per core)')
  .option('-o, --out <dir>', 'where the reports go (default: the current folder)')
  .option('--python <path>', 'the Python to run every submission with')
  .option('--timeout <seconds>', 'time limit per submission', '120')
  .option('--memory <mb>', 'memory limit per submission, in MB', '512')
  .option('--processes <n>', 'process limit per submission', '64')
  .option('--output <kb>', "limit on what a submission's app may print, in KB", '1024')
  .addHelpText('after', '\nExamples:\n  $ flash-login grade submissions/ --lesson 3\n  $ flash-login grade alice.zip bob/ --lesson 5 --jobs 4 --out reports')
  .action(action(async (submissions: string[], options) => (await import('./commands/grade.js')).gradeCommand(submissions, options)));

program
  .command('undo')
  .description('put back the files of the last next-lesson, goto or reset exactly as they were')
  .option('-d, --dir <path>', 'the project folder (default: the current folder)')
  .addHelpText('after', '\nExamples:\n  $ flash-login undo\n  $ flash-login undo --dir ~/my-app')
  .action(action(async (options) => (await import('./commands/undo.js')).undoCommand(options)));

// Every command's --help ends with what its exit codes mean (0 ok, 1 failed, 2 could not run, and its own).
const EXIT_CODES: Record<string, string> = {
  verify: '0 every check passed, 1 a check failed; with --watch, 0 after q or the end of input, 130 Ctrl-C, 143 SIGTERM',
  status: '0 always when it can read the project',
  lessons: '0',
  show: '0',
  hint: '0 (also when there is no failure to explain)',
  run: '0 the app exited by itself cleanly, 130 Ctrl-C, 143 SIGTERM; 2 also when the app does not start or stops with an error',
  doctor: '0 everything is right, 1 a problem was found (each with its fix)',
  'next-lesson': '0 moved on (and verify passed), 1 conflicts to resolve or failed checks',
  diff: '0',
  lang: '0',
  goto: '0 moved (and verify passed), 1 conflicts to resolve or failed checks',
  reset: '0',
  undo: '0',
  ci: '0 the workflow is written (or already was)',
  grade: '0 every submission passed every check, 1 some did not (the reports are written either way)',
};
for (const command of program.commands) command.addHelpText('after', exitCodesHelp(EXIT_CODES[command.name()] ?? '0'));

void runProgram(program);
