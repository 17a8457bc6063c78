// A zh-CN project speaks Chinese: every command's output is scanned for English sentences (outside
// code, commands, file names, ids, URLs and what the app printed), and the columns of `lessons` and
// `status` line up by display width, where a Chinese character takes two columns. `show` prints every
// lesson with its request-flow diagrams, translated but for protocol and data (DIAGRAM_KEPT); with
// --solutions it adds the lesson's code, whose lines read as English (imports, expressions) are allowed
// where the English lesson's code blocks have them. A zh-CN project at lesson 5 (guided) is scanned too:
// `show 1`–`5`, the first two levels of `hint` for every exercise, and a verify that fails.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fs from 'fs-extra';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { exercisesFor } from '../src/course/exercises.js';
import { LESSON_FOLDERS } from '../src/course/lessons.js';
import type { Lang } from '../src/i18n/i18n.js';
import { listFiles } from '../src/shared/list-files.js';
import { lessonsDir } from '../src/shared/paths.js';
import { type EnglishRun, englishRuns } from './english-runs.js';
import { bins, debianPython, run, tempDir, writeReference } from './helpers.js';

const CHINESE = { LANG: 'zh_CN.UTF-8' };
const COMMANDS = [
  'verify',
  'status',
  'lessons',
  'show',
  'hint',
  'solution',
  'mode',
  'run',
  'doctor',
  'next-lesson',
  'diff',
  'goto',
  'reset',
  'ci',
  'grade',
  'undo',
];

// Named here, made in beforeAll: the test names show these names.
let practice = 'PRACTICE'; // a practice-mode zh-CN project at lesson 1, as create makes it
let guided = 'GUIDED'; // the finished lesson 1, zh-CN, guided
let broken = 'BROKEN'; // lesson 1 with a login that never succeeds
let lesson5 = 'LESSON5'; // the finished lesson 5, zh-CN, guided, with three mistakes: a GET logout, a remember-me that outlives it, SameSite=Strict

async function zhProject(dir: string, mode: 'practice' | 'guided', lesson = 1): Promise<void> {
  const path = join(dir, '.flash-login', 'state.json');
  const state = (await fs.pathExists(path))
    ? await fs.readJson(path)
    : { version: 1, lesson, answers: { projectName: 'reference' }, mode, lessonMode: mode };
  await fs.outputJson(path, { ...state, python: debianPython, lang: 'zh-CN' }, { spaces: 2 });
}

beforeAll(async () => {
  practice = join(await tempDir(), 'app');
  const created = await run(bins.create, [practice, '--yes', '--no-install', '--no-git', '--python', debianPython]);
  expect(created.exitCode, String(created.stderr)).toBe(0);
  await zhProject(practice, 'practice');
  guided = await tempDir();
  await writeReference(guided, 1);
  await zhProject(guided, 'guided');
  broken = await tempDir();
  await writeReference(broken, 1);
  const app = join(broken, 'app.py');
  await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace("redirect(url_for('welcome'", "redirect(url_for('login'"));
  await zhProject(broken, 'guided');
  lesson5 = await tempDir();
  await writeReference(lesson5, 5, 'zh-CN');
  const app5 = join(lesson5, 'app.py');
  let source = await fs.readFile(app5, 'utf8');
  for (const [find, replace] of [
    ['@app.route("/logout", methods=["POST"])', '@app.route("/logout", methods=["GET", "POST"])'],
    ['        current_user.login_token = new_token()\n', ''],
    ['app.config["SESSION_COOKIE_SAMESITE"] = "Lax"', 'app.config["SESSION_COOKIE_SAMESITE"] = "Strict"'],
  ] as const) {
    expect(source, find).toContain(find);
    source = source.replace(find, replace);
  }
  await fs.writeFile(app5, source);
  await zhProject(lesson5, 'guided', 5);
});

