// Lesson 5's hints by reason code, level 1 then level 2, in both languages (see hintForReason).
// They speak of lesson 5's code (login_user, current_user, the model) also for carried checks.
import { catalog } from '../../src/i18n/i18n.js';
import type { ReasonHints } from '../error-hints.js';

export const reasonHints = catalog<ReasonHints>({
  en: {
    'login-not-sticking': [
      '`login_user(user)` must run after the password matches, and the `user_loader` must find the user again from the id that get_id() returned.',
    ],
    'login-not-redirect': [
      (input) =>
        input.status === 405
          ? 'POST /login answered 405: the route needs `methods=["GET", "POST"]`.'
          : 'After `login_user(user)`, `return redirect(url_for("index"))`; a form that does not validate (a missing csrf_token, a validator) renders the page again.',
    ],
    'logout-post-refused': [
      (input) =>
        input.status === 400
          ? 'The logout form has no csrf_token: add `<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">` inside it.'
          : input.status === 405
            ? 'POST /logout answered 405: the route needs `methods=["POST"]`.'
            : undefined,
    ],
    'name-shown-after-logout': ['Call `logout_user()` in the logout view.'],
    'name-not-shown': ['`/` and `/profile` show the user Flask-Login loaded: `{{ current_user.username }}` in the template.'],
    'no-logout-form': [
      'Put a `<form method="post" action="{{ url_for(\'logout\') }}">` with its csrf_token in base.html, shown when current_user is authenticated.',
    ],
    '5.2 refused-register-redirects': [
      (input) =>
        input.facts.case === 'confirm'
          ? 'A confirmation that differs was accepted: `EqualTo("password")` on the confirm field.'
          : input.facts.case === 'short'
            ? 'A 7-character password was accepted: `Length(min=8)` on the password field.'
            : 'Look the username and the email up before adding the user, and show the form again with an error when either is taken.',
    ],
    'user-added': [
      (input) =>
        input.facts.case === 'confirm'
          ? 'Validate before you commit: `EqualTo("password")` on the confirm field, checked by form.validate_on_submit() before db.session.add().'
          : undefined,
    ],
    'email-opens-other-account': [
      'A lookup in both columns at once (`username == name or email == name`) finds the wrong row when a username is someone else\'s email: keep "@" out of usernames, or look a name with "@" up by email only.',
    ],
    'email-not-its-account': [
      'A lookup in both columns at once finds the wrong row when a username is someone else\'s email: keep "@" out of usernames, or look a name with "@" up by email only.',
    ],
    'enumeration-text': [
      'Different messages let a stranger test which usernames exist (user enumeration): flash one message, such as "Invalid username or password.", from one place for both.',
    ],
    'csrf-missing': [
      'Is CSRF turned off somewhere: WTF_CSRF_ENABLED set to False, csrf.exempt on a view, or a form whose meta turns csrf off? Remove it, and protect every form with `CSRFProtect(app)`.',
    ],
    'name-shown-after-failed-login': [
      'The visitor is logged in before the password is checked: call `login_user(user)` only in the branch where `user.check_password(...)` passed.',
    ],
    'plain-password': [
      (input) =>
        `Look at the \`${input.facts.table ?? 'user'}\` table: store \`generate_password_hash(password)\` and check with \`check_password_hash()\`.`,
    ],
    'register-flash-missing': [
      '`flash("Your account is ready. You can log in now.", "success")` before `return redirect(url_for("login"))`.',
    ],
    'remember-survives-logout': [
      'Give each user a token column, return it from `get_id()`, look users up by it in the `user_loader`, and replace it at logout.',
    ],
    'markup-unescaped': [
      'Print what visitors typed with `{{ }}` in a `.html` template, where Jinja escapes it; a `|safe` filter or `Markup()` around a username turns the escaping off.',
      'Look in base.html at the loop over get_flashed_messages() and at every place that shows `current_user.username`: nothing there may be marked safe.',
    ],
    'fast-hash': [
      (input) =>
        `With no FLASK_PASSWORD_HASH_METHOD set, passwords were hashed with \`${input.facts.method ?? ''}\`: far too fast. Hash with \`method=app.config["PASSWORD_HASH_METHOD"]\` and give that setting a slow default, such as \`"pbkdf2:sha256:600000"\`.`,
    ],
    'hash-not-found': [
      'Store the string `generate_password_hash(password, method=app.config["PASSWORD_HASH_METHOD"])` returns, and check it with `check_password_hash()`.',
    ],
    'no-start-without-method': [
      'Set `app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:600000"` before `app.config.from_prefixed_env()`: the variable may then change it, and the app starts without it.',
    ],
    'no-dummy-hash': [
      'Make one `DUMMY_HASH = generate_password_hash(...)` at start, with the method real passwords use, and when no user has the name run `check_password_hash(DUMMY_HASH, form.password.data)` before you flash the error.',
    ],
    'dummy-hash-differs': [
      'Make `DUMMY_HASH` with `method=app.config["PASSWORD_HASH_METHOD"]`, as real passwords are, once at start, and check it once per login.',
    ],
    'timing-differs': ['When no user has the name, check the password against a dummy hash made at start with the same library and cost.'],
  },
  'zh-CN': {
    'login-not-sticking': ['`login_user(user)` 必须在密码匹配之后调用，而且 `user_loader` 必须能按 get_id() 返回的 id 重新找到这个用户。'],
    'login-not-redirect': [
      (input) =>
        input.status === 405
          ? 'POST /login 返回了 405：路由需要 `methods=["GET", "POST"]`。'
          : '`login_user(user)` 之后请 `return redirect(url_for("index"))`；表单校验不通过（缺少 csrf_token、某个校验器）时会重新渲染页面。',
    ],
    'logout-post-refused': [
      (input) =>
        input.status === 400
          ? '退出登录表单缺少 csrf_token：在表单里加上 `<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">`。'
          : input.status === 405
            ? 'POST /logout 返回了 405：路由需要 `methods=["POST"]`。'
            : undefined,
    ],
    'name-shown-after-logout': ['在退出视图里调用 `logout_user()`。'],
    'name-not-shown': ['`/` 和 `/profile` 显示 Flask-Login 加载的用户：在模板里写 `{{ current_user.username }}`。'],
    'no-logout-form': [
      '在 base.html 里放一个带 csrf_token 的 `<form method="post" action="{{ url_for(\'logout\') }}">`，在 current_user 已登录时显示。',
    ],
    '5.2 refused-register-redirects': [
      (input) =>
        input.facts.case === 'confirm'
          ? '不一致的确认密码被接受了：在 confirm 字段上加 `EqualTo("password")`。'
          : input.facts.case === 'short'
            ? '7 个字符的密码被接受了：在 password 字段上加 `Length(min=8)`。'
            : '添加用户之前先按用户名和邮箱查找，其中任一已被占用时重新显示表单并给出错误。',
    ],
    'user-added': [
      (input) =>
        input.facts.case === 'confirm'
          ? '先校验再提交：在 confirm 字段上加 `EqualTo("password")`，并在 db.session.add() 之前由 form.validate_on_submit() 检查。'
          : undefined,
    ],
    'email-opens-other-account': [
      '同时在两列里查找（`username == name or email == name`）会在某人的用户名是别人的邮箱时找错行：不允许用户名含 "@"，或者对含 "@" 的名字只按邮箱查找。',
    ],
    'email-not-its-account': [
      '同时在两列里查找会在某人的用户名是别人的邮箱时找错行：不允许用户名含 "@"，或者对含 "@" 的名字只按邮箱查找。',
    ],
    'enumeration-text': ['不同的消息会让陌生人试出哪些用户名存在（用户枚举）：两种情况请从同一处闪现同一条消息，例如“用户名或密码错误。”'],
    'csrf-missing': [
      '是不是在哪里关掉了 CSRF：把 WTF_CSRF_ENABLED 设成了 False、在视图上用了 csrf.exempt，或在表单的 meta 里关掉了 csrf？删掉它，并用 `CSRFProtect(app)` 保护每个表单。',
    ],
    'name-shown-after-failed-login': [
      '密码还没核对就已经登录了访客：只在 `user.check_password(...)` 通过的分支里调用 `login_user(user)`。',
    ],
    'plain-password': [
      (input) =>
        `看看 \`${input.facts.table ?? 'user'}\` 表：请保存 \`generate_password_hash(password)\`，并用 \`check_password_hash()\` 校验。`,
    ],
    'register-flash-missing': ['在 `return redirect(url_for("login"))` 之前调用 `flash("账号已创建，现在可以登录了。", "success")`。'],
    'remember-survives-logout': [
      '给每个用户一个 token 列，在 `get_id()` 里返回它，在 `user_loader` 里按它查找用户，并在退出登录时更换它。',
    ],
    'markup-unescaped': [
      '在 `.html` 模板里用 `{{ }}` 输出访客输入的内容，Jinja 会转义它；包在用户名外面的 `|safe` 过滤器或 `Markup()` 会关掉转义。',
      '看看 base.html 里遍历 get_flashed_messages() 的循环，以及每个显示 `current_user.username` 的地方：这些地方都不能标记为 safe。',
    ],
    'fast-hash': [
      (input) =>
        `没有设置 FLASK_PASSWORD_HASH_METHOD 时，密码用 \`${input.facts.method ?? ''}\` 做哈希：太快了。请用 \`method=app.config["PASSWORD_HASH_METHOD"]\` 做哈希，并给这项配置一个慢的默认值，例如 \`"pbkdf2:sha256:600000"\`。`,
    ],
    'hash-not-found': [
      '请保存 `generate_password_hash(password, method=app.config["PASSWORD_HASH_METHOD"])` 返回的字符串，并用 `check_password_hash()` 校验。',
    ],
    'no-start-without-method': [
      '在 `app.config.from_prefixed_env()` 之前设置 `app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:600000"`：环境变量可以覆盖它，没有这个变量时应用也能启动。',
    ],
    'no-dummy-hash': [
      '启动时用真实密码所用的方法生成一个 `DUMMY_HASH = generate_password_hash(...)`；找不到该用户时，先运行 `check_password_hash(DUMMY_HASH, form.password.data)`，再闪现错误消息。',
    ],
    'dummy-hash-differs': [
      '像真实密码一样，用 `method=app.config["PASSWORD_HASH_METHOD"]` 在启动时生成一次 `DUMMY_HASH`，每次登录只校验一次。',
    ],
    'timing-differs': ['找不到该用户时，用启动时以同一个库、同样成本生成的假哈希校验一次密码。'],
  },
});
