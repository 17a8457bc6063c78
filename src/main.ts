import { Command, CommanderError } from 'commander';
import kleur from 'kleur';
import { describeFileError, EXIT_CANNOT_RUN, UserError } from './engine/errors.js';

// kleur reads FORCE_COLOR only as 'force on'; FORCE_COLOR=0 conventionally means off.
if (process.env.FORCE_COLOR === '0') kleur.enabled = false;
// NO_COLOR wins over FORCE_COLOR (kleur already chose off). Node's console would also warn that it
// ignores NO_COLOR, for colour it never uses here: drop FORCE_COLOR, for our children too.
if (process.env.FORCE_COLOR !== undefined && (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined))
  delete process.env.FORCE_COLOR;

/** The status git ends with when its reader goes away (128 + SIGPIPE). */
export const EXIT_BROKEN_PIPE = 141;
// A reader that closed early (`flash-login verify --help | head -1`) ends us quietly, as it ends git,
// instead of an unhandled EPIPE and its stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT_BROKEN_PIPE);
});

export const VERSION = '0.1.0';

const debugging = () => process.argv.includes('--debug');

/** Print an error as one line (with the stack only under --debug) and return its exit code. */
export function reportError(name: string, error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_CANNOT_RUN;
  if (error instanceof UserError) {
    console.error(`${kleur.red(name + ':')} ${error.message}`);
    if (error.detail) console.error(error.detail);
    if (debugging() && error.stack) console.error(kleur.dim(error.stack));
    return error.exitCode;
  }
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT' && syscall === 'uv_cwd') {
    // The shell still sits in a folder that was deleted (or moved) under it.
    const what = name === 'flash-login' ? '`cd` into your project again (or pass --dir PATH)' : '`cd` into a folder that exists and run it again';
    console.error(`${kleur.red(name + ':')} the current folder no longer exists: ${what}.`);
    return EXIT_CANNOT_RUN;
  }
  const fileProblem = describeFileError(error);
  if (fileProblem) {
    console.error(`${kleur.red(name + ':')} ${fileProblem}`);
    if (debugging() && error instanceof Error) console.error(error.stack);
    return EXIT_CANNOT_RUN;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${kleur.red(name + ':')} unexpected error: ${message} (run again with --debug to see where)`);
  if (debugging() && error instanceof Error) console.error(error.stack);
  return EXIT_CANNOT_RUN;
}

/** A commander program whose subcommands inherit one-line errors and exit code 2 for bad usage. */
export function newProgram(name: string): Command {
  return new Command(name)
    .exitOverride()
    .configureOutput({
      outputError: (text, write) => write(kleur.red(text.trimEnd().replace(/^error: /, `${name}: `)) + '\n'),
    })
    .showSuggestionAfterError(true);
}

/** Parse argv, run the chosen action and exit with its code; errors become one clear line. */
export async function runProgram(program: Command, argv: string[] = process.argv): Promise<never> {
  let code = 0;
  try {
    await program.parseAsync(argv);
    code = process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    code = reportError(program.name(), error);
  }
  // process.exit() drops output a pipe has not taken yet (--json beyond 64 KB): let stdout drain first.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}

/** The exit-code lines for a command's --help: what 1 (when it can happen) and any other code mean for it. */
export function exitCodesHelp(codes: string): string {
  return `\nExit codes: ${codes}; 2 could not run (bad arguments, no project, no Python).`;
}

/** Wrap a command's action so its returned number becomes the exit code. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    process.exitCode = await run(...args);
  };
}
