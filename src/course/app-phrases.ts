// The generated app in Chinese. lessons/N-name/app is written once, in English; a zh-CN project's
// app is that same source with every phrase a visitor sees swapped for its Chinese, here, as it is
// rendered. Only whole phrases are swapped, and only where a visitor can see them: a string literal
// on a line of Python code, a run of text between the tags of a Jinja template. Comments and
// docstrings, for the learner who reads the code, are swapped whole from src/course/app-comments.ts,
// as are the few calls the zh-CN app writes otherwise (WTForms' messages). Identifiers, routes and
// form field names are left as they are, and English output is untouched.
// A line that only the zh-CN app has is written `# zh-CN only: <line>` in the template: the zh-CN
// app gets <line>, English none (so English output stays byte for byte what it was).

import type { Lang } from '../i18n/i18n.js';
import { CODE_ZH, COMMENTS_ZH, LESSON_COMMENTS_ZH } from './app-comments.js';
import { markdownLines } from './markdown.js';

/** English phrase in lessons/N-name/app -> the Chinese the zh-CN app shows. Terms follow docs/glossary.zh-CN.md. */
export const APP_PHRASES_ZH: Readonly<Record<string, string>> = {
  // Flash messages and errors (Python). The words verify looks for are in them: 错误, 已登录, 退出, 登录.
  'Invalid username or password.': '用户名或密码错误。',
  'You are logged in.': '登录成功。',
  'You are logged out.': '你已退出登录。',
  'Please log in to see that page.': '请先登录再查看该页面。',
  'That username is taken.': '这个用户名已被占用。',
  'That email is already registered.': '这个邮箱已经注册过了。',
  'Your account is ready. You can log in now.': '账号已创建，现在可以登录了。',
  'A username cannot contain @.': '用户名不能包含 @。',
  'Passwords must match.': '两次输入的密码必须一致。',
  // Labels (Python form fields and template text alike).
  Username: '用户名',
  'Username:': '用户名：',
  'Username or email': '用户名或邮箱',
  Password: '密码',
  'Confirm password': '确认密码',
  Email: '邮箱',
  'Email:': '邮箱：',
  'Remember me': '记住我',
  // Page text: titles, headings, links, buttons.
  Home: '首页',
  'Log in': '登录',
  'Log out': '退出登录',
  Profile: '个人资料',
  Register: '注册',
  'Logged in as': '已登录：',
  '.': '。',
  'You reached the home page.': '你已来到首页。',
  'The nav bar above shows who is logged in.': '上方的导航栏显示谁已登录。',
  'You are not logged in.': '你还没有登录。',
  'No account yet?': '还没有账号？',
  'Already registered?': '已经注册过了？',
};

/**
 * The TODO texts that a marker line carries itself (`# change 3.flash: …`), in Chinese; the
 * exercises' own TODO lines come from lessons/N-*\/exercises.zh-CN.ts. A marker text missing
 * here stays English (the test that every phrase is used also lists those).
 */
