import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { catalog, setActiveLang } from '../i18n/i18n.js';
import { findReadyPython, missingPackages, probePython, systemPythonCandidates, venvPython } from '../runtime/python.js';
import { APT_FIX, VENV_FIX } from '../runtime/python-fixes.js';
import { startOneHint } from '../runtime/self-command.js';
import { UserError } from '../shared/errors.js';
import { type ProjectState, readState, STATE_FILE } from './state.js';

const text = catalog({
  en: {
    missingDir: (dir: string, startOne: string) => `${dir} does not exist: pass --dir with your project folder, or ${startOne}.`,
    noApp: (dir: string, startOne: string) => `${dir} has no app.py: run this in your project folder (or pass --dir PATH), or ${startOne}.`,
    pythonDoesNotRun: (python: string) =>
      `cannot run Python at ${python}: pass --python with a working interpreter (\`flash-login doctor\` helps).`,
    noFlask: (python: string, aptFix: string) =>
      `Flask does not import in ${python}: run \`${python} -m pip install -r requirements.txt\` (or: ${aptFix}).`,
    noPython: (venvFix: string, aptFix: string) => `no Python with Flask found: create one with \`${venvFix}\`, or run: ${aptFix}`,
    needsState: (command: string, dir: string) =>
      `${command} needs a project made by create-flash-login: ${dir} has no .flash-login/state.json.`,
  },
  'zh-CN': {
    missingDir: (dir, startOne) => `${dir} 不存在：用 --dir 指定你的项目文件夹，或者${startOne}。`,
    noApp: (dir, startOne) => `${dir} 里没有 app.py：请在你的项目文件夹里运行（或加上 --dir PATH），或者${startOne}。`,
    pythonDoesNotRun: (python) => `无法运行 ${python} 处的 Python：用 --python 指定一个能用的解释器（\`flash-login doctor\` 可以帮忙）。`,
    noFlask: (python, aptFix) => `${python} 里无法导入 Flask：运行 \`${python} -m pip install -r requirements.txt\`（或者：${aptFix}）。`,
    noPython: (venvFix, aptFix) => `没有找到装有 Flask 的 Python：用 \`${venvFix}\` 创建一个，或者运行：${aptFix}`,
    needsState: (command, dir) => `${command} 需要一个由 create-flash-login 创建的项目：${dir} 里没有 .flash-login/state.json。`,
  },
});

export interface Project {
  dir: string;
  state: ProjectState | undefined;
}

/** The project's state, which every lesson command needs (it holds the answers to render with). */
export function requireState(project: Project, command: string): ProjectState {
  if (!project.state) throw new UserError(text().needsState(command, project.dir));
  return project.state;
}

/**
 * The project folder for a command run in `dirOption` (default: the current folder): the nearest
 * folder at or above it with a state file, as git finds `.git` from any subfolder; else the folder
 * itself (a lone app.py is a project only where you stand). So `templates/` works as well as its parent.
 */
export function locateProject(dirOption: string | undefined): string {
  const start = resolve(dirOption ?? process.cwd());
  if (existsSync(join(start, 'app.py'))) return start;
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, STATE_FILE))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** The learner's project: a folder with app.py or a state file, found from any of its subfolders. */
export async function openProject(dirOption: string | undefined): Promise<Project> {
  const dir = locateProject(dirOption);
  if (!existsSync(dir)) throw new UserError(text().missingDir(dir, await startOneHint()));
  const state = await readState(dir);
  // The project speaks its own language from here on (before it, the locale: help, a missing project).
  if (state?.lang) setActiveLang(state.lang);
  if (!state && !existsSync(join(dir, 'app.py'))) throw new UserError(text().noApp(dir, await startOneHint()));
  return { dir, state };
}

/**
 * The Python to run the app with: --python, then the state file's, the project's venv, a system Python with Flask.
 * It only looks where packages are installed (a quick probe, not an import of Flask and friends):
 * the app's own start imports them, and shows the traceback of one that is broken.
 */
export async function resolvePython(project: Project, flag: string | undefined): Promise<string> {
  const choice = await choosePython(project, flag);
  await choice.checked;
  return choice.python;
}

export interface PythonChoice {
  python: string;
  /** Rejects with a UserError when the chosen Python cannot run the app (it does not run, or lacks Flask). */
  checked: Promise<void>;
}

/**
 * resolvePython() for a caller that starts the app at once: a Python named by --python or the
 * state file is returned before it is probed, and the probe's verdict comes later in `checked`.
 */
export async function choosePython(project: Project, flag: string | undefined): Promise<PythonChoice> {
  const chosen = flag ?? project.state?.python;
  if (chosen) return { python: chosen, checked: checkChosen(chosen) };
  return { python: await findPython(project), checked: Promise.resolve() };
}

async function checkChosen(chosen: string): Promise<void> {
  const probe = await probePython(chosen, 'find');
  if (!probe) throw new UserError(text().pythonDoesNotRun(chosen));
  if (probe.packages.Flask === null) throw new UserError(text().noFlask(chosen, APT_FIX));
}

async function findPython(project: Project): Promise<string> {
  for (const venv of ['.venv', 'venv']) {
    const python = venvPython(join(project.dir, venv));
    if (existsSync(python)) return python;
  }
  const ready = await findReadyPython(systemPythonCandidates(), 'find');
  if (ready) return ready.executable;
  const anyFlask = await firstWithFlask(systemPythonCandidates());
  if (anyFlask) return anyFlask;
  throw new UserError(text().noPython(VENV_FIX, APT_FIX));
}

async function firstWithFlask(candidates: string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    const probe = await probePython(candidate, 'find');
    if (probe && !missingPackages(probe).includes('Flask')) return probe.executable;
  }
  return undefined;
}