/** Every exercise of the five lessons, by id: `hint` of each is scanned in the lesson-5 project. */
const exerciseIds = (await Promise.all([1, 2, 3, 4, 5].map((lesson) => exercisesFor(lesson, 'zh-CN')))).flat().map(({ id }) => id);

/**
 * English the scanner finds in the lessons' request-flow diagrams that is not prose, so stays as the
 * English lesson has it: each pattern is one whole run, with why it stays.
 */
const DIAGRAM_KEPT: { run: RegExp; why: string }[] = [
  { run: /^POST\s+admin\s+(?:secret|oops)$/, why: 'a request: the method, then the username and password it sends' },
  { run: /^GET\s+Cookie: session$/, why: 'a request: the method, the Cookie header and the session cookie' },
  { run: /^POST\s+username, email$/, why: 'a request: the method and the form field names' },
  { run: /^Method Not Allowed$/, why: 'the reason phrase of 405, kept like every status line' },
];

function keptInDiagrams(found: EnglishRun): boolean {
  return DIAGRAM_KEPT.some(({ run }) => run.test(found.run.trim()));
}

/** The lines of the code blocks (```python, ```html, ```sh …, not the ```text diagrams) of an English lesson, trimmed. */
function codeLines(lesson: number): Set<string> {
  const markdown = readFileSync(join(lessonsDir, LESSON_FOLDERS[lesson]!, 'lesson.md'), 'utf8');
  const lines = new Set<string>();
  for (const block of markdown.matchAll(/^\s*```(\w*)\n([\s\S]*?)\n\s*```\s*$/gm)) {
    if (block[1] === 'text') continue;
    for (const line of block[2]!.split('\n')) if (line.trim() !== '') lines.add(line.trim());
  }
  return lines;
}

/** What supplies the Chinese of each output, so a failure says whose part is still English. */
const cases: { args: () => string[]; bin?: string; from: string; kept?: (found: EnglishRun) => boolean }[] = [
  { args: () => ['--help'], from: 'src/cli/cli.text.ts' },
  ...COMMANDS.map((command) => ({ args: () => [command, '--help'], from: 'src/cli/cli.text.ts' })),
  { bin: bins.create, args: () => ['--help'], from: 'create.ts (zhapp adds --lang)' },
  { args: () => ['--bogus'], from: "main.ts (commander's errors)" },
  { args: () => ['frob'], from: "main.ts (commander's errors)" },
  { args: () => ['goto'], from: "main.ts (commander's errors)" },
  { args: () => ['show', '1', '2'], from: "main.ts (commander's errors)" },
  { args: () => ['grade', 'x'], from: "main.ts (commander's errors)" },
  { args: () => ['verify', '--verbos', '-l'], from: "main.ts (commander's errors)" },
  { args: () => ['verify', '-l'], from: "main.ts (commander's errors)" },
  { args: () => ['verify', '--lesson', '9', '--dir', guided], from: 'engine/errors.ts' },
  { args: () => ['status', '--dir', '/nonexistent-flash-login-project'], from: 'engine/project.ts' },
  { args: () => ['status', '--dir', practice], from: 'commands/status.ts, lesson titles (zhtexts/zhapp)' },
  { args: () => ['lessons', '--dir', practice], from: 'commands/lessons.ts, lesson titles (zhtexts/zhapp)' },
  { args: () => ['doctor', '--dir', practice], from: 'commands/doctor.ts' },
  { args: () => ['hint', '--dir', practice], from: 'commands/hint.ts' },
  { args: () => ['hint', '1.login', '--dir', practice], from: 'commands/hint.ts, exercise texts (zhtexts/zhapp)' },
  ...[1, 2, 3, 4, 5].map((lesson) => ({
    args: () => ['show', String(lesson), '--dir', practice],
    from: 'lesson texts and their diagrams (lessons/N-*/lesson.zh-CN.md), commands/show.ts',
    kept: keptInDiagrams,
  })),
  {
    args: () => ['show', '4', '--solutions', '--dir', practice],
    from: 'lesson texts (lessons/4-*/lesson.zh-CN.md), commands/show.ts',
    kept: (found: EnglishRun) => keptInDiagrams(found) || codeLines(4).has(found.line),
  },
  { args: () => ['verify', '--list', '--dir', guided], from: 'commands/verify.ts, check titles (zhchecks)' },
  { args: () => ['verify', '--dir', guided], from: 'engine/report.ts, check titles (zhchecks)' },
  { args: () => ['verify', '--dir', broken], from: 'engine/report.ts, check titles and failures (zhchecks)' },
  ...[1, 2, 3, 4, 5].map((lesson) => ({
    args: () => ['show', String(lesson), '--dir', lesson5],
    from: 'lesson texts, their diagrams and code (lessons/N-*/lesson.zh-CN.md), commands/show.ts',
    // A guided project's lessons show their code: lines the English lesson's code blocks have too.
    kept: (found: EnglishRun) => keptInDiagrams(found) || codeLines(lesson).has(found.line),
  })),
  {
    args: () => ['verify', '--dir', lesson5],
    from: 'src/verify/report.ts, lesson 5 check titles, failures and reason hints (lessons/N-*/checks.text.ts, checks.hints.ts)',
  },
];

