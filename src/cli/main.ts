import { type Argument, Command, Help, type Option } from 'commander';
import kleur from 'kleur';
import { catalog, isLang, setActiveLang } from '../i18n/i18n.js';
import { displayWidth, prepareColumns } from '../terminal/columns.js';
import { reportError } from '../terminal/report-error.js';

const text = catalog({
  en: {
    exitCodes: (codes: string, alsoTwo?: string) =>
      `\nExit codes: ${codes}; 2 could not run (bad arguments, no project, no Python)${alsoTwo ? ` or ${alsoTwo}` : ''}.`,
    helpOption: 'display help for command',
    /** commander's own words: headings, the note on a default value, its usage errors (by their English text). */
    title: (title: string) => title,
    defaultNote: (value: string) => `(default: ${value})`,
    commanderError: (message: string) => message,
    wrap: (shown: string, width: number) => Help.prototype.boxWrap.call(new Help(), shown, width),
    /** The whole help text, once commander has made it. */
    help: (help: string) => help,
  },
  'zh-CN': {
    exitCodes: (codes, alsoTwo) => `\n退出码：${codes}；2 无法运行（参数不对、没有项目或没有 Python）${alsoTwo ? `或${alsoTwo}` : ''}。`,
    helpOption: '显示命令的帮助',
    title: (title) =>
      ({ 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' })[
        title
      ] ?? title,
    defaultNote: (value) => `（默认：${value}）`,
    commanderError: (message) =>
      message
        .replace(/unknown option '(.*?)'/, "未知选项 '$1'")
        .replace(/unknown command '(.*?)'/, "未知命令 '$1'")
        .replace(/missing required argument '(.*?)'/, "缺少必需的参数 '$1'")
        .replace(/required option '(.*?)' not specified/, "必须给出选项 '$1'")
        .replace(/option '(.*?)' argument missing/, "选项 '$1' 缺少值")
        .replace(/option '(.*?)' argument '(.*?)' is invalid\./, "选项 '$1' 的值 '$2' 无效。")
        .replace(
          /too many arguments(?: for '(.*?)')?\. Expected (\d+) arguments? but got (\d+)\./,
          (_, name?: string, expected?: string, got?: string) =>
            `${name ? `'${name}' 的` : ''}参数太多：应为 ${expected} 个，实际给了 ${got} 个。`,
        )
        .replace(/\(Did you mean one of (.*)\?\)/, '（你是不是想输入其中之一：$1？）')
        .replace(/\(Did you mean (.*)\?\)/, '（你是不是想输入 $1？）'),
    wrap: wrapByColumns,
    // commander writes a space after the title of the usage line; a full-width colon has its own.
    help: (help) => help.replace(/^用法： /, '用法：'),
  },
});

// The language of this command's output, as early as can be (help is printed before any project
// is read): --lang where the command has one, else the locale; openProject() then applies the
// project's own language.
const langArgument = (argv: string[]): string | undefined => {
  const at = argv.indexOf('--lang');
  return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
};
const chosenLang = langArgument(process.argv.slice(2));
if (isLang(chosenLang)) setActiveLang(chosenLang);

// kleur reads FORCE_COLOR only as 'force on'; FORCE_COLOR=0 conventionally means off.
if (process.env.FORCE_COLOR === '0') kleur.enabled = false;
// NO_COLOR wins over FORCE_COLOR (kleur already chose off). Node's console would also warn that it
// ignores NO_COLOR, for colour it never uses here: drop FORCE_COLOR, for our children too.
if (process.env.FORCE_COLOR !== undefined && (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined))
  delete process.env.FORCE_COLOR;

/** The status git ends with when its reader goes away (128 + SIGPIPE). */
const EXIT_BROKEN_PIPE = 141;
// A reader that closed early (`flash-login verify --help | head -1`) ends us quietly, as it ends git,
// instead of an unhandled EPIPE and its stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(EXIT_BROKEN_PIPE);
});

export { VERSION } from '../shared/version.js';

/** A commander program whose subcommands inherit one-line errors and exit code 2 for bad usage. */
export function newProgram(name: string): Command {
  return new Command(name)
    .exitOverride()
    .configureOutput({
      outputError: (message, write) =>
        write(
          `${kleur.red(
            text()
              .commanderError(message.trimEnd())
              .replace(/^error: /, `${name}: `),
          )}\n`,
        ),
    })
    .configureHelp({
      styleTitle: (title) => text().title(title),
      formatHelp: (command, helper) => text().help(Help.prototype.formatHelp.call(helper, command, helper)),
      // Chinese characters take two terminal columns: wrapping and alignment count columns, not characters.
      displayWidth: (shown) => displayWidth(shown),
      boxWrap: (shown, width) => text().wrap(shown, width),
      optionDescription: (option: Option) => withDefaultNote(Help.prototype.optionDescription.call(new Help(), option)),
      argumentDescription: (argument: Argument) => withDefaultNote(Help.prototype.argumentDescription.call(new Help(), argument)),
    })
    .helpOption('-h, --help', text().helpOption)
    .showSuggestionAfterError(true);
}

/**
 * Help text wrapped to `width` terminal columns where Chinese has no spaces to break at: a line may
 * break between any two Chinese characters, never inside an English word, nor before closing punctuation.
 */
function wrapByColumns(shown: string, width: number): string {
  if (width < 20) return shown;
  const pieces = /[（「]*(?:[\u2E80-\u9FFF\uF900-\uFAFF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF（「]+)[，。；：、）」！？]*|\s+|./gu;
  return shown
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const piece of line.match(pieces) ?? []) {
        if (current.trim() && displayWidth(current + piece) > width) {
          lines.push(current.trimEnd());
          current = piece.trimStart();
        } else current += piece;
      }
      lines.push(current.trimEnd());
      return lines.join('\n');
    })
    .join('\n');
}

/** commander's "(default: 120)" after a description, in the output's language. */
function withDefaultNote(description: string): string {
  return description.replace(/\(default: (.*)\)$/, (_, value: string) => text().defaultNote(value));
}

/** Whether commander will print a help page: no arguments (flash-login lists its commands), --help, or `help`. */
const printsHelp = (args: string[]): boolean => args.length === 0 || args[0] === 'help' || args.includes('--help') || args.includes('-h');

/** Parse argv, run the chosen action and exit with its code; errors become one clear line. */
export async function runProgram(program: Command, argv: string[] = process.argv): Promise<never> {
  let code = 0;
  try {
    if (printsHelp(argv.slice(2))) await prepareColumns(); // help is laid out while commander parses
    await program.parseAsync(argv);
    code = process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    code = reportError(program.name(), error);
  }
  // process.exit() drops output a pipe has not taken yet (--json beyond 64 KB): let stdout drain first.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}

/**
 * The exit-code lines for a command's --help: `codes`, what 1 (when it can happen) and any other code
 * mean for it; `alsoTwo`, when else it exits 2, besides not being able to run.
 */
export function exitCodesHelp(codes: string, alsoTwo?: string): string {
  return text().exitCodes(codes, alsoTwo);
}

/** Wrap a command's action so its returned number becomes the exit code. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    // A command's --lang (create's) sets the language of what it prints.
    const options = args.find(
      (arg): arg is { lang?: unknown } => typeof arg === 'object' && arg !== null && !(arg instanceof Command) && 'lang' in arg,
    );
    if (isLang(options?.lang)) setActiveLang(options.lang);
    process.exitCode = await run(...args);
  };
}
