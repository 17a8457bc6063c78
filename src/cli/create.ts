// `create-flash-login [dir]`: scaffold a Flask app at lesson 1 (or --lesson N).
import { createText } from '../create/create.text.js';
import { Cancelled } from '../shared/errors.js'; // already loaded with main.ts: a dynamic import would be one module more
import { action, exitCodesHelp, newProgram, runProgram, VERSION } from './main.js';

const t = createText().help;

const program = newProgram('create-flash-login')
  .description(t.description)
  .version(VERSION, '-v, --version', t.version)
  .argument('[dir]', t.dir)
  .option('-y, --yes', t.yes)
  .option('--python <path>', t.python)
  .option('--install', t.install)
  .option('--no-install', t.noInstall)
  .option('--git', t.git)
  .option('--no-git', t.noGit)
  .option('-f, --force', t.force)
  .option('-l, --lesson <n>', t.lesson)
  .option('-m, --mode <mode>', t.mode)
  .option('--lang <lang>', t.lang)
  .option('--ci <provider>', t.ci)
  .option('--debug', t.debug)
  .addHelpText(
    'after',
    `\n${t.examples}\n  $ create-flash-login my-app\n  $ create-flash-login "My App" --yes --no-git\n  $ create-flash-login ~/code/auth --lesson 3 --python /usr/bin/python3\n  $ create-flash-login my-app --mode guided\n  $ create-flash-login my-app --ci github\n  $ create-flash-login my-app --lang zh-CN --yes`,
  )
  .addHelpText('after', exitCodesHelp(t.exitCodes))
  .action(
    action(async (dir: string | undefined, options) => {
      const { create } = await import('../create/index.js');
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
