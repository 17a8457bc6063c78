import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import kleur from 'kleur';
import { isLessonNumber } from '../../lessons/catalog.js';
import { type InferredLesson, inferLesson, lessonTags } from '../course/infer-lesson.js';
import { catalog, isLang, listOf, setActiveLang } from '../i18n/i18n.js';
import { findConflicts } from '../project/conflicts.js';
import { JOURNAL_FILE } from '../project/journal.js';
import { locateProject, openProject } from '../project/project.js';
import { isProjectFolder } from '../project/project-files.js';
import { describeStateProblem, STATE_FILE, STATE_VERSION, statePath } from '../project/state.js';
import { DEFAULT_PORT, firstFreePort, isPortFree, LOOPBACK, tryListen } from '../runtime/ports.js';
import {
  brokenMixes,
  compareVersions,
  findReadyPython,
  type PythonProbe,
  probePython,
  REQUIREMENTS,
  systemPythonCandidates,
  venvPython,
} from '../runtime/python.js';
import { APT_FIX } from '../runtime/python-fixes.js';
import { flashLoginCommand } from '../runtime/self-command.js';
import { EXIT_FAILED, EXIT_OK } from '../shared/errors.js';
import { displayPath, shellQuote } from '../terminal/shell-words.js';

const doctorText = catalog({
  en: {
    unreadable: (why: string) => `cannot be read (${why})`,
    notJson: 'is not valid JSON',
    projectVenv: (venv: string) => `the project's ${venv}`,
    installPython: 'install Python 3 from https://www.python.org/downloads/',
    noState: (file: string) => `no ${file}: \`flash-login verify\` checks lesson 1 unless you pass --lesson N`,
    stateValid: (file: string, lesson: string) => `${file} is valid: lesson ${lesson}`,
    keepsLesson: (lesson: number, from: string) => ` (the fix keeps lesson ${lesson}: ${from})`,
    appMissing: (lesson: number | undefined) => `app.py is missing${lesson ? `: \`reset\` brings back lesson ${lesson}'s` : ''}`,
    headTagged: (tag: number, file: string, lesson: number) => `git's HEAD is tagged lesson-${tag}, but ${file} says lesson ${lesson}`,
    pythonDoesNotRun: (python: string, source: string) => `cannot run Python at ${python} (from ${source})`,
    theSystem: 'the system',
    noPython: 'no Python 3 found',
    pythonAt: (version: string, python: string, source: string | undefined) => `Python ${version} at ${python} (from ${source})`,
    pythonOld: (version: string, python: string, minimum: string) =>
      `Python ${version} at ${python} is older than Flask needs (${minimum})`,
    venv: (path: string) => `virtual environment ${path}`,
    noVenv: (python: string) => `no virtual environment: ${python} uses the system's packages (fine where they are all there)`,
    doesNotImport: (dist: string) => `${dist} does not import`,
    scrypt: (database: string, werkzeug: string) =>
      `${database} holds scrypt password hashes from Werkzeug 3, which Werkzeug ${werkzeug} cannot check: those users cannot log in`,
    registerAgain: '# the users register again',
    cannotListen: (host: string, why: string) => `cannot listen on ${host} (${why}), so neither verify nor run can serve your app`,
    canListen: (host: string) => `can listen on ${host} (verify serves your app on a free port)`,
    portInUse: (port: number, other: number) => `port ${port} is in use: \`flash-login run\` will take ${other} instead`,
    fix: 'fix:',
    cutShort: (journal: string) =>
      `a next-lesson, goto or reset was cut short (${journal} is there): verify first finishes or rolls it back, and says which`,
    conflictAt: (file: string, line: number) => `${file} (line ${line})`,
    conflicts: (where: string) =>
      `conflict markers remain in ${where}: keep the code you want and delete the <<<<<<< ======= >>>>>>> lines (or \`flash-login undo\` the lesson change)`,
    allRight: 'Everything looks right.',
    problems: (count: number) =>
      `${count} problem${count === 1 ? '' : 's'}: run the fix${count === 1 ? '' : 'es'} above, then \`flash-login doctor\` again.`,
  },
  'zh-CN': {
    unreadable: (why) => `无法读取（${why}）`,
    notJson: '不是有效的 JSON',
    projectVenv: (venv) => `项目的 ${venv}`,
    installPython: '从 https://www.python.org/downloads/ 安装 Python 3',
    noState: (file) => `没有 ${file}：\`flash-login verify\` 会检查第 1 课，除非你加上 --lesson N`,
    stateValid: (file, lesson) => `${file} 有效：第 ${lesson} 课`,
    keepsLesson: (lesson, from) => `（修复后保留第 ${lesson} 课：${from}）`,
    appMissing: (lesson) => `缺少 app.py${lesson ? `：\`reset\` 可以恢复第 ${lesson} 课的版本` : ''}`,
    headTagged: (tag, file, lesson) => `git 的 HEAD 标签是 lesson-${tag}，但 ${file} 写的是第 ${lesson} 课`,
    pythonDoesNotRun: (python, source) => `无法运行 ${python} 处的 Python（来自 ${source}）`,
    theSystem: '系统',
    noPython: '没有找到 Python 3',
    pythonAt: (version, python, source) => `Python ${version}，位于 ${python}（来自 ${source}）`,
    pythonOld: (version, python, minimum) => `${python} 处的 Python ${version} 比 Flask 需要的版本（${minimum}）旧`,
    venv: (path) => `虚拟环境 ${path}`,
    noVenv: (python) => `没有虚拟环境：${python} 使用系统的包（只要它们都装好了就没问题）`,
    doesNotImport: (dist) => `${dist} 无法导入`,
    scrypt: (database, werkzeug) =>
      `${database} 里存有 Werkzeug 3 生成的 scrypt 密码哈希值，Werkzeug ${werkzeug} 无法校验它们：这些用户无法登录`,
    registerAgain: '# 用户需要重新注册',
    cannotListen: (host, why) => `无法在 ${host} 上监听（${why}），所以 verify 和 run 都无法运行你的应用`,
    canListen: (host) => `可以在 ${host} 上监听（verify 会在一个空闲端口上运行你的应用）`,
    portInUse: (port, other) => `端口 ${port} 已被占用：\`flash-login run\` 会改用 ${other}`,
    fix: '修复：',
    cutShort: (journal) => `有一次 next-lesson、goto 或 reset 被中断了（存在 ${journal}）：verify 会先完成或回滚它，并说明是哪一种`,
    conflictAt: (file, line) => `${file}（第 ${line} 行）`,
    conflicts: (where) =>
      `${where} 里还有冲突标记：保留你想要的代码，删掉 <<<<<<< ======= >>>>>>> 这几行（或者用 \`flash-login undo\` 撤销这次换课）`,
    allRight: '一切正常。',
    problems: (count) => `${count} 个问题：运行上面的修复命令，然后再运行一次 \`flash-login doctor\`。`,
  },
});

