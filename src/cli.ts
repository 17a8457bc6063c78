// `flash-login`: one small file per command, each loaded only when it runs.
import { action, newProgram, runProgram, VERSION } from './main.js';

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
  .option('--json', 'print one JSON document (Exercism results.json shape)')
  .addHelpText('after', '\nExamples:\n  $ flash-login verify\n  $ flash-login verify --lesson 2 --json\n  $ flash-login verify --dir ~/my-app --python /usr/bin/python3')
  .action(action(async (options) => (await import('./commands/verify.js')).verifyCommand(options)));

void runProgram(program);
