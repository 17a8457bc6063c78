// Lesson 2's hints by reason code, level 1 then level 2, in both languages (see hintForReason).
import { catalog } from '../../src/i18n/i18n.js';
import type { ReasonHints } from '../error-hints.js';

export const reasonHints = catalog<ReasonHints>({
  en: {
    'login-not-sticking': [
      'Write the user into the session once the password matched, `session["username"] = username`, and let the view for / read it back with session.get("username").',
    ],
    'name-not-shown': [
      'Write `session["username"] = username` once the password matched, pass session.get("username") to the template of /, and print it there: `{{ username }}`.',
    ],
    'cookie-not-httponly': [
      "Something turned HttpOnly off: remove `SESSION_COOKIE_HTTPONLY = False` (Flask's default is True), or set_cookie(..., httponly=True).",
    ],
    'cookie-plain-text': [
      '`response.set_cookie("username", ...)` stores the name as it is, for anyone to change: write `session["username"] = ...` instead, which Flask signs.',
    ],
    'name-shown-after-logout': [
      'The logout must remove what the login wrote: `session.clear()` removes every key, where session.pop("user") removes only a key the login may never have written.',
    ],
    'logout-not-redirect': [
      (input) =>
        input.status === 405
          ? 'GET /logout answered 405: the logout route needs `methods=` that take the request verify sends.'
          : 'After clearing the session, `return redirect(url_for("index"))` instead of rendering a page.',
    ],
    'name-shown-after-failed-login': [
      'The session is written before the password is checked: move `session["username"] = ...` into the branch where the password matched.',
    ],
    'key-not-from-config': [
      'The cookie is not signed with FLASK_SECRET_KEY: the key is a literal in the code (or read under another name). Keep a random default, `app.config["SECRET_KEY"] = secrets.token_hex()`, then call `app.config.from_prefixed_env()` after the defaults.',
    ],
    'old-key-accepted': [
      'The key is a literal in the code: everyone who reads it can sign a cookie. Default to `secrets.token_hex()` and let `app.config.from_prefixed_env()` read FLASK_SECRET_KEY.',
    ],
    'literal-key-default': [
      'With no FLASK_SECRET_KEY the app uses a literal default, the same on every start: a key everyone who reads the code knows. Default to `secrets.token_hex()` instead (or refuse to start without the variable).',
    ],
  },
  'zh-CN': {
    'login-not-sticking': [
      '密码匹配之后把用户写进会话：`session["username"] = username`，并让 / 的视图用 session.get("username") 读回来。',
    ],
    'name-not-shown': [
      '密码匹配之后写入 `session["username"] = username`，把 session.get("username") 传给 / 的模板，并在模板里输出：`{{ username }}`。',
    ],
    'cookie-not-httponly': [
      '有代码关掉了 HttpOnly：删掉 `SESSION_COOKIE_HTTPONLY = False`（Flask 默认为 True），或者用 set_cookie(..., httponly=True)。',
    ],
    'cookie-plain-text': [
      '`response.set_cookie("username", ...)` 原样保存用户名，谁都能改：请改写成 `session["username"] = ...`，Flask 会给它签名。',
    ],
    'name-shown-after-logout': [
      '退出登录必须清掉登录时写入的东西：`session.clear()` 会清除所有键，而 session.pop("user") 只删除一个登录时可能根本没写过的键。',
    ],
    'logout-not-redirect': [
      (input) =>
        input.status === 405
          ? 'GET /logout 返回了 405：退出登录的路由需要用 `methods=` 接受 verify 发送的请求。'
          : '清除会话之后请 `return redirect(url_for("index"))`，而不是渲染页面。',
    ],
    'name-shown-after-failed-login': ['会话在检查密码之前就写入了：把 `session["username"] = ...` 移到密码匹配的分支里。'],
    'key-not-from-config': [
      '会话 cookie 不是用 FLASK_SECRET_KEY 签名的：密钥是写在代码里的字面量（或用了别的名字读取）。请保留一个随机默认值 `app.config["SECRET_KEY"] = secrets.token_hex()`，然后在默认值之后调用 `app.config.from_prefixed_env()`。',
    ],
    'old-key-accepted': [
      '密钥是写在代码里的字面量：读过代码的人都能签出 cookie。默认值请用 `secrets.token_hex()`，并让 `app.config.from_prefixed_env()` 读取 FLASK_SECRET_KEY。',
    ],
    'literal-key-default': [
      '没有 FLASK_SECRET_KEY 时，应用使用一个写死的默认值，每次启动都一样：读过代码的人都知道它。请改用 `secrets.token_hex()` 作默认值（或在缺少该变量时拒绝启动）。',
    ],
  },
});
