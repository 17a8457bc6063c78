import type { PromptObject } from 'prompts';
import { UserError } from '../shared/errors.js';
import type { Mode } from '../course/exercises.js';
import type { Lang } from '../i18n/i18n.js';
import type { ExistingFolder } from './steps/over-existing.js';
import { createText } from './create.text.js';

export interface CreateOptions {
  yes?: boolean;
  python?: string;
  install?: boolean;
  git?: boolean;
  force?: boolean;
  lesson?: string;
  mode?: string;
  /** en or zh-CN: the language of the lesson texts and the generated app (default: the locale's). */
  lang?: string;
  /** github or gitlab: also write that CI workflow and the committed lesson file. */
  ci?: string;
}

/** Asks one question; the real one wraps `prompts`, tests inject answers. */
export type Ask = <T>(question: PromptObject) => Promise<T>;

/** Everything the scaffold steps share, filled in as they run. */
export interface CreateContext {
  cwd: string;
  options: CreateOptions;
  /** Whether we may ask questions: a terminal on both ends and no --yes. */
  interactive: boolean;
  ask: Ask;
  lesson: number;
  dirArgument?: string;
  targetDir: string;
  projectName: string;
  install: boolean;
  git: boolean;
  /** practice: the lesson's starter with TODOs; guided: the finished reference app. */
  mode: Mode;
  /** The project's language: lesson texts, the generated app, what the CLI prints. */
  lang: Lang;
  /** The Python the project will run with, once the python step chose it (none under --no-install). */
  python?: string;
  /** Whether that Python has every requirement, so the app runs as it is. */
  pythonReady?: boolean;
  /** How the learner installs the requirements when the scaffold did not (default: a new .venv). */
  installCommand?: string;
  /** Set when the target folder did not exist before: removed again if the scaffold is cut short. */
  createdDir: boolean;
  /** Set when it did: what was there, so a cut-short scaffold removes exactly what it wrote. */
  existing?: ExistingFolder;
  log: (line?: string) => void;
}

/**
 * The learner stopped the scaffold before anything was written: Ctrl-C at a question (130, as a
 * signal ends a program), or "no" to writing into a non-empty folder (1: not an error, but nothing
 * was made, so `create-flash-login x && cd x` stops there).
 */
export class Cancelled extends UserError {
  constructor(exitCode = 130) {
    super(createText().cancelled, exitCode);
  }
}

/** The real asker: prompts, with Ctrl-C turned into a clean exit instead of a partial answer. */
export async function promptsAsk<T>(question: PromptObject): Promise<T> {
  // A text answer gets the line editing of a shell (Ctrl-U, Ctrl-W); prompts' own would type them in.
  if (question.type === 'text') return (await import('../terminal/line-prompt.js')).askLine(question) as Promise<T>;
  const { default: prompts } = await import('prompts');
  let cancelled = false;
  const answers = await prompts(question, {
    onCancel: () => {
      cancelled = true;
      return false;
    },
  });
  if (cancelled || !(String(question.name) in answers)) throw new Cancelled();
  return answers[String(question.name)] as T;
}
