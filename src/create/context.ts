import type { Mode } from '../course/exercises.js';
import type { Lang } from '../i18n/i18n.js';
import type { Ask } from '../terminal/prompt.js';

export interface ExistingFolder {
  /** The names at the folder's top level before this run: anything else there afterwards is ours. */
  before: Set<string>;
  /** The backup entry of the files the scaffold replaced, once it is under way. */
  entry?: string;
  /** Set by Ctrl-C: the write in progress stops at its next file. */
  stopping: boolean;
}

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
  /** .venv/bin/flash-login was written: after `source .venv/bin/activate`, `flash-login` is the command. */
  launcher?: boolean;
  /** How the learner installs the requirements when the scaffold did not (default: a new .venv). */
  installCommand?: string;
  /** Set when the target folder did not exist before: removed again if the scaffold is cut short. */
  createdDir: boolean;
  /** Set when it did: what was there, so a cut-short scaffold removes exactly what it wrote. */
  existing?: ExistingFolder;
  log: (line?: string) => void;
}