describe('zh-CN output has no English sentences', () => {
  for (const { args, bin, from, kept } of cases) {
    it(`${bin === bins.create ? 'create-flash-login' : 'flash-login'} ${args().join(' ')} — from ${from}`, async () => {
      const result = await run(bin ?? bins.flashLogin, args(), { env: CHINESE });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(output.trim(), 'the command printed nothing').not.toBe('');
      expect(result.stderr, 'a stack trace').not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      const english = englishRuns(output)
        .filter((found) => !kept?.(found))
        .map(({ line, run }) => `${run}   ← ${line}`);
      expect(english, `English left in the output (from ${from}):\n${output}`).toEqual([]);
    });
  }
});

describe('zh-CN hints of every exercise have no English sentences (lesson 5, guided)', () => {
  it('finds every exercise', () => {
    expect(exerciseIds.length).toBeGreaterThan(10);
  });

  // The first call shows level 1; the second shows levels 1 and 2 (level 3 is the reference code).
  it.each(exerciseIds)('flash-login hint %s, twice — from lessons/N-*/exercises.zh-CN.ts, commands/hint.ts', async (id) => {
    await run(bins.flashLogin, ['hint', id, '--dir', lesson5], { env: CHINESE });
    const result = await run(bins.flashLogin, ['hint', id, '--dir', lesson5], { env: CHINESE });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.exitCode, output).toBe(0);
    expect(output).toMatch(/ {2}2\. /);
    const english = englishRuns(output).map(({ line, run }) => `${run}   ← ${line}`);
    expect(english, `English left in the hint:\n${output}`).toEqual([]);
  });
});

describe('columns line up by display width', () => {
  it('lessons: the note after the titles starts one column past the widest title', async () => {
    const result = await run(bins.flashLogin, ['lessons', '--dir', practice], { env: CHINESE });
    const rows = String(result.stdout)
      .split('\n')
      .map((line) => /^ {2}[✓→·] (\d) {2}(.*?)(?: {2}(\S.*))?$/.exec(line))
      .filter((row) => row !== null);
    expect(rows).toHaveLength(5);
    const widest = Math.max(...rows.map((row) => stringWidth(row[2]!.trimEnd())));
    const current = rows.find((row) => row[3])!;
    expect(current[3]).toMatch(/你在这里/);
    // "  → 1  " is 7 columns, then the padded title, then two spaces.
    expect(stringWidth(current[0].slice(0, current[0].indexOf(current[3]!)))).toBe(7 + widest + 2);
  });

  it('status: every value starts at column 17, after labels of any width', async () => {
    const result = await run(bins.flashLogin, ['status', '--dir', practice], { env: CHINESE });
    const labelled = String(result.stdout).split('\n').slice(1);
    expect(
      labelled.some((line) => /[\u4e00-\u9fff]/.test(line.slice(0, 17))),
      'a Chinese label',
    ).toBe(true);
    for (const line of labelled) {
      const value = /^ {2}(.*?)\s{2,}(\S.*)$/.exec(line);
      expect(value, line).not.toBeNull();
      expect(stringWidth(line.slice(0, line.length - value![2]!.length)), line).toBe(17);
    }
  });
});

