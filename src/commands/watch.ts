// `flash-login verify --watch`: re-run the checks whenever the learner saves, like rustlings' watch mode.

import { existsSync, type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import kleur from 'kleur';
import { lessonHasChecks } from '../../lessons/catalog.js';
import { parseLessonFlag } from '../course/lessons.js';
import { isLastLesson, shortTitle } from '../course/progress.js';
import { catalog, listOf } from '../i18n/i18n.js';
import { openProject, resolvePython } from '../project/project.js';
import { isIgnoredPath, walkProject } from '../project/project-files.js';
import { lessonModeOf } from '../project/state.js';
import { WarmSlot } from '../runtime/warm-python.js';
import { UserError } from '../shared/errors.js';
import { reportError } from '../terminal/report-error.js';
import { formatOutcome, lessonHeading } from '../verify/report.js';
import { noChecksError, runVerify, type VerifyCommandOptions } from '../verify/verify-command.js';
import { practiceSummary } from '../verify/watch-summary.js';

const watchText = catalog({
  en: {
    firstRun: 'first run',
    rerun: 're-run',
    removed: (files: string) => `removed: ${files}`,
    changed: (files: string, more: number) => `changed: ${files}${more > 0 ? ` and ${more} more` : ''}`,
    done: (lesson: number) =>
      `Lesson ${lesson} is done: \`flash-login next-lesson\` brings in lesson ${lesson + 1} (this watch keeps going).`,
    keys: 'r re-run · q quit',
    keysNoTerminal: 'q and Enter, Ctrl-C or end of input stops',
    watching: (dir: string, keys: string) => `Watching ${dir} for changes · ${keys}`,
    stopping: 'Stopping after this run…',
    notWithJson: '--watch prints for people and --json for programs: drop one of them.',
    timing: (seconds: string, warm: boolean) => `checked in ${seconds} s${warm ? ' · Python kept warm' : ''}`,
  },
  'zh-CN': {
    firstRun: '第一次运行',
    rerun: '重新运行',
    removed: (files) => `已删除：${files}`,
    changed: (files, more) => `已修改：${files}${more > 0 ? ` 等另外 ${more} 个` : ''}`,
    done: (lesson) => `第 ${lesson} 课完成了：\`flash-login next-lesson\` 会引入第 ${lesson + 1} 课（监视会继续进行）。`,
    keys: 'r 重新运行 · q 退出',
    keysNoTerminal: '按 q 再按回车、按 Ctrl-C 或输入结束时停止',
    watching: (dir, keys) => `正在监视 ${dir} 的改动 · ${keys}`,
    stopping: '这次运行结束后停止…',
    notWithJson: '--watch 的输出是给人看的，--json 是给程序读的：请去掉其中一个。',
    timing: (seconds, warm) => `检查用时 ${seconds} 秒${warm ? ' · Python 保持预热' : ''}`,
  },
});

/** Editors save in bursts (write, rename, chmod): one run for the lot. */
const DEBOUNCE_MS = 200;
/** Clear the screen and the scrollback, then go home: each run starts on a clean terminal. */
const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';
const EXIT_BY_SIGNAL: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Watches each folder of the project with a plain fs.watch (no recursion), so the
 * thousands of folders in .venv are never visited; folders that appear are added
 * on the next change.
 */
class FolderWatchers {
  private readonly watchers = new Map<string, FSWatcher>();

  constructor(
    private readonly projectDir: string,
    private readonly onChange: (path: string, structural: boolean) => void,
  ) {}

  async sync(): Promise<void> {
    const { folders } = await walkProject(this.projectDir);
    const wanted = new Set(folders);
    for (const [folder, watcher] of this.watchers)
      if (!wanted.has(folder)) {
        watcher.close();
        this.watchers.delete(folder);
      }
    for (const folder of folders) if (!this.watchers.has(folder)) this.add(folder);
  }

  private add(folder: string): void {
    try {
      const watcher = watch(join(this.projectDir, folder), (event, name) => {
        const path = name ? join(folder, name.toString()) : folder;
        if (name && isIgnoredPath(path)) return;
        this.onChange(path, event === 'rename');
      });
      watcher.on('error', () => {
        watcher.close();
        this.watchers.delete(folder);
      });
      this.watchers.set(folder, watcher);
    } catch {
      // removed between the walk and the watch: the next sync settles it
    }
  }

  close(): void {
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}

class WatchSession {
  private readonly tty = Boolean(process.stdout.isTTY);
  private readonly folders: FolderWatchers;
  private readonly changed = new Set<string>();
  private debounce: NodeJS.Timeout | undefined;
  private structural = false;
  private running = false;
  private pending = false;
  private runs = 0;
  /** Practice mode: what the last run came to, so an unchanged result is one line. */
  private lastSummary: string | undefined;
  private quitCode: number | undefined;
  private done!: (code: number) => void;
  private readonly signalHandlers = new Map<NodeJS.Signals, () => void>();
  /** Python with Flask imported, kept between runs: a re-check starts only the app (warm-python.ts). */
  private readonly warm = new WarmSlot();

  constructor(
    private readonly projectDir: string,
    private readonly options: VerifyCommandOptions,
    private readonly lessonFlag: number | undefined,
  ) {
    this.folders = new FolderWatchers(projectDir, (path, structural) => this.noteChange(path, structural));
  }

  async start(): Promise<number> {
    const finished = new Promise<number>((resolve) => (this.done = resolve));
    await this.folders.sync();
    this.listenForKeys();
    for (const signal of Object.keys(EXIT_BY_SIGNAL) as NodeJS.Signals[]) {
      const handler = () => this.interrupt(EXIT_BY_SIGNAL[signal]!);
      this.signalHandlers.set(signal, handler);
      process.on(signal, handler);
    }
    process.on('exit', this.restoreTerminal);
    void this.runLoop(watchText().firstRun);
    return finished;
  }

  private noteChange(path: string, structural: boolean): void {
    if (this.quitCode !== undefined) return;
    this.changed.add(path);
    this.structural ||= structural;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.flush(), DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    if (this.structural) {
      this.structural = false;
      await this.folders.sync(); // a folder may have appeared or gone
    }
    if (this.running) this.pending = true;
    else void this.runLoop(this.takeChanges());
  }

  private takeChanges(): string {
    // Editors and sed write through temporary files that are gone again: name what is left.
    const touched = [...this.changed];
    this.changed.clear();
    const paths = touched.filter((path) => existsSync(join(this.projectDir, path)));
    if (touched.length === 0) return watchText().rerun;
    if (paths.length === 0) return watchText().removed(listOf(touched.slice(0, 3)));
    return watchText().changed(listOf(paths.slice(0, 3)), paths.length - 3);
  }

  /** One run at a time; changes made during a run give exactly one more run after it. */
  private async runLoop(reason: string): Promise<void> {
    this.running = true;
    let why = reason;
    for (;;) {
      await this.verifyOnce(why);
      if (this.quitCode !== undefined || !this.pending) break;
      this.pending = false;
      why = this.takeChanges();
    }
    this.running = false;
    if (this.quitCode !== undefined) this.finish();
    else this.printFooter();
  }

  /** A normal verify, each time with the state as it is now (next-lesson may have moved it). */
  private async verifyOnce(reason: string): Promise<void> {
    if (this.tty) process.stdout.write(CLEAR_SCREEN);
    else if (this.runs > 0) console.log(kleur.dim('─'.repeat(60)));
    this.runs++;
    console.log(kleur.dim(`${new Date().toLocaleTimeString()} · ${reason}`));
    const started = performance.now();
    try {
      const { project, lesson, text, outcome } = await runVerify({
        dir: this.projectDir,
        lesson: this.lessonFlag,
        python: this.options.python,
        warm: this.warm,
      });
      if (lessonModeOf(project.state) === 'practice') {
        // Practice mode: only what changed since the last run, the first failing check with its TODO.
        const summary = practiceSummary(outcome, lesson, text.hints, project.dir, this.lastSummary);
        this.lastSummary = summary.key;
        console.log(summary.text);
      } else {
        console.log(formatOutcome(outcome, lessonHeading(lesson, shortTitle(text)), text.hints, { projectDir: project.dir }));
        if (project.state?.lesson === lesson && outcome.status === 'pass' && !isLastLesson(lesson)) console.log(watchText().done(lesson));
      }
      console.log(kleur.dim(timingLine(performance.now() - started, outcome.warmStart)));
    } catch (error) {
      reportError('flash-login', error); // one line, and keep watching: the next save may fix it
    }
  }

  private printFooter(): void {
    const keys = process.stdin.isTTY ? watchText().keys : watchText().keysNoTerminal;
    console.log('');
    console.log(kleur.dim(watchText().watching(this.projectDir, keys)));
  }

  private listenForKeys(): void {
    const { stdin } = process;
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.on('data', this.onKeys);
    stdin.on('end', this.onInputEnd);
    stdin.resume();
  }

  private readonly onKeys = (keys: string) => {
    for (const key of keys) {
      if (key === 'q' || key === 'Q') return this.quit(0);
      // Raw mode turns Ctrl-C into a byte: make it the signal it would have been.
      if (key === '\x03') return void process.kill(process.pid, 'SIGINT');
      if ((key === 'r' || key === 'R' || key === '\r') && !this.running) return void this.runLoop(watchText().rerun);
    }
  };

  private readonly onInputEnd = () => this.quit(0);

  /** Quit after the run in progress, if any. */
  private quit(code: number): void {
    if (this.quitCode !== undefined) return;
    this.quitCode = code;
    if (this.running) console.log(kleur.dim(watchText().stopping));
    else this.finish();
  }

  /** Ctrl-C or a kill. During a run, verifyProject's own handler stops the app, cleans up and exits. */
  private interrupt(code: number): void {
    this.quitCode ??= code;
    if (!this.running) this.finish();
  }

  private readonly restoreTerminal = () => {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
  };

  private finish(): void {
    // The warm Python goes first, with its folder; the watch ends once it has.
    void this.warm.stop().finally(() => this.done(this.quitCode ?? 0));
    clearTimeout(this.debounce);
    this.folders.close();
    this.restoreTerminal();
    process.stdin.off('data', this.onKeys);
    process.stdin.off('end', this.onInputEnd);
    process.stdin.pause();
    for (const [signal, handler] of this.signalHandlers) process.off(signal, handler);
    process.off('exit', this.restoreTerminal);
  }
}

/** How long a run took, and whether Python was kept warm for it (tests read this line). */
export function timingLine(ms: number, warmStart: boolean | undefined): string {
  return watchText().timing((ms / 1000).toFixed(1), warmStart === true);
}

export async function watchCommand(options: VerifyCommandOptions): Promise<number> {
  if (options.json) throw new UserError(watchText().notWithJson);
  const lessonFlag = parseLessonFlag(options.lesson);
  // What would stop every run stops the watch before it starts.
  const project = await openProject(options.dir);
  const lesson = lessonFlag ?? project.state?.lesson ?? 1;
  if (!lessonHasChecks(lesson)) throw noChecksError(lesson);
  await resolvePython(project, options.python);
  return new WatchSession(project.dir, options, lessonFlag).start();
}
