// A zh-CN project end to end, with the real CLI, real Flask and real merges: the walk from lesson
// 1 to 5 verifies green at each lesson, guided and in practice mode with `solution --apply`;
// `flash-login lang` switches the app from the next lesson on; the default follows LANG.

import { join } from 'node:path';
import fs from 'fs-extra';
import type { PromptObject } from 'prompts';
import { afterAll, describe, expect, it } from 'vitest';
import { create } from '../src/create/index.js';
import { setActiveLang } from '../src/i18n/i18n.js';
import { describeStateProblem } from '../src/project/state.js';
import { bins, debianPython, run, tempDir } from './helpers.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => fs.remove(dir)));
});

/** Only the locale the test names: the machine's own LANG must not decide what the project speaks. */
const LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };

async function scaffold(args: string[], env: Record<string, string> = LOCALE): Promise<string> {
  const parent = await tempDir('flash-login-zh-walk-');
  made.push(parent);
  const dir = join(parent, 'app');
  const created = await run(bins.create, [dir, '--yes', '--no-install', '--no-git', '--python', debianPython, ...args], { env });
  expect(created.exitCode, String(created.stdout) + String(created.stderr)).toBe(0);
  return dir;
}

const flashLogin = (dir: string, ...args: string[]) => run(bins.flashLogin, [...args, '--dir', dir], { env: LOCALE });
const readState = (dir: string) => fs.readJson(join(dir, '.flash-login', 'state.json'));
const readApp = (dir: string, file: string) => fs.readFile(join(dir, file), 'utf8');

async function expectVerified(dir: string, lesson: number, what: string): Promise<void> {
  const verified = await flashLogin(dir, 'verify');
  expect(verified.exitCode, `${what}, lesson ${lesson}:\n${String(verified.stdout)}${String(verified.stderr)}`).toBe(0);
}

async function nextLesson(dir: string): Promise<void> {
  const next = await flashLogin(dir, 'next-lesson', '--no-verify');
  expect(next.exitCode, String(next.stdout) + String(next.stderr)).toBe(0);
  expect(String(next.stdout)).not.toContain('<<<<<<<');
}

