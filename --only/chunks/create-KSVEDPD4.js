import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  commitScaffold,
  initRepository
} from "./chunk-GJRGLFF2.js";
import {
  promptsAsk
} from "./chunk-64T7J2C7.js";
import {
  renderLesson,
  writeRendered
} from "./chunk-2LSYIKTI.js";
import {
  APT_FIX,
  brokenMixes,
  findReadyPython,
  isReady,
  missingPackages,
  probePython,
  run,
  systemPythonCandidates,
  venvPython
} from "./chunk-XAJHGC3A.js";
import {
  STATE_VERSION,
  writeState
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  parseLessonFlag,
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/create/index.ts
import { rmSync } from "node:fs";
import { rm as rm2 } from "node:fs/promises";

// src/create/steps/files.ts
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
async function makeFolder(ctx) {
  ctx.createdDir = !existsSync(ctx.targetDir);
  await mkdir(ctx.targetDir, { recursive: true });
}
async function writeFiles(ctx) {
  const files = await renderLesson(ctx.lesson, { projectName: ctx.projectName });
  await writeRendered(ctx.targetDir, files);
  ctx.log(`Wrote lesson ${ctx.lesson} (${files.size} files) to ${ctx.targetDir}`);
}

// src/create/steps/folder.ts
import { existsSync as existsSync2 } from "node:fs";
import fs from "node:fs/promises";
import { basename, resolve } from "node:path";
var DEFAULT_FOLDER = "flash-login-app";
async function isEmptyDir(path) {
  return (await fs.readdir(path)).length === 0;
}
async function chooseFolder(ctx) {
  let folder = ctx.dirArgument;
  if (!folder && ctx.interactive)
    folder = await ctx.ask({ type: "text", name: "folder", message: "Project folder", initial: DEFAULT_FOLDER });
  folder = (folder ?? DEFAULT_FOLDER).trim() || DEFAULT_FOLDER;
  ctx.targetDir = resolve(ctx.cwd, folder);
  ctx.projectName = basename(ctx.targetDir);
  if (!existsSync2(ctx.targetDir)) return;
  if (!(await fs.stat(ctx.targetDir)).isDirectory()) throw new UserError(`${ctx.targetDir} is a file, not a folder: choose another name.`);
  if (await isEmptyDir(ctx.targetDir) || ctx.options.force) return;
  if (ctx.interactive) {
    const overwrite = await ctx.ask({
      type: "confirm",
      name: "overwrite",
      message: `${folder} is not empty. Write the lesson files into it anyway? Files with the same names are replaced`,
      initial: false
    });
    if (overwrite) return;
  }
  throw new UserError(`${ctx.targetDir} exists and is not empty: choose another folder, or pass --force to write into it.`);
}

// src/create/steps/next-steps.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, join as join2, relative } from "node:path";

// src/create/steps/python.ts
import { rm } from "node:fs/promises";
import { join } from "node:path";
var PIP_FLAGS = ["--disable-pip-version-check", "--retries", "1", "--timeout", "15"];
var PIP_PROGRESS = /^(Collecting|Processing|Downloading|Installing collected|Successfully installed|ERROR)/;
function describe(probe) {
  const versions = ["Flask", "Werkzeug", "Flask-Login", "Flask-SQLAlchemy", "Flask-WTF"].map((name) => `${name} ${probe.packages[name]}`);
  return `${probe.executable} (Python ${probe.version}; ${versions.join(", ")})`;
}
async function baseInterpreter(ctx) {
  const candidates = ctx.options.python ? [ctx.options.python] : systemPythonCandidates();
  for (const candidate of candidates) {
    const probe = await probePython(candidate, "find");
    if (probe) return probe;
  }
  throw new UserError(
    ctx.options.python ? `cannot run Python at ${ctx.options.python}: pass --python with a working interpreter.` : "no Python 3 found: install it (Debian/Ubuntu: sudo apt-get install -y python3 python3-venv), then run this again."
  );
}
async function installVenv(ctx, base) {
  const venv = join(ctx.targetDir, ".venv");
  ctx.log(`Creating .venv with ${base.executable} \u2026`);
  const made = await run(base.executable, ["-m", "venv", venv], { reject: false, timeout: 12e4 });
  if (made.failed) {
    await rm(venv, { recursive: true, force: true });
    return `python -m venv failed (${made.stderr.split("\n").filter(Boolean).pop() ?? "no venv module"})`;
  }
  ctx.log("Installing the requirements with pip \u2026");
  const { execa } = await import("./execa-YFVUIAPU.js");
  const pip = execa(venvPython(venv), ["-m", "pip", "install", ...PIP_FLAGS, "-r", "requirements.txt"], {
    cwd: ctx.targetDir,
    reject: false,
    timeout: 6e5,
    stdin: "ignore",
    all: true
  });
  pip.all?.on("data", (chunk) => {
    for (const line of chunk.toString().split("\n"))
      if (PIP_PROGRESS.test(line.trim())) ctx.log(kleur_default.dim(`  pip: ${line.trim()}`));
  });
  const installed = await pip;
  if (installed.failed) {
    await rm(venv, { recursive: true, force: true });
    return "pip could not install the requirements (is a package index reachable?)";
  }
  const probe = await probePython(venvPython(venv));
  if (!probe || !isReady(probe)) {
    await rm(venv, { recursive: true, force: true });
    return `the new .venv still lacks ${probe ? [...missingPackages(probe), ...brokenMixes(probe)].join(", ") : "a working Python"}`;
  }
  ctx.python = probe.executable;
  ctx.pythonReady = true;
  ctx.log(kleur_default.green(`\u2713 .venv ready: ${describe(probe)}`));
  return void 0;
}
function prefetchPython(ctx) {
  if (ctx.options.python) void probePython(ctx.options.python, "find");
  else if (ctx.options.install !== false) void findReadyPython(systemPythonCandidates(), "find");
}
var INSTALL_BY_HAND = "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt";
async function skipInstall(ctx) {
  if (!ctx.options.python) {
    ctx.log(kleur_default.yellow(`Skipped the virtual environment and pip (--no-install): install the requirements before \`flash-login verify\`.`));
    return;
  }
  const probe = await probePython(ctx.options.python, "find");
  if (!probe) throw new UserError(`cannot run Python at ${ctx.options.python}: pass --python with a working interpreter.`);
  if (isReady(probe)) {
    ctx.python = probe.executable;
    ctx.pythonReady = true;
    ctx.log(`Using ${describe(probe)}, as --python says (no .venv: --no-install).`);
    return;
  }
  const lacks = [...missingPackages(probe), ...brokenMixes(probe)].join(", ");
  if (probe.inVenv) {
    ctx.python = probe.executable;
    ctx.installCommand = `${probe.executable} -m pip install -r requirements.txt`;
  }
  ctx.log(kleur_default.yellow(`! ${probe.executable} lacks ${lacks}: install the requirements before \`flash-login verify\`.`));
}
async function setUpPython(ctx) {
  if (!ctx.install) return skipInstall(ctx);
  const whyNot = await installVenv(ctx, await baseInterpreter(ctx));
  if (!whyNot) return;
  ctx.log(kleur_default.yellow(`! ${whyNot}.`));
  const chosen = ctx.options.python ? await probePython(ctx.options.python, "find") : void 0;
  const ready = chosen && isReady(chosen) ? chosen : await findReadyPython(systemPythonCandidates(), "find");
  if (ready) {
    ctx.python = ready.executable;
    ctx.pythonReady = true;
    ctx.log(kleur_default.yellow(`Using ${describe(ready)}, which already has every requirement, because ${whyNot}.`));
    return;
  }
  ctx.python = (await baseInterpreter(ctx).catch(() => void 0))?.executable ?? "python3";
  throw new UserError(
    `the project is written, but no Python can run it (${whyNot}, and no Python here has Flask and friends). Fix it with one of:
  cd ${ctx.targetDir} && python3 -m venv .venv && .venv/bin/pip install -r requirements.txt   (with a package index)
  ${APT_FIX}   (Debian/Ubuntu, offline)
then run \`flash-login verify\`.`
  );
}

// src/create/steps/next-steps.ts
async function onPath(name) {
  if (process.platform === "win32") return (await run("where", [name], { reject: false })).exitCode === 0;
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    try {
      const path = join2(dir, name);
      await access(path, constants.X_OK);
      if ((await stat(path)).isFile()) return true;
    } catch {
    }
  }
  return false;
}
async function flashLoginCommand() {
  return await onPath("flash-login") ? { command: "flash-login", onPath: true } : { command: "npx -p create-flash-login flash-login", onPath: false };
}
async function printNextSteps(ctx) {
  const { command, onPath: onPath2 } = await flashLoginCommand();
  const where = relative(ctx.cwd, ctx.targetDir) || ".";
  const cd = /\s/.test(where) ? `cd "${where}"` : `cd ${where}`;
  ctx.log();
  ctx.log(kleur_default.green().bold(`Lesson ${ctx.lesson} is ${ctx.pythonReady ? "ready" : "written"}.`) + " Next:");
  ctx.log(`  ${kleur_default.cyan(cd)}`);
  if (!ctx.pythonReady) ctx.log(`  ${kleur_default.cyan(ctx.installCommand ?? INSTALL_BY_HAND)}   install the requirements`);
  ctx.log(`  ${kleur_default.cyan(`${command} verify`)}        check your app`);
  if (ctx.lesson < 5) ctx.log(`  ${kleur_default.cyan(`${command} next-lesson`)}   when it passes, bring in lesson ${ctx.lesson + 1}`);
  if (!onPath2) ctx.log(kleur_default.dim("  (Tired of npx? `npm install -g create-flash-login` puts `flash-login` on your PATH.)"));
}

