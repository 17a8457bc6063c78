// Every item of every lesson's "Common mistakes" (English and Chinese) says which check catches it, or
// that it is advice no check holds: a table here names the check id and reason code for each, and this
// test fails on an item the table lacks, an entry whose check or reason does not exist, and a Chinese
// list of another length. The "Good practice" list under it (what verify does not and should not
// check, such as session.clear() at login) is advice by definition.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSON_COUNT, LESSON_FOLDERS } from '../../lessons/catalog.js';
import { checksFor } from '../../lessons/index.js';
import { markdownLines } from '../../src/course/markdown.js';
import { root } from '../helpers.js';

/** What catches a mistake: a check and its reason code; the app failing to start at all; or nothing (advice). */
type Caught = readonly [check: string, reason: string] | 'start' | 'advice';

/** Each lesson's items in the English text's order, by the bold words that open them. */
const MISTAKES: Record<number, Array<readonly [string, Caught]>> = {
  1: [
    ['`USERS[username]` for the lookup.', ['1.2', 'status-500']],
    ['`request.form["username"]` for the fields.', 'advice'], // verify's browser always sends every field
    ['Forgetting `methods=["GET", "POST"]`.', ['1.2', 'failed-login-status']],
    ['A form without `method="post"`.', ['1.1', 'form-not-post']],
    ['Different names in the HTML and in Python.', ['1.1', 'no-login-form']],
    ['Redirecting after a failed login.', ['1.2', 'failed-login-redirects']],
    ['Different messages for "no such user" and "wrong password".', ['5.4', 'enumeration-text']],
    ['Debugging on a server.', 'advice'],
    ['Running `python app.py` and seeing nothing.', 'advice'],
  ],
  2: [
    ['`session["username"]` where the key may be missing.', ['2.2', 'status-500']],
    ['A literal secret key in the code', ['2.6', 'key-not-from-config']],
    ['A literal default that the environment may override', ['2.6', 'literal-key-default']],
    ['Calling `from_prefixed_env()` before setting the default.', ['2.6', 'key-not-from-config']],
    ['Rendering a page after a successful POST', ['2.1', 'login-not-redirect']],
    ['Putting the password, or anything secret, in the session.', 'advice'],
    ['"The session is unavailable because no secret key was set."', ['2.1', 'status-500']],
    ['Turning off HttpOnly', ['2.1', 'cookie-not-httponly']],
    ['Start each login with `session.clear()`.', 'advice'],
    ['`SESSION_COOKIE_SAMESITE = "Lax"`', 'advice'],
    ['A short `PERMANENT_SESSION_LIFETIME`', 'advice'],
    ['A random default rather than `os.environ["FLASK_SECRET_KEY"]`.', 'advice'],
  ],
  3: [
    ['Passing a list to `flash()`', 'advice'], // the list's text still holds the words the checks look for
    ['Swapping the arguments', ['3.3', 'flash-missing']],
    ['Flashing on every visit.', ['3.5', 'flash-without-cause']],
    ['Flashing before `session.clear()`.', ['3.2', 'flash-missing']],
    ['Forgetting `with_categories=true`', ['3.1', 'status-500']],
    ['The loop in one page only.', ['3.4', 'flash-not-in-base']],
    ['Text outside the blocks of a child template.', ['1.1', 'no-login-form']],
    ['`{{ message|safe }}`', ['5.11', 'markup-unescaped']],
  ],
  4: [
    ['Trusting `next`', ['4.3', 'open-redirect']],
    ['Checking `next` with `startswith("/")`.', ['4.3', 'open-redirect']],
    ['Checking with `urlsplit` alone.', ['4.3', 'open-redirect']],
    ['Checking `startswith("/") and not startswith("//")` only.', ['4.3', 'open-redirect']],
    ['Decorators in the wrong order.', ['4.1', 'guard-not-redirect']],
    ['Forgetting `@wraps(view)`.', 'start'],
    ['Guarding `/login`', ['4.4', 'login-page-redirects']],
    ['Flashing "please log in" in the login view\'s GET branch', ['3.5', 'flash-without-cause']],
    ['Losing `next` on the POST.', ['4.2', 'wrong-redirect']],
  ],
  5: [
    ['Storing the plain password', ['5.5', 'plain-password']],
    ['A hand-written form without the CSRF token.', ['5.7', 'logout-post-refused']],
    ['`User.query.get(id)`', 'advice'],
    ['Hashes that another Werkzeug cannot read.', 'advice'], // verify runs one Werkzeug
    ['A fast hash method written into the code', ['5.12', 'fast-hash']],
    ['No dummy hash for an unknown user.', ['5.13', 'no-dummy-hash']],
    ['`|safe` or `Markup` on what visitors typed', ['5.11', 'markup-unescaped']],
    ["Flask-Login's default ids.", ['5.6', 'remember-survives-logout']],
    ['Looking a login up in both columns at once', ['5.3', 'email-not-its-account']],
    ['Keeping `GET /logout`.', ['5.7', 'get-logout']],
    ['`from_prefixed_env()` after `SQLAlchemy(app)`.', ['5.10', 'database-uri-ignored']],
    ['`db.create_all()` outside an app context', 'start'],
    ['Forgetting `UserMixin`', ['1.3', 'status-500']],
    ['Changing the model and keeping the old database.', 'advice'], // verify's database is a new one
    ['`session.clear()` before `login_user()`', 'advice'],
  ],
};