describe('a zh-CN project walks lessons 1 to 5', () => {
  it('guided: every lesson arrives in Chinese and verifies green', async () => {
    const dir = await scaffold(['--lang', 'zh-CN', '--mode', 'guided']);
    expect(await readState(dir)).toMatchObject({ lang: 'zh-CN', lessonLang: 'zh-CN' });
    expect(await readApp(dir, 'README.md')).toContain('第 1 课（共 5 课）');
    for (let lesson = 1; lesson <= 5; lesson++) {
      expect(await readApp(dir, 'templates/login.html'), `lesson ${lesson}`).toMatch(lesson >= 3 ? /登录/ : /<html lang="zh-CN">/);
      await expectVerified(dir, lesson, 'guided');
      if (lesson === 5) break;
      await nextLesson(dir);
    }
    expect(await readApp(dir, 'app.py')).toContain('flash("登录成功。", "success")');
    expect(await readApp(dir, 'templates/base.html')).toContain('<html lang="zh-CN">');
  });

  it('practice: the starters carry the TODOs, solution --apply fills them, and every lesson verifies green', async () => {
    const dir = await scaffold(['--lang', 'zh-CN', '--mode', 'practice']);
    for (let lesson = 1; lesson <= 5; lesson++) {
      const applied = await flashLogin(dir, 'solution', '--apply');
      expect(applied.exitCode, String(applied.stdout) + String(applied.stderr)).toBe(0);
      await expectVerified(dir, lesson, 'practice');
      if (lesson === 5) break;
      await nextLesson(dir);
      // Lesson 4's Chinese exercise texts are written: its starter's TODO lines are Chinese.
      if (lesson + 1 === 4) {
        expect(await readApp(dir, 'app.py')).toMatch(/# TODO\(4\.guard\): 写 login_required 装饰器/);
        // hint speaks the project's language, and its code shows the app's Chinese flash.
        const hint = String((await flashLogin(dir, 'hint', '4.guard', '--all')).stdout);
        expect(hint).toContain('装饰器接收视图');
        expect(hint).toContain('flash("请先登录再查看该页面。", "info")');
      }
    }
    expect(await readApp(dir, 'app.py')).toContain('flash("你已退出登录。", "info")');
  });

  it('practice goto: a pristine zh-CN project jumps 1 → 4 with no conflict, the skipped work filled in Chinese, only lesson 4 TODO', async () => {
    const dir = await scaffold(['--lang', 'zh-CN', '--mode', 'practice']);
    const moved = await flashLogin(dir, 'goto', '4', '--no-verify');
    expect(moved.exitCode, String(moved.stdout) + String(moved.stderr)).toBe(0);
    const app = await readApp(dir, 'app.py');
    const login = await readApp(dir, 'templates/login.html');
    expect(app + login).not.toContain('<<<<<<<');
    // The TODOs of lessons 1 to 3 are filled (with the Chinese app's code); lesson 4's stand, in Chinese.
    expect(app + login).not.toMatch(/TODO\([123]\./);
    expect(app).toMatch(/# TODO\(4\.guard\): 写 login_required 装饰器/);
    expect(app).toContain('flash("登录成功。", "success")');
    expect((await readState(dir)).solutions).toEqual(expect.arrayContaining(['1.login', '2.secret', '3.flash']));
  });
});

describe('flash-login lang', () => {
  it('prints the language, switches it as one undoable change, and the app follows from the next lesson on', async () => {
    const dir = await scaffold(['--lang', 'en', '--mode', 'guided']);
    expect(String((await flashLogin(dir, 'lang')).stdout)).toMatch(/^en \(English\)/);
    const bad = await flashLogin(dir, 'lang', 'fr');
    expect([bad.exitCode, String(bad.stderr).trim()]).toEqual([2, 'flash-login: lang takes en or zh-CN, not "fr".']);

    const before = await readApp(dir, 'app.py');
    const switched = await flashLogin(dir, 'lang', 'zh-CN');
    expect(switched.exitCode, String(switched.stderr)).toBe(0);
    expect(await readState(dir)).toMatchObject({ lang: 'zh-CN', lessonLang: 'en' });
    expect(await readApp(dir, 'app.py')).toBe(before); // the lesson at hand keeps its files
    expect(String((await flashLogin(dir, 'lang', 'zh-CN')).stdout)).toMatch(/已经是 zh-CN/); // a zh-CN project speaks Chinese

    // undo takes the switch back, and it can be made again.
    expect((await flashLogin(dir, 'undo')).exitCode).toBe(0);
    expect((await readState(dir)).lang).toBeUndefined();
    expect((await flashLogin(dir, 'lang', 'zh-CN')).exitCode).toBe(0);

    await expectVerified(dir, 1, 'after the switch');
    await nextLesson(dir);
    expect(await readState(dir)).toMatchObject({ lesson: 2, lang: 'zh-CN', lessonLang: 'zh-CN' });
    expect(await readApp(dir, 'templates/login.html')).toContain('<html lang="zh-CN">');
    expect(await readApp(dir, 'app.py')).toContain('error = "用户名或密码错误。"');
    await expectVerified(dir, 2, 'switched to zh-CN');
  });

  it('create-flash-login --lang takes en or zh-CN: anything else is one line, exit 2, and nothing written', async () => {
    const parent = await tempDir('flash-login-zh-walk-');
    made.push(parent);
    const refused = await run(bins.create, [join(parent, 'app'), '--yes', '--lang', 'zh-TW', '--no-install', '--no-git'], { env: LOCALE });
    expect([refused.exitCode, String(refused.stderr).trim()]).toEqual([2, 'create-flash-login: --lang takes en or zh-CN, not "zh-TW".']);
    expect(await fs.readdir(parent)).toEqual([]);
  });

  it('with no --lang, the language follows the locale: LANG=zh_CN.UTF-8 is zh-CN, LANG=C is English', async () => {
    const chinese = await scaffold(['--mode', 'guided'], { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' });
    expect(await readState(chinese)).toMatchObject({ lang: 'zh-CN' });
    expect(await readApp(chinese, 'templates/login.html')).toContain('<html lang="zh-CN">');
    const english = await scaffold(['--mode', 'guided'], { LC_ALL: '', LC_MESSAGES: '', LANG: 'C' });
    expect((await readState(english)).lang).toBeUndefined(); // absent is English, as in projects from before languages
    expect(await readApp(english, 'templates/login.html')).toContain('<html lang="en">');
  });

  it("an interactive create asks for the language, offering the locale's; the answer is the project's", async () => {
    const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
    try {
      for (const [locale, offered, answer] of [
        ['zh_CN.UTF-8', 'zh-CN', 'zh-CN'],
        ['C', 'en', 'zh-CN'],
        ['zh_CN.UTF-8', 'zh-CN', 'en'],
      ] as const) {
        Object.assign(process.env, { LC_ALL: '', LC_MESSAGES: '', LANG: locale });
        const cwd = await tempDir('flash-login-zh-walk-');
        made.push(cwd);
        const questions: PromptObject[] = [];
        const answers: Record<string, unknown> = { folder: 'asked', lang: answer, mode: 'guided', install: false, git: false };
        const ask = async <T>(question: PromptObject): Promise<T> => {
          questions.push(question);
          return answers[String(question.name)] as T;
        };
        expect(await create(undefined, { python: debianPython }, { cwd, interactive: true, ask, log: () => {} })).toBe(0);
        const question = questions.find((asked) => asked.name === 'lang')!;
        const choices = question.choices as Array<{ value: string }>;
        expect(choices[question.initial as number]!.value, `LANG=${locale}`).toBe(offered);
        expect((await readState(join(cwd, 'asked'))).lang).toBe(answer === 'en' ? undefined : answer);
      }
    } finally {
      setActiveLang(undefined);
      for (const [key, value] of Object.entries(saved))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
  });

  it('a state file with a language other than en or zh-CN is named as the problem', () => {
    const state = { version: 1, lesson: 1, answers: { projectName: 'x' } };
    expect(describeStateProblem({ ...state, lang: 'zh-CN', lessonLang: 'en' })).toBeUndefined();
    expect(describeStateProblem({ ...state, lang: 'fr' })).toBe('has a lang that is neither "en" nor "zh-CN"');
    expect(describeStateProblem({ ...state, lessonLang: 7 })).toBe('has a lessonLang that is neither "en" nor "zh-CN"');
  });
});