export const MARKER_TODOS_ZH: Readonly<Record<string, string>> = {
  'flash "You are logged in." (success) on login, and "Invalid username or password." (error) instead of the error variable':
    '登录成功时闪现“登录成功。”（success），失败时闪现“用户名或密码错误。”（error），代替 error 变量',
  'flash "You are logged out." (info) after clearing the session': '清空会话之后闪现“你已退出登录。”（info）',
  'put @login_required under the route, so only a logged-in visitor gets the page':
    '在路由下面加上 @login_required，只有已登录的访客才能打开这个页面',
  'the home page needs a login now, so logging out redirects to the login page': '首页现在需要登录，所以退出登录后重定向到登录页',
  'current_user (Flask-Login) is the logged-in user now': '现在已登录的用户是 current_user（Flask-Login）',
  "delete this login_required: Flask-Login's, imported above, replaces it": '删掉这个 login_required：上面导入的 Flask-Login 版本取代了它',
  'logging out is a POST (a link on another site cannot do it) that calls logout_user()':
    '退出登录改为 POST（别的网站上的链接做不到），并调用 logout_user()',
  "the profile shows current_user's username and email": '个人资料页显示 current_user 的用户名和邮箱',
  'add a /profile page, guarded like /, that renders profile.html with the username':
    '添加 /profile 页面，像 / 一样加上守卫，用用户名渲染 profile.html',
  'a LoginForm (FlaskForm): username (which takes an email too), password, remember':
    '一个 LoginForm（FlaskForm）：username（也接受邮箱）、password、remember',
  'a RegisterForm: username (no @), email, password (8 or more), confirm (equal to password)':
    '一个 RegisterForm：username（不含 @）、email、password（至少 8 位）、confirm（与 password 相同）',
  'the nav shows who is logged in, with a Log out link, or the Log in link': '导航栏显示谁已登录，并给出退出登录链接，否则给出登录链接',
  'extend base.html (title and content in blocks), and drop the error paragraph: a flash shows it now':
    '继承 base.html（标题和内容放进 block），并删掉 error 段落：现在由闪现消息显示它',
  "make this page extend base.html: the title and the content in blocks (the nav is base.html's now)":
    '让这个页面继承 base.html：标题和内容放进 block（导航栏现在属于 base.html）',
  'carry next along: a hidden input named next, when there is one': '把 next 带下去：有 next 时，放一个名为 next 的隐藏输入框',
  'only logged-in visitors get here now: just greet them by name': '现在只有已登录的访客能来到这里：直接用用户名问候',
  'the nav: Home and Profile links for a logged-in visitor only': '导航栏：首页和个人资料链接只给已登录的访客',
  'current_user decides; Log out becomes a small POST form with the csrf_token; a Register link for visitors':
    '由 current_user 决定；退出登录变成带 csrf_token 的小 POST 表单；给访客一个注册链接',
  'show the email too': '也显示邮箱',
  'render the LoginForm: form.hidden_tag(), its fields with their errors, Remember me, and a link to register':
    '渲染 LoginForm：form.hidden_tag()、各字段及其错误、记住我，以及一个注册链接',
  'a link to the login page (once the /login route exists)': '一个指向登录页的链接（等 /login 路由写好之后）',
  'show each flashed message here, its category as a class (flash flash-<category>)':
    '在这里显示每条闪现消息，类别作为 class（flash flash-<category>）',
  'show the username': '显示用户名',
  'the RegisterForm: form.hidden_tag(), username, email, password and confirm with their errors':
    'RegisterForm：form.hidden_tag()、username、email、password 和 confirm，以及它们的错误',
};

/** Counts each phrase as it is swapped, so a test can find entries no template uses any more. */
export type PhraseUse = Map<string, number>;