/** Codes verify gives itself, whatever the check: the app answered 500, or did not answer in time. */
const VERIFY_REASONS = ['status-500', 'no-answer'];

const lessons = Array.from({ length: LESSON_COUNT }, (_, i) => i + 1);
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Items {
  /** The first list of the section. */
  mistakes: string[];
  /** The list after the paragraph that opens the good practice, if any. */
  practice: string[];
}

/** The items of a lesson text's "Common mistakes" section, each as one line. */
function itemsOf(markdown: string, heading: string): Items {
  const items: Items = { mistakes: [], practice: [] };
  let inSection = false;
  let list: string[] = items.mistakes;
  for (const line of markdownLines(markdown)) {
    if (line.fence === 'none' && line.text.startsWith('## ')) inSection = line.text === `## ${heading}`;
    if (!inSection || line.fence !== 'none' || line.text.startsWith('## ') || line.text.trim() === '') continue;
    if (line.text.startsWith('- ')) list.push(line.text.slice(2));
    else if (/^\s/.test(line.text) && list.length > 0) list[list.length - 1] += ` ${line.text.trim()}`;
    else list = items.practice; // a paragraph between the lists: the good practice follows
  }
  return items;
}

/** The bold words that open an item. */
const lead = (item: string) => /^\*\*(.+?)\*\*/.exec(item)?.[1] ?? item;

/** The argument list of the call whose `(` is at `open`, split at its top-level commas (strings and templates skipped). */
function callArguments(source: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = open; i < source.length; i++) {
    const char = source[i]!;
    if (char === "'" || char === '"' || char === '`') {
      let end = i + 1;
      let nested = 0;
      while (end < source.length && !(source[end] === char && nested === 0)) {
        if (source[end] === '\\') end++;
        else if (char === '`' && source.startsWith('${', end)) nested++;
        else if (char === '`' && source[end] === '}' && nested > 0) nested--;
        end++;
      }
      current += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if ('([{'.includes(char) && ++depth === 1) continue;
    if (')]}'.includes(char) && --depth === 0) return [...args, current.trim()];
    if (char === ',' && depth === 1) {
      args.push(current.trim());
      current = '';
    } else current += char;
  }
  return args;
}

/** The reason codes a source file gives: string literals as `expect(…)`'s 4th argument or `fail(…)`'s 3rd. */
function reasonsIn(source: string): Set<string> {
  const found = new Set<string>();
  for (const call of source.matchAll(/(?<![.\w])(expect|fail)\(/g)) {
    const reason = callArguments(source, call.index + call[1]!.length)[call[1] === 'expect' ? 3 : 2];
    const literal = reason === undefined ? undefined : /^'([^']+)'$/.exec(reason);
    if (literal) found.add(literal[1]!);
  }
  return found;
}

