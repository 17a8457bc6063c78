// The generated app in Chinese (issue 18): one phrase table, every entry still used by the
// templates; the zh-CN app's pages, run by real Flask, show no English a visitor would read;
// lesson texts and exercise texts are picked by language, with English standing in.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { describe, expect, it } from 'vitest';
import { findFlashes, parsePage, visibleText } from '../src/checks/html.js';
import { CODE_ZH, COMMENTS_ZH, LESSON_COMMENTS_ZH } from '../src/course/app-comments.js';
import { APP_PHRASES_ZH, MARKER_TODOS_ZH, type PhraseUse, translateAppFile, translateCodeBlocks } from '../src/course/app-phrases.js';
import { exercisesFor, exerciseTexts } from '../src/course/exercises.js';
import { LESSON_COUNT, LESSON_FOLDERS, lessonAppDir, lessonTextPath, parseLessonText, readLessonText } from '../src/course/lessons.js';
import { referenceCode } from '../src/course/reference-code.js';
import { renderLesson, writeRendered } from '../src/course/render.js';
import { listFiles } from '../src/shared/list-files.js';
import { debianPython, root, tempDir } from './helpers.js';

const lessons = Array.from({ length: LESSON_COUNT }, (_, index) => index + 1);

describe('the phrase table', () => {
  it('has no stale entry: every phrase and marker TODO is swapped somewhere in lessons/N-name/app', async () => {
    const used: PhraseUse = new Map();
    for (const lesson of lessons)
      for (const path of await listFiles(lessonAppDir(lesson))) translateAppFile(path, await fs.readFile(path, 'utf8'), 'zh-CN', used);
    expect(Object.keys(APP_PHRASES_ZH).filter((phrase) => !used.has(phrase))).toEqual([]);
    expect(Object.keys(MARKER_TODOS_ZH).filter((todo) => !used.has(todo))).toEqual([]);
    expect(Object.keys(COMMENTS_ZH).filter((comment) => !used.has(comment))).toEqual([]);
    expect(Object.keys(CODE_ZH).filter((code) => !used.has(code))).toEqual([]);
  });

  it('every comment and docstring of the zh-CN app is Chinese, practice starters and old code included', async () => {
    const english: string[] = [];
    for (const lesson of lessons)
      for (const path of await listFiles(lessonAppDir(lesson))) {
        const text = translateAppFile(path, await fs.readFile(path, 'utf8'), 'zh-CN');
        const comments = path.endsWith('.py')
          ? [...text.matchAll(/^\s*#\s*(.*)$|"{3}(.*)"{3}/gm)].map((match) => match[1] ?? match[2]!)
          : [...text.matchAll(/\{#\s*(.*?)\s*#\}|<!--\s*(.*?)\s*-->/g)].map((match) => match[1] ?? match[2]!);
        for (const comment of comments) {
          // The markers (`# exercise 4.guard`, `# was`, `# end 4.guard`) are the starter's, never shown.
          if (/^(?:(?:exercise|change|end)\s+\d+\.[a-z][a-z0-9-]*(?:\s+quiet)?|was)$/.test(comment)) continue;
          if (!/[\u4e00-\u9fff]/.test(comment)) english.push(`${path.slice(root.length + 1)}: ${comment}`);
        }
      }
    expect(english, 'comments left in English (add them to src/course/app-comments.ts)').toEqual([]);
  });

  it('leaves English byte-identical, and swaps only what a visitor sees', () => {
    const python = [
      '# "You are logged in." in a comment stays',
      'def logout():',
      '    """Send visitors who are not logged in to the login page first."""',
      'flash("You are logged in.", "success")',
      '# Logging out forgets who was logged in.',
      '# POST only: a plain link or an image on another site cannot log anyone out.',
      'password = PasswordField("Password", validators=[DataRequired(), Length(min=8)])',
      'session["username"] = username',
      'x = "Home page"',
      '    """A docstring that is not a phrase, such as "/profile?tab=1"."""',
      'sep = "." + "Home"',
    ].join('\n');
    expect(translateAppFile('app.py', python, 'en')).toBe(python);
    expect(translateAppFile('app.py', python, 'zh-CN').split('\n')).toEqual([
      '# "You are logged in." in a comment stays', // not a whole comment of the table
      'def logout():',
      '    """先把未登录的访客送到登录页。"""',
      'flash("登录成功。", "success")',
      '# 退出登录，就是忘掉谁登录过。',
      '# 只接受 POST：别的网站上的普通链接或图片无法让任何人退出登录。',
      'password = PasswordField("密码", validators=[DataRequired(message="请填写此项。"), Length(min=8, message="密码至少 8 个字符。")])',
      'session["username"] = username',
      'x = "Home page"', // not a whole phrase of the table
      // Punctuation is swapped in HTML text only: never in Python, a docstring's quotes least of all.
      '    """A docstring that is not a phrase, such as "/profile?tab=1"."""',
      'sep = "." + "首页"',
    ]);
    const html =
      '<html lang="en">\n  <a href="{{ url_for(\'login\') }}">Log in</a> {# Log in #}\n  <label>Username <input name="username"></label>\n  <p>Logged in as {{ username }}.</p>\n  {# hidden_tag() writes the hidden csrf_token input. #}\n  {# was #}';
    expect(translateAppFile('templates/x.html', html, 'en')).toBe(html);
    expect(translateAppFile('templates/x.html', html, 'zh-CN').split('\n')).toEqual([
      '<html lang="zh-CN">',
      '  <a href="{{ url_for(\'login\') }}">登录</a> {# Log in #}',
      '  <label>用户名 <input name="username"></label>',
      '  <p>已登录：{{ username }}。</p>',
      '  {# hidden_tag() 写出隐藏的 csrf_token 输入框。 #}',
      '  {# was #}',
    ]);
  });

  it('a marker line with its own TODO text gets the Chinese one in a zh-CN starter', async () => {
    const files = await renderLesson(3, { projectName: 'zh' }, { mode: 'practice', lang: 'zh-CN' });
    const app = files.get('app.py')!.toString();
    expect(app).toContain('# TODO(3.flash): 清空会话之后闪现“你已退出登录。”（info）');
    expect(app).not.toMatch(/TODO\(3\.flash\): flash/);
  });
});

// One Python run per lesson: the app served by Flask's test client, the way a visitor walks it.
const VISIT = String.raw`
import json, sys
sys.path.insert(0, sys.argv[1])
import app as module
app = module.app
app.config.update(WTF_CSRF_ENABLED=False, TESTING=True)
lesson = int(sys.argv[2])
client = app.test_client()
pages = {}
def visit(name, response):
    pages[name] = response.get_data(as_text=True)
visit("login", client.get("/login"))
if lesson == 5:
    visit("register", client.get("/register"))
    visit("register-taken", client.post("/register", data={"username": "admin", "email": "a@example.com", "password": "secretpass", "confirm": "secretpass"}, follow_redirects=True))
    visit("register-again", client.post("/register", data={"username": "admin", "email": "b@example.com", "password": "secretpass", "confirm": "secretpass"}, follow_redirects=True))
    visit("register-field-errors", client.post("/register", data={"username": "", "email": "x", "password": "short", "confirm": "other"}))
    visit("login-field-errors", client.post("/login", data={"username": "", "password": ""}))
    password = "secretpass"
else:
    password = "secret"
visit("home-anonymous", client.get("/", follow_redirects=True))
if lesson >= 4:
    visit("guarded", client.get("/profile", follow_redirects=True))
visit("wrong-password", client.post("/login", data={"username": "admin", "password": "nope"}, follow_redirects=True))
visit("logged-in", client.post("/login", data={"username": "admin", "password": password}, follow_redirects=True))
if lesson >= 4:
    visit("profile", client.get("/profile"))
logout = client.post("/logout", follow_redirects=True) if lesson == 5 else client.get("/logout", follow_redirects=True)
if lesson >= 2:
    visit("logged-out", logout)
print(json.dumps(pages))
`;

/** Words of English letters a zh-CN page may show: the user's own name and email. */
const NOT_ENGLISH = new Set(['admin', 'a@example.com']);

describe('the zh-CN app speaks Chinese', () => {
  for (const lesson of lessons) {
    it(`lesson ${lesson}: every page a visitor reaches, flashes included, shows no English word; <html lang="zh-CN">`, async () => {
      const dir = await tempDir('flash-login-zh-app-');
      try {
        await writeRendered(dir, await renderLesson(lesson, { projectName: 'zh' }, { lang: 'zh-CN' }));
        const env = {
          ...process.env,
          FLASK_SECRET_KEY: 'test',
          FLASK_SQLALCHEMY_DATABASE_URI: `sqlite:///${join(dir, 'test.db')}`,
          FLASK_PASSWORD_HASH_METHOD: 'pbkdf2:sha256:1000',
        };
        const result = await execa(debianPython, ['-c', VISIT, dir, String(lesson)], { env, cwd: dir });
        const pages = JSON.parse(result.stdout) as Record<string, string>;
        expect(Object.keys(pages).length).toBeGreaterThanOrEqual(4);
        let flashes = 0;
        for (const [name, html] of Object.entries(pages)) {
          const page = parsePage(html);
          expect(html, name).toContain('<html lang="zh-CN">');
          const title = page.querySelector('title')?.text ?? '';
          const words = `${visibleText(page).replace(/<!doctype html>/i, '')} ${title}`
            .split(/\s+/)
            .flatMap((word) => word.match(/[A-Za-z@.]*[A-Za-z][A-Za-z@.]*/g) ?? []);
          expect(
            words.filter((word) => !NOT_ENGLISH.has(word)),
            `${name}: ${visibleText(page)}`,
          ).toEqual([]);
          flashes += findFlashes(page).length;
        }
        if (lesson >= 3) expect(flashes, 'the walk met flashes').toBeGreaterThanOrEqual(3);
      } finally {
        await fs.remove(dir);
      }
    });
  }

  it('English output has no Chinese in it, and the zh-CN app differs from it only in what a visitor reads', async () => {
    for (const lesson of lessons) {
      const english = await renderLesson(lesson, { projectName: 'x' });
      const chinese = await renderLesson(lesson, { projectName: 'x' }, { lang: 'zh-CN' });
      expect([...chinese.keys()]).toEqual([...english.keys()]);
      for (const [name, content] of english) {
        if (name === 'README.md' || name.startsWith('static/')) continue;
        expect(content.toString(), name).not.toMatch(/[\u4e00-\u9fff]/);
        // Same code: only string literals, text between tags, comments and docstrings changed, and the zh-CN-only lines added.
        const zhOnly =
          name === 'app.py' ? ((await fs.readFile(join(lessonAppDir(lesson), 'app.py'), 'utf8')).match(/# zh-CN only:/g) ?? []).length : 0;
        expect(content.toString(), name).not.toContain('zh-CN only');
        const strip = (text: string) =>
          text
            .split('\n')
            .filter((line) => !/^\s*(#|\{#.*#\}\s*$|""")/.test(line))
            .join('\n')
            .replace(/"[^"\n]*"|'[^'\n]*'|>[^<{]*</g, '')
            .replace(/\}[^<{]*\{/g, '');
        expect(strip(chinese.get(name)!.toString()).split('\n').length, name).toBe(strip(content.toString()).split('\n').length + zhOnly);
      }
    }
  });

  it('a zh-CN README is the Chinese one, with the lesson text in the language picked', async () => {
    const readme = (await renderLesson(1, { projectName: 'zh' }, { mode: 'practice', lang: 'zh-CN' })).get('README.md')!.toString();
    expect(readme).toContain('第 1 课（共 5 课）');
    expect(readme).toContain((await readLessonText(1, 'zh-CN')).title);
    // Practice mode folds the steps' code, under the Chinese heading too.
    expect(readme).toContain('<details><summary>显示代码</summary>');
  });
});

describe('lesson texts and exercise texts by language', () => {
  it('parses the Chinese headings as their English sections, hints and all', () => {
    const text = parseLessonText(
      4,
      '# 第 4 课：login_required 守卫\n\n开头一段。\n\n## 步骤\n\n1. 做\n\n## 提示\n\n### 4.1\n\n1. 先看\n2. 再看\n   更多\n',
    );
    expect(text.title).toBe('第 4 课：login_required 守卫');
    expect([...text.sections.keys()]).toEqual(['Steps', 'Hints']);
    expect(text.hints.get('4.1')).toEqual(['先看', '再看\n更多']);
  });

  it('reads lesson.zh-CN.md where it exists, lesson.md where it does not', async () => {
    for (const lesson of lessons) {
      const translated = existsSync(join(root, 'lessons', LESSON_FOLDERS[lesson]!, 'lesson.zh-CN.md'));
      const text = await readLessonText(lesson, 'zh-CN');
      const english = await readLessonText(lesson, 'en');
      if (translated) expect(text.markdown).not.toBe(english.markdown);
      else expect(text.markdown).toBe(translateCodeBlocks(english.markdown, 'zh-CN'));
    }
  });

  for (const lesson of lessons) {
    const file = join(root, 'lessons', LESSON_FOLDERS[lesson]!, 'lesson.zh-CN.md');
    // Skipped, and so listed, until zhtexts' text for the lesson lands.
    it.skipIf(!existsSync(file))(
      `lesson ${lesson}: lesson.zh-CN.md parses with the English one's sections and a hint for every check`,
      async () => {
        const [english, chinese] = await Promise.all([readLessonText(lesson, 'en'), readLessonText(lesson, 'zh-CN')]);
        expect([...chinese.sections.keys()]).toEqual([...english.sections.keys()]);
        expect([...chinese.hints.keys()]).toEqual([...english.hints.keys()]);
        expect(chinese.title).toMatch(new RegExp(`^第 ${lesson} 课：`));
      },
    );
  }

  it("a lesson's code blocks show the app as the zh-CN project has it; its prose and other blocks stay", async () => {
    const english = (await readLessonText(3, 'en')).markdown;
    const chinese = translateCodeBlocks(english, 'zh-CN');
    expect(english).toContain('flash("You are logged in.", "success")');
    expect(chinese).toContain('flash("登录成功。", "success")');
    const pythonBlocks = (markdown: string) => (markdown.match(/^\s*```python\n[\s\S]*?```/gm) ?? []).join('\n');
    expect(pythonBlocks(chinese)).not.toContain('You are logged in.');
    expect(pythonBlocks(english)).toContain('You are logged in.');
    const prose = (markdown: string) => markdown.replace(/^[ \t]*```[\s\S]*?^[ \t]*```/gm, '');
    expect(prose(chinese)).toBe(prose(english));
  });

  for (const lesson of lessons) {
    const file = join(root, 'lessons', LESSON_FOLDERS[lesson]!, 'exercises.zh-CN.ts');
    // Skipped, and so listed, until zhtexts' file for the lesson lands.
    it.skipIf(!existsSync(file))(
      `lesson ${lesson}: exercises.zh-CN.ts has every exercise, as many hints as English, and the starter's TODO lines come from it`,
      async () => {
        const english = await exercisesFor(lesson);
        const texts = await exerciseTexts(lesson, 'zh-CN');
        expect(Object.keys(texts).sort()).toEqual(english.map((exercise) => exercise.id).sort());
        for (const exercise of english) {
          expect(texts[exercise.id]!.todo.trim(), exercise.id).not.toBe('');
          expect(texts[exercise.id]!.hints.length, `${exercise.id}: hint levels`).toBe(exercise.hints.length);
        }
        const files = await renderLesson(lesson, { projectName: 'zh' }, { mode: 'practice', lang: 'zh-CN' });
        const starter = [...files.values()].map((content) => content.toString()).join('\n');
        for (const exercise of await exercisesFor(lesson, 'zh-CN'))
          if (starter.includes(`TODO(${exercise.id}): ${exercise.todo}`)) expect(exercise.todo).toBe(texts[exercise.id]!.todo);
        for (const todo of starter.match(/TODO\([^)]*\): .*/g) ?? [])
          expect(todo, 'a TODO line left in English').toMatch(/[\u4e00-\u9fff]/);
      },
    );
  }

  it("every comment in a zh-CN lesson's code blocks is Chinese: the app's own through the table, the lesson's own written so", async () => {
    const english: string[] = [];
    for (const lesson of lessons) {
      const markdown = (await readLessonText(lesson, 'zh-CN')).markdown;
      for (const block of markdown.matchAll(/^[ \t]*```(?:python|html|jinja)\n([\s\S]*?)^[ \t]*```/gm))
        for (const line of block[1]!.split('\n')) {
          const comment =
            /^\s*#\s?(.*)$/.exec(line)?.[1] ??
            /\{#\s*(.*?)\s*#\}/.exec(line)?.[1] ??
            /"{3}(.*)"{3}/.exec(line)?.[1] ??
            /\s#\s(.*)$/.exec(line)?.[1]; // a comment after the code
          if (comment !== undefined && !/[\u4e00-\u9fff]/.test(comment)) english.push(`lesson ${lesson}: ${line.trim()}`);
        }
    }
    expect(english).toEqual([]);
  });

  it("has no stale entry in the lessons' own comments: each is in some lesson's code blocks", async () => {
    const used: PhraseUse = new Map();
    for (const lesson of lessons) translateCodeBlocks(await fs.readFile(lessonTextPath(lesson), 'utf8'), 'zh-CN', used);
    expect(Object.keys(LESSON_COMMENTS_ZH).filter((comment) => !used.has(comment))).toEqual([]);
  });

  it('a code hint shows the app the way the zh-CN project has it; a missing translation is English', async () => {
    expect(await referenceCode('4.guard', 'zh-CN')).toContain('flash("请先登录再查看该页面。", "info")');
    expect(await referenceCode('4.guard', 'en')).toContain('Please log in to see that page.');
  });
});
