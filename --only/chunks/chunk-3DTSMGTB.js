import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  shortTitle
} from "./chunk-32HMTD2O.js";
import {
  openProject,
  resolvePython
} from "./chunk-TZCH3CUR.js";
import {
  execa
} from "./chunk-4ISB2RKU.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_CANNOT_RUN,
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";

// src/commands/run.ts
import fs from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { join } from "node:path";

// src/engine/ports.ts
import { createServer } from "node:net";
var LOOPBACK = "127.0.0.1";
function tryListen(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (error) => resolve({ error }));
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      server.close(() => resolve({ port: bound }));
    });
  });
}
async function isPortFree(port) {
  return "port" in await tryListen(port);
}
async function firstFreePort(preferred) {
  for (const port of preferred) if (await isPortFree(port)) return port;
  const picked = await tryListen(0);
  if ("error" in picked) throw picked.error;
  return picked.port;
}

// src/commands/run.ts
var DEFAULT_PORT = 5e3;
var STOP_GRACE_MS = 5e3;
var EXIT_BY_SIGNAL = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
function parsePort(value) {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError(`--port takes a port number from 1 to 65535, not "${value}".`);
  return port;
}
async function secretConfigured(projectDir) {
  if (process.env.FLASK_SECRET_KEY) return true;
  for (const name of [".env", ".flaskenv"]) {
    const text = await fs.readFile(join(projectDir, name), "utf8").catch(() => "");
    if (/^\s*(export\s+)?FLASK_SECRET_KEY\s*=/m.test(text)) return true;
  }
  return false;
}
async function choosePort(flag) {
  if (flag !== void 0) {
    const port2 = parsePort(flag);
    if (!await isPortFree(port2))
      throw new UserError(`port ${port2} is in use (another \`flask run\`?): stop that, or pick a free one with --port ${await firstFreePort([port2 + 1])}.`);
    return { port: port2 };
  }
  if (await isPortFree(DEFAULT_PORT)) return { port: DEFAULT_PORT };
  const port = await firstFreePort(Array.from({ length: 10 }, (_, i) => DEFAULT_PORT + 1 + i));
  return { port, note: `port ${DEFAULT_PORT} is in use, so your app gets ${port}` };
}
async function runCommand(options) {
  const project = await openProject(options.dir);
  const python = await resolvePython(project, options.python);
  const { port, note } = await choosePort(options.port);
  const env = {};
  const freshSecret = !await secretConfigured(project.dir);
  if (freshSecret) env.FLASK_SECRET_KEY = `dev-${randomBytes(24).toString("hex")}`;
  const url = `http://${LOOPBACK}:${port}/`;
  const lesson = project.state?.lesson;
  if (lesson) console.log(kleur_default.bold(`Lesson ${lesson} \xB7 ${shortTitle(await readLessonText(lesson))}`));
  console.log(`Your app runs at ${kleur_default.bold().cyan(url)}  ${kleur_default.dim("(Ctrl-C stops it)")}`);
  if (note) console.log(kleur_default.yellow(note));
  console.log(kleur_default.dim(`python ${python}${freshSecret ? " \xB7 a fresh FLASK_SECRET_KEY for this run" : ""}`));
  console.log("");
  const app = execa(python, ["-m", "flask", "--app", "app", "--debug", "run", "--host", LOOPBACK, "--port", String(port)], {
    cwd: project.dir,
    env,
    extendEnv: true,
    stdin: "ignore",
    stdout: "inherit",
    stderr: "inherit",
    detached: true,
    reject: false
  });
  const signalGroup = (signal) => {
    try {
      if (app.pid) process.kill(-app.pid, signal);
    } catch {
    }
  };
  let stoppedBy;
  let forceTimer;
  const stop = (signal) => {
    if (stoppedBy) return signalGroup("SIGKILL");
    stoppedBy = signal;
    signalGroup("SIGINT");
    forceTimer = setTimeout(() => signalGroup("SIGKILL"), STOP_GRACE_MS);
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, stop);
  const onExit = () => signalGroup("SIGKILL");
  process.on("exit", onExit);
  try {
    const result = await app;
    if (stoppedBy) {
      console.log(kleur_default.dim("\nStopped your app."));
      return EXIT_BY_SIGNAL[stoppedBy] ?? EXIT_OK;
    }
    if (result.failed && result.exitCode === void 0 && !result.signal)
      throw new UserError(`cannot start ${python}: ${result.shortMessage} (\`flash-login doctor\` helps).`);
    if (result.exitCode === 0) return EXIT_OK;
    console.error(kleur_default.red(`Your app stopped (${result.exitCode !== void 0 ? `exit code ${result.exitCode}` : String(result.signal)}): see what it printed above.`));
    return EXIT_CANNOT_RUN;
  } finally {
    clearTimeout(forceTimer);
    for (const signal of signals) process.removeListener(signal, stop);
    signalGroup("SIGKILL");
    process.removeListener("exit", onExit);
  }
}

export {
  LOOPBACK,
  tryListen,
  isPortFree,
  firstFreePort,
  DEFAULT_PORT,
  parsePort,
  runCommand
};