describe('which language', () => {
  it('a zh-CN project speaks Chinese whatever the locale; outside a project, and for --help, the locale decides', async () => {
    const pinned = await run(bins.flashLogin, ['status', '--dir', practice]); // run() pins LANG=C
    expect(String(pinned.stdout)).toMatch(/下一步/);
    const byLcAll = await run(bins.flashLogin, ['status', '--dir', practice], { env: { LC_ALL: 'en_US.UTF-8' } });
    expect(String(byLcAll.stdout)).toBe(String(pinned.stdout));

    const nowhere = await tempDir(); // no project: the locale's language
    expect(String((await run(bins.flashLogin, ['lessons', '--dir', nowhere])).stdout)).toMatch(/✓ done/);
    expect(String((await run(bins.flashLogin, ['lessons', '--dir', nowhere], { env: { LC_ALL: 'zh_CN.UTF-8' } })).stdout)).toMatch(
      /✓ 已完成/,
    );

    // --help is printed before any project is read.
    expect(String((await run(bins.flashLogin, ['--help'], { cwd: practice })).stdout)).toMatch(/^Usage: flash-login/);
    expect(String((await run(bins.flashLogin, ['--help'], { cwd: practice, env: CHINESE })).stdout)).toMatch(/^用法：flash-login/);
  });
});

/**
 * What a learner reads in a generated app's file, one piece a line: in app.py its comments,
 * docstrings and string literals; in a template its text between the tags and its comments.
 */
function readPieces(path: string, text: string): string[] {
  if (path.endsWith('.py'))
    return text.split('\n').flatMap((line) => {
      const comment = /^\s*#\s?(.*)$/.exec(line);
      if (comment) return [comment[1]!];
      const docstring = /^\s*"""(.*)"""\s*$/.exec(line);
      if (docstring) return [docstring[1]!];
      return [...line.matchAll(/"([^"\\\n]*)"|'([^'\\\n]*)'/g)].map((match) => match[1] ?? match[2]!);
    });
  const comments = [...text.matchAll(/\{#\s*(.*?)\s*#\}|<!--\s*(.*?)\s*-->/g)].map((match) => match[1] ?? match[2]!);
  const shown = text.replace(/<!--.*?-->|<[^>]*>|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}/gs, '\n').split('\n');
  return [...comments, ...shown].map((piece) => piece.trim()).filter(Boolean);
}

async function appEnglish(lang: Lang): Promise<string[]> {
  const dir = await tempDir();
  await writeReference(dir, 5, lang);
  const found: string[] = [];
  for (const path of await listFiles(dir)) {
    if (!/\.(py|html)$/.test(path)) continue;
    const pieces = readPieces(path, await fs.readFile(path, 'utf8'));
    for (const { run } of englishRuns(pieces.join('\n'))) found.push(`${path.slice(dir.length + 1)}: ${run}`);
  }
  return found;
}

describe("the zh-CN app's own files speak Chinese", () => {
  it('app.py and templates/*.html of a zh-CN project at lesson 5 (guided): no English sentence in comments, docstrings or shown text', async () => {
    expect(await appEnglish('zh-CN'), 'English left in the generated app (src/course/app-phrases.ts, app-comments.ts)').toEqual([]);
  });

  it('the same scan finds the English app English', async () => {
    expect((await appEnglish('en')).length).toBeGreaterThan(20);
  });
});