export interface DoctorOptions {
  dir?: string;
  python?: string;
}

/** ok and note are fine; warn and fail are problems, and each carries the command that fixes it. */
type Level = 'ok' | 'note' | 'warn' | 'fail';

export interface Finding {
  level: Level;
  text: string;
  fix?: string;
}

const MINIMUM_PYTHON = '3.8';
const SYMBOLS: Record<Level, string> = { ok: kleur.green('✓'), note: kleur.dim('·'), warn: kleur.yellow('!'), fail: kleur.red('✗') };
const DATABASE = /\.(db|sqlite3?)$/i;

interface PythonChoice {
  python: string;
  source: string;
}

interface RawState {
  /** The parsed JSON, when it parsed. */
  data?: Record<string, unknown>;
  problem?: string;
  exists: boolean;
  /** For a state file that names no lesson: the lesson git or the files point to. */
  inferred?: InferredLesson;
}

async function readRawState(projectDir: string): Promise<RawState> {
  let text: string;
  try {
    text = await fs.readFile(statePath(projectDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { exists: false };
    return { exists: true, problem: doctorText().unreadable((error as Error).message) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { exists: true, problem: doctorText().notJson };
  }
  const object = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  return { exists: true, data: object, problem: describeStateProblem(data) };
}

/** The same order resolvePython() follows, without giving up at the first Python that fails. */
function choosePython(projectDir: string, flag: string | undefined, state: RawState): PythonChoice | undefined {
  if (flag) return { python: flag, source: '--python' };
  if (typeof state.data?.python === 'string') return { python: state.data.python, source: STATE_FILE };
  for (const venv of ['.venv', 'venv']) {
    const python = venvPython(join(projectDir, venv));
    if (existsSync(python)) return { python, source: doctorText().projectVenv(venv) };
  }
  return undefined;
}

const isDebian = () => existsSync('/etc/debian_version');
const installPythonCommand = () => (isDebian() ? 'sudo apt-get install -y python3 python3-venv' : doctorText().installPython);

/**
 * The command that gives the project a .venv with every requirement. A .venv whose Python runs is
 * kept and installed into (`--clear` would wipe a working one); only one whose Python does not run
 * is made again, as `python3 -m venv --clear` does.
 */
async function venvCommand(projectDir: string): Promise<string> {
  const venv = join(projectDir, '.venv');
  const install = `${displayPath(venvPython(venv))} -m pip install -r ${displayPath(join(projectDir, 'requirements.txt'))}`;
  if (!existsSync(venv)) return `python3 -m venv ${displayPath(venv)} && ${install}`;
  if (await probePython(venvPython(venv), 'find')) return install;
  return `python3 -m venv --clear ${displayPath(venv)} && ${install}`;
}

async function installCommand(probe: PythonProbe, projectDir: string): Promise<string> {
  if (probe.inVenv) return `${displayPath(probe.executable)} -m pip install -r ${displayPath(join(projectDir, 'requirements.txt'))}`;
  return isDebian() && probe.executable.startsWith('/usr/') ? APT_FIX : venvCommand(projectDir);
}

/** A command that writes a valid state file, keeping what the broken one still says. */
function rewriteStateCommand(projectDir: string, state: RawState, python: string | undefined): string {
  const data = state.data ?? {};
  const lesson = isLessonNumber(data.lesson) ? data.lesson : (state.inferred?.lesson ?? 1);
  const answers = data.answers as { projectName?: unknown } | undefined;
  const projectName = typeof answers?.projectName === 'string' ? answers.projectName : basename(projectDir);
  const json = JSON.stringify({ version: STATE_VERSION, lesson, answers: { projectName }, python: python ?? 'python3' });
  return `printf '%s\\n' ${shellQuote(json)} > ${displayPath(statePath(projectDir))}`;
}

function checkState(projectDir: string, state: RawState, workingPython: string | undefined): Finding {
  if (!state.exists) return { level: 'note', text: doctorText().noState(STATE_FILE) };
  if (!state.problem) return { level: 'ok', text: doctorText().stateValid(STATE_FILE, String(state.data?.lesson)) };
  const version = state.data?.version;
  if (typeof version === 'number' && version > STATE_VERSION)
    return { level: 'fail', text: `${STATE_FILE} ${state.problem}`, fix: 'npm install -g create-flash-login@latest' };
  const inferred =
    !isLessonNumber(state.data?.lesson) && state.inferred ? doctorText().keepsLesson(state.inferred.lesson, state.inferred.from) : '';
  return { level: 'fail', text: `${STATE_FILE} ${state.problem}${inferred}`, fix: rewriteStateCommand(projectDir, state, workingPython) };
}

/** A deleted app.py, and a git HEAD at another lesson than the state file's. */
async function checkLessonFiles(projectDir: string, state: RawState): Promise<Finding[]> {
  const findings: Finding[] = [];
  const lesson = isLessonNumber(state.data?.lesson) ? state.data.lesson : state.inferred?.lesson;
  const here = displayPath(projectDir) === '.' ? '' : ` --dir ${displayPath(projectDir)}`;
  if (!existsSync(join(projectDir, 'app.py')))
    findings.push({
      level: 'fail',
      text: doctorText().appMissing(lesson),
      fix: `${(await flashLoginCommand()).command} reset app.py${here}`,
    });
  if (isLessonNumber(state.data?.lesson)) {
    const { atHead } = await lessonTags(projectDir);
    if (atHead.length && !atHead.includes(state.data.lesson))
      findings.push({
        level: 'warn',
        text: doctorText().headTagged(atHead[0]!, STATE_FILE, state.data.lesson),
        // Moves HEAD only: the files stay as they are.
        fix: `git${here ? ` -C ${displayPath(projectDir)}` : ''} reset --soft lesson-${state.data.lesson}`,
      });
  }
  return findings;
}

async function checkPython(
  projectDir: string,
  choice: PythonChoice | undefined,
  state: RawState,
): Promise<{ findings: Finding[]; probe?: PythonProbe }> {
  let probe = choice ? await probePython(choice.python) : undefined;
  if (choice && !probe) {
    // Name a Python that does work, so the fix is a command rather than advice.
    const venv = dirname(dirname(choice.python));
    const insideProject = resolve(choice.python).startsWith(resolve(projectDir) + sep) && existsSync(join(venv, 'pyvenv.cfg'));
    const other = (await findReadyPython(systemPythonCandidates()))?.executable;
    const fix = insideProject
      ? await venvCommand(projectDir)
      : choice.source === STATE_FILE && other
        ? rewriteStateCommand(projectDir, state, other)
        : other
          ? `${(await flashLoginCommand()).command} doctor --python ${shellQuote(other)}`
          : await venvCommand(projectDir);
    return { findings: [{ level: 'fail', text: doctorText().pythonDoesNotRun(choice.python, choice.source), fix }] };
  }
  let source = choice?.source;
  if (!probe) {
    probe = (await findReadyPython(systemPythonCandidates())) ?? (await firstProbe(systemPythonCandidates()));
    source = doctorText().theSystem;
  }
  if (!probe) return { findings: [{ level: 'fail', text: doctorText().noPython, fix: installPythonCommand() }] };

  const findings: Finding[] = [];
  const python = displayPath(probe.executable);
  findings.push(
    compareVersions(probe.version, MINIMUM_PYTHON) >= 0
      ? { level: 'ok', text: doctorText().pythonAt(probe.version, python, source) }
      : { level: 'fail', text: doctorText().pythonOld(probe.version, python, MINIMUM_PYTHON), fix: installPythonCommand() },
  );
  findings.push(
    probe.inVenv
      ? { level: 'ok', text: doctorText().venv(displayPath(dirname(dirname(probe.executable)))) }
      : { level: 'note', text: doctorText().noVenv(python) },
  );
  const missingFix = REQUIREMENTS.some(([, dist]) => !probe.packages[dist]) ? await installCommand(probe, projectDir) : undefined;
  for (const [, dist] of REQUIREMENTS) {
    const version = probe.packages[dist];
    findings.push(
      version ? { level: 'ok', text: `${dist} ${version}` } : { level: 'fail', text: doctorText().doesNotImport(dist), fix: missingFix },
    );
  }
  for (const mix of brokenMixes(probe)) {
    const [problem, pipArguments] = mix.split(/[:：] ?pip install /);
    findings.push({ level: 'warn', text: problem!, fix: `${python} -m pip install ${pipArguments ?? '--upgrade -r requirements.txt'}` });
  }
  findings.push(...(await checkScryptHashes(projectDir, probe)));
  return { findings, probe };
}

async function firstProbe(candidates: string[]): Promise<PythonProbe | undefined> {
  for (const candidate of candidates) {
    const probe = await probePython(candidate);
    if (probe) return probe;
  }
  return undefined;
}

/** Werkzeug 3 hashes passwords with scrypt by default; Werkzeug 2.2 cannot check those, so every such login fails. */
async function checkScryptHashes(projectDir: string, probe: PythonProbe): Promise<Finding[]> {
  const werkzeug = probe.packages.Werkzeug;
  if (!werkzeug || compareVersions(werkzeug, '3') >= 0) return [];
  const instance = join(projectDir, 'instance');
  const names = existsSync(instance) ? (await fs.readdir(instance)).filter((name) => DATABASE.test(name)) : [];
  const findings: Finding[] = [];
  for (const name of names) {
    const content = await fs.readFile(join(instance, name)).catch(() => undefined);
    if (!content?.includes('scrypt:')) continue;
    const database = join(instance, name);
    findings.push({
      level: 'warn',
      text: doctorText().scrypt(displayPath(database), werkzeug),
      fix: probe.inVenv
        ? `${displayPath(probe.executable)} -m pip install --upgrade -r ${displayPath(join(projectDir, 'requirements.txt'))}`
        : `rm ${displayPath(database)}   ${doctorText().registerAgain}`,
    });
  }
  return findings;
}

async function checkPort(): Promise<Finding[]> {
  const bound = await tryListen(0);
  if ('error' in bound)
    return [
      {
        level: 'fail',
        text: doctorText().cannotListen(LOOPBACK, bound.error.code ?? bound.error.message),
        fix: 'sudo ip link set lo up', // a container or sandbox whose loopback is down
      },
    ];
  const findings: Finding[] = [{ level: 'ok', text: doctorText().canListen(LOOPBACK) }];
  if (!(await isPortFree(DEFAULT_PORT)))
    findings.push({ level: 'note', text: doctorText().portInUse(DEFAULT_PORT, await firstFreePort([DEFAULT_PORT + 1])) });
  return findings;
}

/** Print findings; a fix shared by several in a row is printed once, after them. */
export function formatFindings(findings: Finding[]): string {
  const lines: string[] = [];
  findings.forEach((finding, index) => {
    lines.push(
      `  ${SYMBOLS[finding.level]} ${finding.level === 'ok' || finding.level === 'note' ? finding.text : kleur.bold(finding.text)}`,
    );
    if (finding.fix && findings[index + 1]?.fix !== finding.fix) lines.push(`      ${kleur.cyan(doctorText().fix)} ${finding.fix}`);
  });
  return lines.join('\n');
}

/**
 * The project's own files: a change that was cut short, and conflict markers. Reported only:
 * doctor changes nothing, and any other command puts a cut-short change right first.
 */
async function checkProjectFiles(projectDir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (existsSync(join(projectDir, JOURNAL_FILE)))
    findings.push({
      level: 'warn',
      text: doctorText().cutShort(JOURNAL_FILE),
      // As it runs here: `flash-login` may be on no PATH (a clone, a tarball in a prefix of its own).
      fix: `${(await flashLoginCommand()).command} verify${displayPath(projectDir) === '.' ? '' : ` --dir ${displayPath(projectDir)}`}`,
    });
  const conflicts = await findConflicts(projectDir);
  if (conflicts.length)
    findings.push({
      level: 'fail',
      text: doctorText().conflicts(listOf(conflicts.map((conflict) => doctorText().conflictAt(conflict.file, conflict.line)))),
    });
  return findings;
}

export async function doctorCommand(options: DoctorOptions): Promise<number> {
  const projectDir = locateProject(options.dir);
  // Outside a project, openProject says how to start one. Inside, the state file is read
  // here rather than through openProject, which would stop at the very problem to report.
  if (!isProjectFolder(projectDir)) await openProject(projectDir);
  const state = await readRawState(projectDir);
  if (isLang(state.data?.lang)) setActiveLang(state.data.lang); // the project's language, as openProject() would set it
  if (state.exists && !isLessonNumber(state.data?.lesson)) {
    const answers = state.data?.answers as { projectName?: unknown } | undefined;
    state.inferred = await inferLesson(projectDir, typeof answers?.projectName === 'string' ? answers.projectName : basename(projectDir));
  }

  const { findings: pythonFindings, probe } = await checkPython(projectDir, choosePython(projectDir, options.python, state), state);
  const working = probe && brokenMixes(probe).length === 0 && !Object.values(probe.packages).includes(null) ? probe.executable : undefined;
  const findings = [
    ...pythonFindings,
    checkState(projectDir, state, working),
    ...(await checkLessonFiles(projectDir, state)),
    ...(await checkProjectFiles(projectDir)),
    ...(await checkPort()),
  ];

  console.log(`${kleur.bold('flash-login doctor')} · ${projectDir}`);
  console.log(formatFindings(findings));
  console.log('');
  const problems = findings.filter((finding) => finding.level === 'warn' || finding.level === 'fail').length;
  if (problems === 0) {
    console.log(kleur.green(doctorText().allRight));
    return EXIT_OK;
  }
  console.log(kleur.red(doctorText().problems(problems)));
  return EXIT_FAILED;
}