const helperReasons = new Set(['lessons/helpers.ts', 'lessons/helpers.probes.ts'].flatMap((file) => [...reasonsIn(read(file))]));
const lessonReasons = new Map(lessons.map((lesson) => [lesson, reasonsIn(read(`lessons/${LESSON_FOLDERS[lesson]}/checks.ts`))]));
const checkIds = new Set(checksFor(LESSON_COUNT).map((check) => check.id));

/** Why a table entry names nothing real, or undefined when its check exists and gives that reason. */
function entryProblem(caught: Caught): string | undefined {
  if (caught === 'advice' || caught === 'start') return undefined;
  const [check, reason] = caught;
  if (!checkIds.has(check)) return `no check ${check}`;
  const lesson = Number(check.split('.')[0]);
  const known = VERIFY_REASONS.includes(reason) || helperReasons.has(reason) || lessonReasons.get(lesson)?.has(reason);
  return known ? undefined : `check ${check} gives no reason ${reason}`;
}

describe.each(lessons)('lesson %i: the common mistakes', (lesson) => {
  const folder = `lessons/${LESSON_FOLDERS[lesson]}`;
  const en = itemsOf(read(`${folder}/lesson.md`), 'Common mistakes');
  const zh = itemsOf(read(`${folder}/lesson.zh-CN.md`), '常见错误');
  const table = MISTAKES[lesson] ?? [];

  it('are each in the table, in order, and the good practice is advice', () => {
    expect(en.mistakes.length).toBeGreaterThan(3);
    expect([...en.mistakes, ...en.practice].map(lead)).toEqual(table.map(([item]) => item));
    const practice = table.slice(en.mistakes.length);
    expect(practice.filter(([, caught]) => caught !== 'advice')).toEqual([]);
  });

  it('name checks and reason codes that exist', () => {
    expect(table.map(([item, caught]) => [item, entryProblem(caught)]).filter(([, problem]) => problem)).toEqual([]);
  });

  it('say the check the table names, where they name one (English and Chinese)', () => {
    const items = [...en.mistakes, ...en.practice];
    const zhItems = [...zh.mistakes, ...zh.practice];
    const wrong = table.flatMap(([name, caught], i) => {
      const named = [...`${items[i]} ${zhItems[i] ?? ''}`.matchAll(/(?:[Cc]hecks?|检查) (\d+\.\d+)/g)].map((match) => match[1]);
      const check = Array.isArray(caught) ? caught[0] : undefined;
      return named.filter((id) => id !== check).map((id) => `${name}: the text names ${id}, the table ${check ?? caught}`);
    });
    expect(wrong).toEqual([]);
  });

  it('has as many items in Chinese as in English, in each list', () => {
    expect([zh.mistakes.length, zh.practice.length]).toEqual([en.mistakes.length, en.practice.length]);
  });
});

describe('reading the mistakes and the reasons', () => {
  it('splits the mistakes from the good practice, joins an item wrapped over lines, and skips code', () => {
    const markdown =
      '## Common mistakes\n\n- **One.** a\n  b\n- **Two.**\n\n```text\n- not an item\n```\n\nGood practice:\n\n- **Three.**\n\n## Next\n- **Four.**\n';
    expect(itemsOf(markdown, 'Common mistakes')).toEqual({ mistakes: ['**One.** a b', '**Two.**'], practice: ['**Three.**'] });
    expect(lead('**One.** a b')).toBe('One.');
  });

  it("reads a reason as expect's 4th argument and fail's 3rd, past commas in strings, templates and calls", () => {
    const source = `expect(ok, text().x(a, \`\${b}, c\`), page, 'first-reason', { c: 1 });\nfail(text().y('a, b'), page, 'second-reason');\nexpect(ok, 'no reason');\nclient.expect(a, b, c, 'not-ours');`;
    expect([...reasonsIn(source)]).toEqual(['first-reason', 'second-reason']);
    expect(entryProblem(['9.9', 'flash-missing'])).toBe('no check 9.9');
    expect(entryProblem(['3.1', 'no-such-reason'])).toBe('check 3.1 gives no reason no-such-reason');
    expect(entryProblem(['3.5', 'flash-without-cause'])).toBeUndefined();
  });
});
