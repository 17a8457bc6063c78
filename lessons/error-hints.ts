// Hints for a check that failed on a 500: what the app's own error most likely means, read
// from the last lines of its traceback. A 500's cause is in the traceback, not in the check.
import { catalog } from '../src/i18n/i18n.js';

const text = catalog({
  en: {
    userMixin:
      'Flask-Login asks your user object for is_active, is_authenticated and get_id(): let the model inherit them, `class User(UserMixin, db.Model)`.',
    sessionKey:
      'The session has no such key (a new visitor, or a cookie Flask threw away): read it with session.get("username"), which gives None instead of raising.',
    noSecretKey:
      'The app has no secret key, so it cannot sign a session: set a random default, app.config["SECRET_KEY"] = secrets.token_hex(), then call app.config.from_prefixed_env().',
    secretKeyName:
      'verify gives the key as FLASK_SECRET_KEY, under no other name: keep a random default and let app.config.from_prefixed_env() read it.',
    dictKey:
      'A lookup with [] raises KeyError when the key is not there (an unknown username, say): use .get(key), which gives None, and treat None as "no such user".',
    notUtf8:
      'A file the app reads (a template, most likely) is not saved as UTF-8: your editor used another encoding (GBK, Latin-1). Save it again as UTF-8.',
    templateNotFound: 'render_template() names a file that templates/ does not have: compare the name with the file.',
    buildError: 'url_for() names an endpoint no view has: it takes the view function\'s name, such as url_for("index").',
    unique:
      'The database refused a second row with the same value (a UNIQUE column): look the username and the email up first, and show the form again with an error.',
    noSuchTable: 'The table does not exist yet: create the tables when the app starts, `with app.app_context(): db.create_all()`.',
    wraps:
      'The guard returns its inner function without `@functools.wraps(view)`, so every guarded view registers as "wrapper" and the second clashes: put `@wraps(view)` on the inner function (4.1).',
    appContext: 'db.create_all() needs an application context: `with app.app_context(): db.create_all()` (5.10).',
    withCategories:
      'The template unpacks `category, message` from get_flashed_messages() without `with_categories=true`: call get_flashed_messages(with_categories=true).',
    csrf: 'A form was posted without its csrf_token: render `{{ form.hidden_tag() }}` (or the csrf_token input) inside every POST form.',
  },
  'zh-CN': {
    userMixin: 'Flask-Login 会向用户对象要 is_active、is_authenticated 和 get_id()：让模型继承它们，`class User(UserMixin, db.Model)`。',
    sessionKey:
      '会话里没有这个键（新访客，或是 Flask 丢弃了的 cookie）：用 session.get("username") 读取，键不存在时它返回 None，而不是抛出异常。',
    noSecretKey:
      '应用没有密钥，无法给会话签名：先设一个随机默认值 app.config["SECRET_KEY"] = secrets.token_hex()，再调用 app.config.from_prefixed_env()。',
    secretKeyName: 'verify 只以 FLASK_SECRET_KEY 这个名字提供密钥：保留一个随机默认值，让 app.config.from_prefixed_env() 读取它。',
    dictKey: '用 [] 查找不存在的键会抛出 `KeyError`（例如未知的用户名）：改用 .get(key)，它返回 None，再把 None 当作“没有这个用户”处理。',
    notUtf8: '应用读取的某个文件（多半是模板）不是以 UTF-8 保存的：编辑器用了别的编码（例如 `GBK`、`Latin-1`）。请以 UTF-8 重新保存。',
    templateNotFound: 'render_template() 指定的文件在 templates/ 里不存在：把这个名字和文件名对照一下。',
    buildError: 'url_for() 指定的端点没有对应的视图：它接收的是视图函数的名字，例如 url_for("index")。',
    unique: '数据库拒绝了取值重复的第二行（UNIQUE 列）：先按用户名和邮箱查一下是否已存在，存在时重新显示表单并给出错误提示。',
    noSuchTable: '数据表还不存在：在应用启动时创建数据表，`with app.app_context(): db.create_all()`。',
    wraps:
      '守卫返回内部函数时没有加 `@functools.wraps(view)`，于是每个受保护的视图都注册成 "wrapper"，第二个就冲突了：给内部函数加上 `@wraps(view)`（4.1）。',
    appContext: 'db.create_all() 需要应用上下文：`with app.app_context(): db.create_all()`（5.10）。',
    withCategories:
      '模板从 get_flashed_messages() 里解包 `category, message`，却没有传 `with_categories=true`：请调用 get_flashed_messages(with_categories=true)。',
    csrf: '提交的表单缺少 csrf_token：在每个 POST 表单里渲染 `{{ form.hidden_tag() }}`（或 csrf_token 输入框）。',
  },
});

