import fs from 'node:fs/promises';
import { join } from 'node:path';
import { isLessonNumber } from '../../lessons/catalog.js';
import { catalog, isLang, type Lang } from '../i18n/i18n.js';
import { writeFileAtomic } from '../shared/atomic.js';
import { UserError } from '../shared/errors.js';

const stateText = catalog({
  en: {
    fix: (file: string) => `fix or delete ${file} (\`flash-login doctor\` explains what is wrong)`,
    notJson: (file: string, fix: string) => `${file} is not valid JSON: ${fix}.`,
    problem: (file: string, problem: string, fix: string) => `${file} ${problem}: ${fix}.`,
    notObject: 'is not a JSON object',
    version: (found: string, reads: number) => `has version ${found}, this flash-login reads version ${reads}`,
    noLesson: 'names no lesson from 1 to 5',
    noProjectName: 'lacks answers.projectName',
    pythonNotString: 'has a python path that is not a string',
    badMode: (key: string) => `has a ${key} that is neither "practice" nor "guided"`,
    badLang: (key: string) => `has a ${key} that is neither "en" nor "zh-CN"`,
  },
  'zh-CN': {
    fix: (file) => `请修正或删除 ${file}（\`flash-login doctor\` 会说明哪里不对）`,
    notJson: (file, fix) => `${file} 不是有效的 JSON：${fix}。`,
    problem: (file, problem, fix) => `${file} ${problem}：${fix}。`,
    notObject: '不是一个 JSON 对象',
    version: (found, reads) => `的版本是 ${found}，而这个 flash-login 读取的是版本 ${reads}`,
    noLesson: '没有写明 1 到 5 之间的课',
    noProjectName: '缺少 answers.projectName',
    pythonNotString: '里的 python 路径不是字符串',
    badMode: (key) => `里的 ${key} 既不是 "practice" 也不是 "guided"`,
    badLang: (key) => `里的 ${key} 既不是 "en" 也不是 "zh-CN"`,
  },
});

export const STATE_DIR = '.flash-login';
export const STATE_FILE = join(STATE_DIR, 'state.json');
/** Where every temporary file goes; the next command to take the project's lock empties it. */
export const TEMP_DIR = join(STATE_DIR, 'tmp');
export const STATE_VERSION = 1;

export interface VerifyRecord {
  lesson: number;
  status: 'pass' | 'fail' | 'error';
  failed: string[];
  at: string;
  /** The learner's files as verify found them (project-files.ts): `status` names those changed since. */
  files?: Record<string, string>;
}

/** What a project remembers between commands. Versioned so later releases can migrate it. */
export interface ProjectState {
  version: number;
  lesson: number;
  /** The answers the templates were rendered with; next-lesson renders with the same ones. */
  answers: { projectName: string };
  /**
   * Absolute path of the Python the project runs with. Absent after `--no-install`: commands
   * then use the project's .venv, or a Python that has the requirements.
   */
  python?: string;
  lastVerify?: VerifyRecord;
  /** Check id (`2.3`) or exercise id (`4.guard`) -> how many hint levels `flash-login hint` has revealed for it. */
  hints?: Record<string, number>;
  /**
   * practice: each lesson arrives as a starter with TODOs; guided: as the finished reference app.
   * Absent in projects made before practice mode existed, which were all guided.
   */
  mode?: 'practice' | 'guided';
  /** The mode the current lesson's files were written in (`mode` may have changed since). */
  lessonMode?: 'practice' | 'guided';
  /** Exercise ids the learner took from `flash-login solution --apply` rather than wrote. */
  solutions?: string[];
  /** The project's language (src/i18n/i18n.ts): lesson texts, the generated app, CLI output. Absent: English. */
  lang?: Lang;
  /** The language the current lesson's files were written in (`lang` may have changed since). */
  lessonLang?: Lang;
}

/** The language the next lesson's app speaks; projects from before languages existed are English. */
export function langOf(state: ProjectState | undefined): Lang {
  return state?.lang ?? 'en';
}

/** The language the current lesson's files came in. */
export function lessonLangOf(state: ProjectState | undefined): Lang {
  return state?.lessonLang ?? langOf(state);
}

/** The mode the next lesson comes in; projects from before practice mode are guided. */
export function modeOf(state: ProjectState | undefined): 'practice' | 'guided' {
  return state?.mode ?? 'guided';
}

/** A lesson step's modes: the current lesson's, and the next one's (planLessonStep takes them). */
export function stepModes(state: ProjectState): {
  from: 'practice' | 'guided';
  to: 'practice' | 'guided';
  fromPassed: boolean;
  langs: { from: Lang; to: Lang };
} {
  const last = state.lastVerify;
  return {
    from: lessonModeOf(state),
    to: modeOf(state),
    fromPassed: last?.lesson === state.lesson && last.status === 'pass',
    langs: { from: lessonLangOf(state), to: langOf(state) },
  };
}

/** The mode the current lesson's files came in. */
export function lessonModeOf(state: ProjectState | undefined): 'practice' | 'guided' {
  return state?.lessonMode ?? modeOf(state);
}

export function statePath(projectDir: string): string {
  return join(projectDir, STATE_FILE);
}

/** The project's state, or undefined where the folder has none (a hand-written app.py). */
export async function readState(projectDir: string): Promise<ProjectState | undefined> {
  const path = statePath(projectDir);
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const fix = stateText().fix(STATE_FILE);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(stateText().notJson(STATE_FILE, fix));
  }
  const problem = describeStateProblem(data);
  if (problem) throw new UserError(stateText().problem(STATE_FILE, problem, fix));
  return data as ProjectState;
}

/** Why a parsed state file is unusable, or undefined when it is fine. */
export function describeStateProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return stateText().notObject;
  const state = data as Partial<ProjectState>;
  if (state.version !== STATE_VERSION) return stateText().version(String(state.version), STATE_VERSION);
  if (!isLessonNumber(state.lesson)) return stateText().noLesson;
  if (typeof state.answers?.projectName !== 'string') return stateText().noProjectName;
  if (state.python !== undefined && typeof state.python !== 'string') return stateText().pythonNotString;
  for (const key of ['mode', 'lessonMode'] as const)
    if (state[key] !== undefined && state[key] !== 'practice' && state[key] !== 'guided') return stateText().badMode(key);
  for (const key of ['lang', 'lessonLang'] as const) if (state[key] !== undefined && !isLang(state[key])) return stateText().badLang(key);
  return undefined;
}

export async function writeState(projectDir: string, state: ProjectState): Promise<void> {
  await writeFileAtomic(statePath(projectDir), `${JSON.stringify(state, null, 2)}\n`, join(projectDir, TEMP_DIR));
}
