// `create-flash-login [dir]`: scaffold a Flask app at lesson 1 (or --lesson N).
import { action, exitCodesHelp, newProgram, runProgram, VERSION } from './main.js';

const program = newProgram('create-flash-login')
  .description('Start a Flask login app that you build one lesson at a time.')
  .version(VERSION, '-v, --version')
  .argument('[dir]', 'the folder to create (default: flash-login-app)')
  .option('-y, --yes', 'take every default without asking')
  .option('--python <path>', 'the Python to build the virtual environment with')
  .option('--install', 'make .venv and pip install the requirements (the default)')
  .option('--no-install', 'skip the virtual environment and pip install')
  .option('--git', 'make a git repository and commit each lesson (the default)')
  .option('--no-git', 'do not make a git repository')
  .option('-f, --force', 'write into a folder that is not empty')
  .option('-l, --lesson <n>', 'start at lesson N (1 to 5) instead of 1')
  .option('-m, --mode <mode>', 'practice (default): write each lesson from TODOs; guided: each lesson arrives finished')
  .option('--lang <lang>', 'en or zh-CN (中文): the language of the lessons, the app and the messages (default: from LANG)')
  .option('--ci <provider>', 'add a CI workflow that checks the current lesson on every push: github or gitlab')
  .option('--debug', 'show stack traces for unexpected errors')
  .addHelpText(
    'after',
    '\nExamples:\n  $ create-flash-login my-app\n  $ create-flash-login "My App" --yes --no-git\n  $ create-flash-login ~/code/auth --lesson 3 --python /usr/bin/python3\n  $ create-flash-login my-app --mode guided\n  $ create-flash-login my-app --ci github\n  $ create-flash-login my-app --lang zh-CN --yes',
  )
  .addHelpText('after', exitCodesHelp('0 the project is made, 1 cancelled (you declined to write into a non-empty folder), 130 Ctrl-C'))
  .action(
    action(async (dir: string | undefined, options) => {
      const [{ create }, { Cancelled }] = await Promise.all([import('./create/index.js'), import('./create/context.js')]);
      try {
        return await create(dir, options);
      } catch (error) {
        if (!(error instanceof Cancelled)) throw error;
        console.error(error.message); // one plain line: a cancel is not an error
        return error.exitCode;
      }
    }),
  );

void runProgram(program);