// src/create/steps/questions.ts
async function askSetup(ctx) {
  ctx.install = ctx.options.install ?? (ctx.interactive ? await ctx.ask({
    type: "confirm",
    name: "install",
    message: "Create a virtual environment (.venv) and install the Python requirements?",
    initial: true
  }) : true);
  ctx.git = ctx.options.git ?? (ctx.interactive ? await ctx.ask({ type: "confirm", name: "git", message: "Start a git repository and commit each lesson?", initial: true }) : true);
}

// src/create/index.ts
var terminalIO = () => ({
  cwd: process.cwd(),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  ask: promptsAsk,
  log: (line = "") => console.log(line)
});
async function create(dirArgument, options, io = terminalIO()) {
  const ctx = {
    cwd: io.cwd,
    options,
    interactive: io.interactive && !options.yes,
    ask: io.ask,
    log: io.log,
    lesson: parseLessonFlag(options.lesson) ?? 1,
    dirArgument,
    targetDir: "",
    projectName: "",
    install: true,
    git: true,
    createdDir: false
  };
  prefetchPython(ctx);
  const title = (await readLessonText(ctx.lesson)).title;
  ctx.log(kleur_default.bold(`create-flash-login \xB7 ${title}`));
  await chooseFolder(ctx);
  await askSetup(ctx);
  const interrupted = () => {
    if (ctx.createdDir) rmSync(ctx.targetDir, { recursive: true, force: true });
    console.error(kleur_default.yellow("\ncancelled: the new folder was removed."));
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  let repository;
  try {
    await makeFolder(ctx);
    repository = ctx.git ? initRepository(ctx.targetDir) : void 0;
    repository?.catch(() => void 0);
    await writeFiles(ctx);
    let pythonProblem;
    try {
      await setUpPython(ctx);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      pythonProblem = error;
    }
    await writeState(ctx.targetDir, {
      version: STATE_VERSION,
      lesson: ctx.lesson,
      answers: { projectName: ctx.projectName },
      ...ctx.python ? { python: ctx.python } : {}
    });
    if (repository) await commitScaffold(ctx, await repository, title);
    if (pythonProblem) throw pythonProblem;
  } catch (error) {
    await repository?.catch(() => void 0);
    if (ctx.createdDir && !(error instanceof UserError)) await rm2(ctx.targetDir, { recursive: true, force: true });
    throw error;
  } finally {
    process.removeListener("SIGINT", interrupted);
  }
  await printNextSteps(ctx);
  return EXIT_OK;
}
export {
  create
};
