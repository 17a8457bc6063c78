import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import kleur from 'kleur';
import { listOf } from '../../i18n/i18n.js';
import type { PythonProbe } from '../../runtime/python.js';
import { APT_FIX, VENV_FIX } from '../../runtime/python-fixes.js';
import { UserError } from '../../shared/errors.js';
import { run } from '../../shared/spawn.js';
import type { CreateContext } from '../context.js';
import { createText } from '../create.text.js';
import { writeLauncher } from './launcher.js';

// pip on a machine with no package index should fail in seconds, not retry for minutes.
const PIP_FLAGS = ['--disable-pip-version-check', '--retries', '1', '--timeout', '15'];
/** The pip lines worth showing as progress; retries and index warnings are noise here. */
const PIP_PROGRESS = /^(Collecting|Processing|Downloading|Installing collected|Successfully installed|ERROR)/;

/** Finding and probing Pythons (and the sandbox they run in): loaded only when a Python is asked, never by a plain --no-install. */
const pythons = () => import('../../runtime/python.js');

function describe(probe: PythonProbe): string {
  const versions = ['Flask', 'Werkzeug', 'Flask-Login', 'Flask-SQLAlchemy', 'Flask-WTF'].map((name) => `${name} ${probe.packages[name]}`);
  return `${probe.executable} (Python ${probe.version}; ${versions.join(', ')})`;
}

/** The interpreter to build the venv from: --python, or the first that runs. */
async function baseInterpreter(ctx: CreateContext): Promise<PythonProbe> {
  const { probePython, systemPythonCandidates } = await pythons();
  const candidates = ctx.options.python ? [ctx.options.python] : systemPythonCandidates();
  for (const candidate of candidates) {
    const probe = await probePython(candidate, 'find');
    if (probe) return probe;
  }
  throw new UserError(ctx.options.python ? createText().pythonDoesNotRun(ctx.options.python) : createText().noPython);
}

/** Create .venv and pip install the requirements, showing pip's progress. Returns why it failed, if it did. */
async function installVenv(ctx: CreateContext, base: PythonProbe): Promise<string | undefined> {
  const { brokenMixes, isReady, missingPackages, probePython, venvPython } = await pythons();
  const venv = join(ctx.targetDir, '.venv');
  ctx.log(createText().creatingVenv(base.executable));
  const made = await run(base.executable, ['-m', 'venv', venv], { reject: false, timeout: 120_000 });
  if (made.failed) {
    await rm(venv, { recursive: true, force: true });
    return createText().venvFailed(made.stderr.split('\n').filter(Boolean).pop() ?? createText().noVenvModule);
  }
  ctx.log(createText().installing);
  const { execa } = await import('execa'); // streams pip's progress; loaded only when installing
  const pip = execa(venvPython(venv), ['-m', 'pip', 'install', ...PIP_FLAGS, '-r', 'requirements.txt'], {
    cwd: ctx.targetDir,
    reject: false,
    timeout: 600_000,
    stdin: 'ignore',
    all: true,
  });
  pip.all?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (PIP_PROGRESS.test(line.trim())) ctx.log(kleur.dim(`  pip: ${line.trim()}`));
  });
  const installed = await pip;
  if (installed.failed) {
    await rm(venv, { recursive: true, force: true });
    return createText().pipFailed;
  }
  const probe = await probePython(venvPython(venv));
  if (!probe || !isReady(probe)) {
    await rm(venv, { recursive: true, force: true });
    return createText().stillLacks(probe ? listOf([...missingPackages(probe), ...brokenMixes(probe)]) : createText().aWorkingPython);
  }
  ctx.python = probe.executable;
  ctx.pythonReady = true;
  ctx.log(kleur.green(createText().venvReady(describe(probe))));
  return undefined;
}

/**
 * Before anything is written: a --python that does not run stops the scaffold with nothing made,
 * so the same command with a good Python then works (the probe is the one prefetchPython started).
 */
export async function checkPythonFlag(ctx: CreateContext): Promise<void> {
  if (ctx.options.python) await baseInterpreter(ctx);
}

/**
 * Start asking the Pythons that setUpPython() will ask, so their answers are ready by the time
 * it runs (a Python takes a while to start, and a pyenv shim longer still).
 */
export function prefetchPython(ctx: CreateContext): void {
  const { python, install } = ctx.options;
  if (python) void pythons().then(({ probePython }) => probePython(python, 'find'));
  else if (install !== false)
    void pythons().then(({ findReadyPython, systemPythonCandidates }) => findReadyPython(systemPythonCandidates(), 'find'));
}

/**
 * --no-install writes the files only, as create-vite leaves `npm install` to you: no Python is
 * searched for (a pyenv shim alone takes a good part of a second). The next steps then start
 * with the install command, and later commands find .venv, or a Python that has the requirements.
 * A --python given with it is still checked, and recorded when it is ready (or a venv to install into).
 */
async function skipInstall(ctx: CreateContext): Promise<void> {
  if (!ctx.options.python) {
    ctx.log(kleur.yellow(createText().skipped));
    return;
  }
  const probe = await baseInterpreter(ctx); // with --python, that one, or a clear error
  const { brokenMixes, isReady, missingPackages } = await pythons();
  if (isReady(probe)) {
    ctx.python = probe.executable;
    ctx.pythonReady = true;
    ctx.log(createText().usingPython(describe(probe)));
    return;
  }
  const lacks = listOf([...missingPackages(probe), ...brokenMixes(probe)]);
  if (probe.inVenv) {
    // A virtual environment of the learner's own: the requirements go into it.
    ctx.python = probe.executable;
    ctx.installCommand = `${probe.executable} -m pip install -r requirements.txt`;
  }
  ctx.log(kleur.yellow(createText().lacks(probe.executable, lacks)));
}

/**
 * Set up Python: a .venv with the requirements where pip works; otherwise, clearly,
 * a Python that already has them (Debian's python3-flask and friends, say).
 * Throws with the exact fix when neither works, so a project that cannot run is never called a success.
 */
export async function setUpPython(ctx: CreateContext): Promise<void> {
  if (!ctx.install) return skipInstall(ctx);
  const whyNot = await installVenv(ctx, await baseInterpreter(ctx));
  if (!whyNot) {
    ctx.launcher = await writeLauncher(ctx);
    return;
  }
  ctx.log(kleur.yellow(`! ${whyNot}.`));
  const { findReadyPython, isReady, probePython, systemPythonCandidates } = await pythons();
  // --python first; the system's Pythons (asked all at once) only when that one lacks something.
  const chosen = ctx.options.python ? await probePython(ctx.options.python, 'find') : undefined;
  const ready = chosen && isReady(chosen) ? chosen : await findReadyPython(systemPythonCandidates(), 'find');
  if (ready) {
    ctx.python = ready.executable;
    ctx.pythonReady = true;
    ctx.log(kleur.yellow(createText().usingReady(describe(ready), whyNot)));
    return;
  }
  ctx.python = (await baseInterpreter(ctx).catch(() => undefined))?.executable ?? 'python3';
  throw new UserError(createText().noPythonCanRun(whyNot, `cd ${ctx.targetDir} && ${VENV_FIX}`, APT_FIX));
}
