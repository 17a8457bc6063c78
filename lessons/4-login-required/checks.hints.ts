// Lesson 4's hints by reason code, level 1 then level 2, in both languages (see hintForReason).
import { catalog } from '../../src/i18n/i18n.js';
import type { HintInput, ReasonHints } from '../error-hints.js';

function nextHint(input: HintInput): string {
  const next = input.facts.next ?? '';
  if (next.includes('\t'))
    return 'Browsers drop tabs and newlines from a URL, so "/<TAB>/evil.example/" is "//evil.example/": refuse any control character in next.';
  if (next.startsWith(' '))
    return 'Browsers trim spaces around a URL, so " //evil.example/" is "//evil.example/": accept only a next that starts with "/" as it is.';
  if (next.includes('\\'))
    return 'Browsers read a backslash as "/", so "/\\evil.example/" is "//evil.example/", another site: refuse any backslash in next.';
  if (next.startsWith('//'))
    return '"//evil.example/" starts with "/" too: startswith("/") is not enough, refuse "//" as well (and backslashes, and control characters).';
  return 'The login follows next to any site (an open redirect): follow it only when it is a path of this site, starting with one "/" and no scheme.';
}

function nextHintZh(input: HintInput): string {
  const next = input.facts.next ?? '';
  if (next.includes('\t'))
    return '浏览器会删掉 URL 里的制表符和换行，"/<TAB>/evil.example/" 就成了 "//evil.example/"：请拒绝 next 里的任何控制字符。';
  if (next.startsWith(' '))
    return '浏览器会去掉 URL 两端的空格，" //evil.example/" 就成了 "//evil.example/"：只接受原样以 "/" 开头的 next。';
  if (next.includes('\\'))
    return '浏览器把反斜杠读作 "/"，"/\\evil.example/" 就是 "//evil.example/"，另一个网站：请拒绝 next 里的任何反斜杠。';
  if (next.startsWith('//')) return '"//evil.example/" 也以 "/" 开头：只判断 startswith("/") 不够，还要拒绝 "//"（以及反斜杠和控制字符）。';
  return '登录会跟随 next 去任何网站（开放重定向）：只有当它是本站的路径（以一个 "/" 开头、没有协议）时才跟随。';
}

/** Redirects the contract does not count as one (it means 302 or 303). */
const OTHER_REDIRECTS = new Set([301, 307, 308]);

export const reasonHints = catalog<ReasonHints>({
  en: {
    'guard-crashed': [
      'The view ran for a visitor who is not logged in: is the guard on it, and below `@app.route`? Decorators apply from the bottom up, so in the wrong order @app.route registers the unguarded view: `@app.route` first (on top), the guard under it.',
    ],
    'guard-not-redirect': [
      (input) =>
        input.lesson >= 5 && input.status === 401
          ? 'Flask-Login answers 401 when it does not know where the login page is: set `login_manager.login_view = "login"`.'
          : OTHER_REDIRECTS.has(input.status ?? 0)
            ? `The guard redirects with ${input.status}, not Flask's 302: drop the \`code=\` from \`redirect()\`. (A browser remembers a 301 or a 308, and would send the visitor to /login even once logged in.)`
            : 'The page shows to a visitor who is not logged in: put the guard on the view, below `@app.route` (decorator order: @app.route on top), and let it `return redirect(url_for("login", next=request.path))`.',
    ],
    'guard-no-next': [
      '`redirect(url_for("login", next=request.path))` puts the page in the query string, so the login can come back to it.',
    ],
    'guard-flash-missing': ['`flash("Please log in to see that page.", "info")` in the guard, before `return redirect(...)`.'],
    '4.2 wrong-redirect': [
      'next is in GET /login\'s query, but the form posts to /login without it: keep it in a hidden input (`<input type="hidden" name="next" value="{{ next_page }}">`, with the view passing `next_page=request.values.get("next", "")`) or in the form\'s action.',
    ],
    'open-redirect': [nextHint],
    'login-page-redirects': ['Leave the guard off the login view: a login page that asks for a login is a redirect loop.'],
    'not-guarded-after-logout': ['Logging out must clear what the guard checks: `session.clear()` in the logout view.'],
  },
  'zh-CN': {
    'guard-crashed': [
      '视图为未登录的访客运行了：守卫加在它上面了吗？是在 `@app.route` 下面吗？装饰器从下往上生效，顺序写反时 @app.route 注册的是没有守卫的视图：`@app.route` 在最上面，守卫在它下面。',
    ],
    'guard-not-redirect': [
      (input) =>
        input.lesson >= 5 && input.status === 401
          ? 'Flask-Login 不知道登录页在哪里时会返回 401：请设置 `login_manager.login_view = "login"`。'
          : OTHER_REDIRECTS.has(input.status ?? 0)
            ? `守卫用 ${input.status} 而不是 Flask 默认的 302 重定向：去掉 \`redirect()\` 里的 \`code=\`。（浏览器会记住 301 和 308，访客登录之后也还会被送到 /login。）`
            : '未登录的访客也能看到这个页面：把守卫加在视图上、`@app.route` 下面（装饰器顺序：@app.route 在最上面），并让它 `return redirect(url_for("login", next=request.path))`。',
    ],
    'guard-no-next': ['`redirect(url_for("login", next=request.path))` 会把页面放进查询字符串，登录后才能回到那里。'],
    'guard-flash-missing': ['在守卫里、`return redirect(...)` 之前调用 `flash("请先登录再查看该页面。", "info")`。'],
    '4.2 wrong-redirect': [
      'next 在 GET /login 的查询字符串里，但表单提交到 /login 时没有带上它：把它放进隐藏输入框（`<input type="hidden" name="next" value="{{ next_page }}">`，由视图传入 `next_page=request.values.get("next", "")`）或表单的 action 里。',
    ],
    'open-redirect': [nextHintZh],
    'login-page-redirects': ['不要给登录视图加守卫：要求登录才能打开的登录页会形成重定向循环。'],
    'not-guarded-after-logout': ['退出登录时必须清除守卫所检查的东西：在退出视图里调用 `session.clear()`。'],
  },
});
