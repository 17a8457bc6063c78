// Lesson 3's hints by reason code, level 1 then level 2, in both languages (see hintForReason).
import { catalog } from '../../src/i18n/i18n.js';
import type { ReasonHints } from '../error-hints.js';

export const reasonHints = catalog<ReasonHints>({
  en: {
    'no-login-form': [
      'A template that extends base.html shows only what is inside its blocks: is the form inside `{% block content %}`? And are the inputs named name="username" and name="password"?',
    ],
    '3.1 flash-missing': [
      'flash("You are logged in.", "success") in the POST that logs in, before the redirect, and after any session.clear() (clear() empties the flashes too). flash(message, category): the message comes first; swapped, the category becomes the text. Each flash needs class="flash flash-{{ category }}".',
    ],
    '3.2 flash-missing': [
      'session.clear() after flash() throws the flash away with the rest of the session: clear first, then flash("You are logged out.", "info"), then redirect.',
    ],
    'flash-missing': [
      'Each flash must be an element with class "flash" (or "alert") and "flash-<category>", rendered by the base template every page extends.',
    ],
    'flash-not-in-base': [
      'Render the flashes in base.html, the template every page extends, not in one page: `{% for category, message in get_flashed_messages(with_categories=true) %}`.',
    ],
    'no-invalid-error': [
      'From lesson 3 the error is a flash: flash it with category "error", and render the flashes in base.html so /login shows them.',
    ],
    'flash-swapped': ['flash(message, category): the message comes first, as in `flash("Invalid username or password.", "error")`.'],
    'flash-category': [
      'The category is flash()\'s second argument, and the template writes it into the class: `<p class="flash flash-{{ category }}">`.',
    ],
    'flash-repeated': [
      'Flash in the login view, in the POST branch that logs in, not in the view that renders the page: a flash there comes back on every visit.',
    ],
    'flash-without-cause': [
      "Which code runs for a plain GET of /login (the view's GET branch, a before_request hook)? A flash there greets every visitor, whatever happened.",
      'Flash only where something happens: the POST that logs in or fails, the logout, the guard that refuses a page. A standing note such as "Enter your username and password" belongs in login.html as ordinary text.',
    ],
  },
  'zh-CN': {
    'no-login-form': [
      '继承 base.html 的模板只显示 block 里面的内容：表单在 `{% block content %}` 里面吗？输入框的名字是 name="username" 和 name="password" 吗？',
    ],
    '3.1 flash-missing': [
      '在处理登录的 POST 里、重定向之前、任何 `session.clear()` 之后调用 `flash("登录成功。", "success")`（`clear()` 也会清空闪现消息）。`flash(消息, 类别)`：消息在前，参数写反了，类别就成了显示的文字。每条闪现消息都需要 `class="flash flash-{{ category }}"`。',
    ],
    '3.2 flash-missing': [
      '在 `flash()` 之后调用 `session.clear()`，这条闪现消息会随会话一起被丢掉：先清空会话，再 `flash("你已退出登录。", "info")`，然后重定向。',
    ],
    'flash-missing': ['每条闪现消息都必须是一个 class 含 `flash`（或 `alert`）和 `flash-<类别>` 的元素，由每个页面都继承的基础模板渲染。'],
    'flash-not-in-base': [
      '请在 base.html（每个页面都继承的模板）里渲染闪现消息，而不是只在某一个页面里：`{% for category, message in get_flashed_messages(with_categories=true) %}`。',
    ],
    'no-invalid-error': ['从第 3 课起错误提示是一条闪现消息：用类别 "error" 闪现它，并在 base.html 里渲染闪现消息，/login 才能显示。'],
    'flash-swapped': ['`flash(消息, 类别)`：消息在前，例如 `flash("用户名或密码错误。", "error")`。'],
    'flash-category': ['类别是 flash() 的第二个参数，模板要把它写进 class：`<p class="flash flash-{{ category }}">`。'],
    'flash-repeated': ['请在登录视图处理登录的 POST 分支里闪现，而不是在渲染页面的视图里：放在那里，每次访问都会再闪现一次。'],
    'flash-without-cause': [
      '普通的 GET /login 会运行哪些代码（视图的 GET 分支、before_request 钩子）？放在那里的闪现消息会迎接每一位访客，不管发生了什么。',
      '只在确实发生了什么的地方闪现：处理登录（成功或失败）的 POST、退出登录、拒绝访问页面的守卫。像“请输入用户名和密码”这样一直都在的提示，应该作为普通文字写在 login.html 里。',
    ],
  },
});