const HTML_LANG = '<html lang="en">';
// Tags, Jinja expressions, statements and comments; what lies between them is visible text.
const MARKUP = /(<!--.*?-->|<[^>]*>|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})/;
// A marker line of starter.ts (`# exercise 4.guard`, `{# was #}`, `# end 4.guard`): never translated.
const MARKER = /^\s*(?:#|\{#)\s*(?:(?:exercise|change|end)\s+\d+\.[a-z][a-z0-9-]*(?:\s.*|:.*)?|was)\s*(?:#\})?\s*$/s;
// A string literal on one line, in either quote, with no escapes in it (every phrase is plain).
const PY_STRING = /(["'])([^"'\\\n]*)\1/g;
// A marker line's own TODO text: `# change 3.flash: text` or `{# exercise 4.next: text #}`.
const MARKER_TODO = /^(\s*(?:#|\{#)\s*(?:exercise|change)\s+\d+\.[a-z][a-z0-9-]*:\s*)(.*?)(\s*(?:#\})?\s*)$/;

/** A comment's Chinese: the app's own, or one only a lesson's code block has. */
function swapCommentText(text: string, used?: PhraseUse): string | undefined {
  return swap(COMMENTS_ZH, text, used) ?? swap(LESSON_COMMENTS_ZH, text, used);
}

function swap(table: Readonly<Record<string, string>>, phrase: string, used?: PhraseUse): string | undefined {
  if (!Object.hasOwn(table, phrase)) return undefined;
  used?.set(phrase, (used.get(phrase) ?? 0) + 1);
  return table[phrase];
}

/** A run of visible text: its trimmed words swapped whole, its surrounding white space kept. */
function swapText(run: string, used?: PhraseUse): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(run)!;
  const swapped = match[2] ? swap(APP_PHRASES_ZH, match[2], used) : undefined;
  if (swapped === undefined) return run;
  // Chinese puts no space after its full-width punctuation: "已登录：admin", not "已登录： admin".
  const after = /[：。？]$/.test(swapped) ? match[3]!.replace(/^[ \t]+/, '') : match[3];
  return match[1] + swapped + after;
}

function swapMarkerTodo(line: string, used?: PhraseUse): string | undefined {
  const marker = MARKER_TODO.exec(line);
  if (!marker) return undefined;
  const swapped = swap(MARKER_TODOS_ZH, marker[2]!, used);
  return swapped === undefined ? line : marker[1] + swapped + marker[3];
}

/** A `{# … #}` or `<!-- … -->` comment with its text in Chinese, where the table has it; a marker stays. */
function swapComment(piece: string, used?: PhraseUse): string {
  const comment = /^(\{#|<!--)(\s*)(.*?)(\s*)(#\}|-->)$/s.exec(piece);
  if (!comment || MARKER.test(piece)) return piece;
  const swapped = swapCommentText(comment[3]!, used);
  return swapped === undefined ? piece : comment[1]! + comment[2]! + swapped.replace(/\n/g, ' ') + comment[4]! + comment[5]!;
}

function translateHtmlLine(line: string, used?: PhraseUse): string {
  const marker = swapMarkerTodo(line, used);
  if (marker !== undefined) return marker;
  return line
    .split(MARKUP)
    .map((piece, index) =>
      index % 2 === 1 ? (piece === HTML_LANG ? '<html lang="zh-CN">' : swapComment(piece, used)) : swapText(piece, used),
    )
    .join('');
}

const ZH_ONLY = /^(\s*)# zh-CN only: ?(.*)$/;

// Punctuation alone ('.' -> '。') is a phrase of HTML text only: in Python it would be code.
const WORDS = /[A-Za-z]/;

function translatePythonLine(line: string, used?: PhraseUse): string {
  const only = ZH_ONLY.exec(line);
  if (only) return only[1]! + only[2]!;
  const marker = swapMarkerTodo(line, used);
  if (marker !== undefined) return marker;
  if (line.trimStart().startsWith('#')) return line; // a comment the tables lack stays as it is
  if (line.includes('"""') || line.includes("'''")) return line; // a docstring is for the reader too
  return swapCode(line, used).replace(PY_STRING, (literal, quote: string, body: string) => {
    const swapped = WORDS.test(body) ? swap(APP_PHRASES_ZH, body, used) : undefined;
    return swapped === undefined ? literal : quote + swapped + quote;
  });
}

/** The calls CODE_ZH writes otherwise, each where it stands whole (not `XEmail()`). */
function swapCode(line: string, used?: PhraseUse): string {
  let out = line;
  for (const code of Object.keys(CODE_ZH))
    if (out.includes(code))
      out = out.replace(new RegExp(`(?<![\\w.])${code.replace(/[()[\]]/g, (char) => `\\${char}`)}`, 'g'), () => swap(CODE_ZH, code, used)!);
  return out;
}

const COMMENT_LINE = /^(\s*)# ?(.*)$/;

/** Where a comment after code starts (its `#` outside quotes), or -1. */
function trailingComment(line: string): number {
  let quote: string | undefined;
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return at;
  }
  return -1;
}

/** A line of code, its comment after the code (`x = 1  # why`) swapped whole where the tables have it. */
function translateCodeLine(line: string, used?: PhraseUse): string {
  const at = line.trimStart().startsWith('#') ? -1 : trailingComment(line);
  if (at < 0) return translatePythonLine(line, used);
  const comment = /^#\s?(.*?)\s*$/.exec(line.slice(at))!;
  const swapped = swapCommentText(comment[1]!, used);
  return translatePythonLine(line.slice(0, at), used) + (swapped === undefined ? line.slice(at) : `# ${swapped}`);
}

const DOCSTRING = /^(\s*)"""(.*)"""(\s*)$/;

/**
 * Python in Chinese: each run of whole-line comments (same indent, no marker in it) swapped whole
 * from the comment tables, a one-line docstring likewise, every other line by translateCodeLine.
 */
function translatePython(text: string, used?: PhraseUse): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let at = 0; at < lines.length; ) {
    const first = COMMENT_LINE.exec(lines[at]!);
    if (first && !MARKER.test(lines[at]!) && !ZH_ONLY.test(lines[at]!)) {
      const indent = first[1]!;
      const run: string[] = [];
      let end = at;
      for (; end < lines.length; end++) {
        const comment = COMMENT_LINE.exec(lines[end]!);
        if (!comment || comment[1] !== indent || MARKER.test(lines[end]!) || ZH_ONLY.test(lines[end]!)) break;
        run.push(comment[2]!);
      }
      const swapped = swapCommentText(run.join(' '), used);
      out.push(...(swapped === undefined ? lines.slice(at, end) : swapped.split('\n').map((said) => `${indent}# ${said}`)));
      at = end;
      continue;
    }
    const docstring = DOCSTRING.exec(lines[at]!);
    const swapped = docstring && swapCommentText(docstring[2]!, used);
    out.push(swapped ? `${docstring[1]}"""${swapped}"""${docstring[3]}` : translateCodeLine(lines[at]!, used));
    at++;
  }
  return out.join('\n');
}

/**
 * A template file (app.py, templates/*.html, exercise markers and all) as the `lang` app has it.
 * Files other than Python and HTML, and English, come back unchanged.
 */
export function translateAppFile(path: string, text: string, lang: Lang, used?: PhraseUse): string {
  if (lang === 'en')
    return path.endsWith('.py') && text.includes('# zh-CN only:')
      ? text
          .split('\n')
          .filter((line) => !ZH_ONLY.test(line))
          .join('\n')
      : text;
  if (path.endsWith('.py')) return translatePython(text, used);
  if (!path.endsWith('.html')) return text;
  return text
    .split('\n')
    .map((line) => translateHtmlLine(line, used))
    .join('\n');
}

const FENCE_FILES: Record<string, string> = {
  python: 'code.py',
  py: 'code.py',
  html: 'code.html',
  jinja: 'code.html',
  'html+jinja': 'code.html',
};

/**
 * Markdown (a lesson text, a hint) whose Python and template code blocks show the app's phrases
 * as the `lang` app has them, so the code a learner reads is the code the project holds.
 */
export function translateCodeBlocks(markdown: string, lang: Lang, used?: PhraseUse): string {
  if (lang === 'en') return markdown;
  const out: string[] = [];
  let block: { file: string; lines: string[] } | undefined;
  for (const line of markdownLines(markdown)) {
    if (block && line.fence === 'inside') block.lines.push(line.text);
    else if (block && line.fence === 'close') {
      out.push(
        ...translateAppFile(block.file, `${block.lines.join('\n')}\n`, lang, used)
          .split('\n')
          .slice(0, -1),
        line.text,
      );
      block = undefined;
    } else {
      const file = line.fence === 'open' ? FENCE_FILES[line.language] : undefined;
      if (file) block = { file, lines: [] };
      out.push(line.text);
    }
  }
  if (block) out.push(...block.lines); // an unclosed fence: left as it was
  return out.join('\n');
}
