import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  formatOutcome,
  noChecksError,
  runVerify
} from "./chunk-6THRYP6T.js";
import {
  isIgnoredPath,
  walkProject
} from "./chunk-7MIRJNG5.js";
import {
  isLastLesson,
  shortTitle
} from "./chunk-32HMTD2O.js";
import {
  openProject,
  resolvePython
} from "./chunk-TZCH3CUR.js";
import {
  reportError
} from "./chunk-GZ25HMHU.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  lessonHasChecks
} from "./chunk-DCNZA4BR.js";
import {
  parseLessonFlag
} from "./chunk-K3KOSKB3.js";
import {
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/watch.ts
import { existsSync, watch } from "node:fs";
import { join } from "node:path";
var DEBOUNCE_MS = 200;
var CLEAR_SCREEN = "\x1B[2J\x1B[3J\x1B[H";
var EXIT_BY_SIGNAL = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
var FolderWatchers = class {
  constructor(projectDir, onChange) {
    this.projectDir = projectDir;
    this.onChange = onChange;
  }
  projectDir;
  onChange;
  watchers = /* @__PURE__ */ new Map();
  async sync() {
    const { folders } = await walkProject(this.projectDir);
    const wanted = new Set(folders);
    for (const [folder, watcher] of this.watchers)
      if (!wanted.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    for (const folder of folders) if (!this.watchers.has(folder)) this.add(folder);
  }
  add(folder) {
    try {
      const watcher = watch(join(this.projectDir, folder), (event, name) => {
        const path = name ? join(folder, name.toString()) : folder;
        if (name && isIgnoredPath(path)) return;
        this.onChange(path, event === "rename");
      });
      watcher.on("error", () => {
        watcher.close();
        this.watchers.delete(folder);
      });
      this.watchers.set(folder, watcher);
    } catch {
    }
  }
  close() {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
};
var WatchSession = class {
  constructor(projectDir, options, lessonFlag) {
    this.projectDir = projectDir;
    this.options = options;
    this.lessonFlag = lessonFlag;
    this.folders = new FolderWatchers(projectDir, (path, structural) => this.noteChange(path, structural));
  }
  projectDir;
  options;
  lessonFlag;
  tty = Boolean(process.stdout.isTTY);
  folders;
  changed = /* @__PURE__ */ new Set();
  debounce;
  structural = false;
  running = false;
  pending = false;
  runs = 0;
  quitCode;
  done;
  signalHandlers = /* @__PURE__ */ new Map();
  async start() {
    const finished = new Promise((resolve) => this.done = resolve);
    await this.folders.sync();
    this.listenForKeys();
    for (const signal of Object.keys(EXIT_BY_SIGNAL)) {
      const handler = () => this.interrupt(EXIT_BY_SIGNAL[signal]);
      this.signalHandlers.set(signal, handler);
      process.on(signal, handler);
    }
    process.on("exit", this.restoreTerminal);
    void this.runLoop("first run");
    return finished;
  }
  noteChange(path, structural) {
    if (this.quitCode !== void 0) return;
    this.changed.add(path);
    this.structural ||= structural;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }
  async flush() {
    if (this.structural) {
      this.structural = false;
      await this.folders.sync();
    }
    if (this.running) this.pending = true;
    else void this.runLoop(this.takeChanges());
  }
  takeChanges() {
    const touched = [...this.changed];
    this.changed.clear();
    const paths = touched.filter((path) => existsSync(join(this.projectDir, path)));
    if (touched.length === 0) return "re-run";
    if (paths.length === 0) return `removed: ${touched.slice(0, 3).join(", ")}`;
    return `changed: ${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ` and ${paths.length - 3} more` : ""}`;
  }
  /** One run at a time; changes made during a run give exactly one more run after it. */
  async runLoop(reason) {
    this.running = true;
    let why = reason;
    for (; ; ) {
      await this.verifyOnce(why);
      if (this.quitCode !== void 0 || !this.pending) break;
      this.pending = false;
      why = this.takeChanges();
    }
    this.running = false;
    if (this.quitCode !== void 0) this.finish();
    else this.printFooter();
  }
  /** A normal verify, each time with the state as it is now (next-lesson may have moved it). */
  async verifyOnce(reason) {
    if (this.tty) process.stdout.write(CLEAR_SCREEN);
    else if (this.runs > 0) console.log(kleur_default.dim("\u2500".repeat(60)));
    this.runs++;
    console.log(kleur_default.dim(`${(/* @__PURE__ */ new Date()).toLocaleTimeString()} \xB7 ${reason}`));
    try {
      const { project, lesson, text, outcome } = await runVerify(this.projectDir, this.lessonFlag, this.options.python);
      console.log(formatOutcome(outcome, `Lesson ${lesson} \xB7 ${shortTitle(text)}`, text.hints));
      if (project.state?.lesson === lesson && outcome.status === "pass" && !isLastLesson(lesson))
        console.log(`Lesson ${lesson} is done: \`flash-login next-lesson\` brings in lesson ${lesson + 1} (this watch keeps going).`);
    } catch (error) {
      reportError("flash-login", error);
    }
  }
  printFooter() {
    const keys = process.stdin.isTTY ? "r re-run \xB7 q quit" : "q and Enter, Ctrl-C or end of input stops";
    console.log("");
    console.log(kleur_default.dim(`Watching ${this.projectDir} for changes \xB7 ${keys}`));
  }
  listenForKeys() {
    const { stdin } = process;
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    stdin.on("data", this.onKeys);
    stdin.on("end", this.onInputEnd);
    stdin.resume();
  }
  onKeys = (keys) => {
    for (const key of keys) {
      if (key === "q" || key === "Q") return this.quit(0);
      if (key === "") return void process.kill(process.pid, "SIGINT");
      if ((key === "r" || key === "R" || key === "\r") && !this.running) return void this.runLoop("re-run");
    }
  };
  onInputEnd = () => this.quit(0);
  /** Quit after the run in progress, if any. */
  quit(code) {
    if (this.quitCode !== void 0) return;
    this.quitCode = code;
    if (this.running) console.log(kleur_default.dim("Stopping after this run\u2026"));
    else this.finish();
  }
  /** Ctrl-C or a kill. During a run, verifyProject's own handler stops the app, cleans up and exits. */
  interrupt(code) {
    this.quitCode ??= code;
    if (!this.running) this.finish();
  }
  restoreTerminal = () => {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
  };
  finish() {
    clearTimeout(this.debounce);
    this.folders.close();
    this.restoreTerminal();
    process.stdin.off("data", this.onKeys);
    process.stdin.off("end", this.onInputEnd);
    process.stdin.pause();
    for (const [signal, handler] of this.signalHandlers) process.off(signal, handler);
    process.off("exit", this.restoreTerminal);
    this.done(this.quitCode ?? 0);
  }
};
async function watchCommand(options) {
  if (options.json) throw new UserError("--watch prints for people and --json for programs: drop one of them.");
  const lessonFlag = parseLessonFlag(options.lesson);
  const project = await openProject(options.dir);
  const lesson = lessonFlag ?? project.state?.lesson ?? 1;
  if (!lessonHasChecks(lesson)) throw noChecksError(lesson);
  await resolvePython(project, options.python);
  return new WatchSession(project.dir, options, lessonFlag).start();
}
export {
  watchCommand
};