export { text as errorHintText };

interface ErrorHint {
  /** Matched against the traceback's text. */
  pattern: RegExp;
  hint: keyof ReturnType<typeof text>;
  /** The contract item this error keeps from passing, when the app could not even start. */
  item?: string;
}

/** A KeyError raised by a source line holding `code` (a regex): the traceback's last line before it (Python 3.11 may underline it). */
const keyErrorRaisedBy = (code: string) => new RegExp(`${code}[^\\n]*\\n(?:[ \\t]*[~^]+[ \\t]*\\n)?KeyError: `);

const ERROR_HINTS: ErrorHint[] = [
  {
    pattern: /View function mapping is overwriting an existing endpoint function: \w+/,
    hint: 'wraps',
    item: '4.1',
  },
  {
    pattern: /Working outside of application context[\s\S]*create_all|create_all[\s\S]*Working outside of application context/,
    hint: 'appContext',
    item: '5.10',
  },
  { pattern: /(too many|not enough) values to unpack/, hint: 'withCategories' },
  { pattern: /has no attribute '(is_active|is_authenticated|is_anonymous|get_id)'/, hint: 'userMixin' },
  { pattern: /KeyError: '[^']*'[\s\S]*sessions\.py|sessions\.py[\s\S]*KeyError/, hint: 'sessionKey' },
  // Flask 3's session raises from C, with no sessions.py frame: the line that raised says `session[`.
  { pattern: keyErrorRaisedBy('session\\['), hint: 'sessionKey' },
  { pattern: /secret key was set|SECRET_KEY.*not set/i, hint: 'noSecretKey' },
  { pattern: /KeyError: '(SECRET_KEY|FLASK_SECRET|SECRET)'/, hint: 'secretKeyName' },
  { pattern: keyErrorRaisedBy('\\['), hint: 'dictKey' },
  { pattern: /UnicodeDecodeError: 'utf-8' codec can't decode/, hint: 'notUtf8' },
  { pattern: /TemplateNotFound: (\S+)/, hint: 'templateNotFound' },
  { pattern: /BuildError/, hint: 'buildError' },
  { pattern: /IntegrityError[\s\S]*UNIQUE/, hint: 'unique' },
  { pattern: /no such table/, hint: 'noSuchTable' },
  { pattern: /CSRFError|The CSRF token is missing/, hint: 'csrf' },
];

/** The hint for the error in `output`, when it is one learners often meet, in the active language. */
export function hintForError(output: string | undefined): string | undefined {
  return errorHint(output)?.hint;
}

/** The hint for the error in `output` and the contract item it keeps from passing, when known. */
export function errorHint(output: string | undefined): { hint: string; item?: string } | undefined {
  if (!output) return undefined;
  const found = ERROR_HINTS.find((entry) => entry.pattern.test(output));
  return found && { hint: text()[found.hint], item: found.item };
}

/** What a hint keyed by reason may use: the failure, and what the check learned (the learner's own names among it). */
export interface HintInput {
  id: string;
  reason?: string;
  /** The status of the answer that showed the failure. */
  status?: number;
  facts: Record<string, string>;
  /** What the app printed (a traceback). */
  output: string;
  /** The lesson verified: a carried check speaks in its terms. */
  lesson: number;
}

/** A hint for one reason: text, or text made from the failure (undefined: no hint of this kind fits). */
type ReasonHint = string | ((input: HintInput) => string | undefined);
/** A lesson's hints by reason: "reason" for every check of it, "id reason" for one check; level 1, then level 2. */
export type ReasonHints = Record<string, readonly [ReasonHint, ReasonHint?]>;

/** The one hint per level for `input`: the verified lesson's own words first, then each earlier lesson's. */
export function hintForReason(input: HintInput, byLesson: Record<number, ReasonHints>, level: 1 | 2 = 1): string | undefined {
  if (!input.reason) return undefined;
  for (let lesson = input.lesson; lesson >= 1; lesson--) {
    const hints = byLesson[lesson];
    if (!hints) continue;
    for (const key of [`${input.id} ${input.reason}`, input.reason]) {
      const entry = hints[key]?.[level - 1];
      const said = typeof entry === 'function' ? entry(input) : entry;
      if (said) return said;
    }
  }
  return undefined;
}
