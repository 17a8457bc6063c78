// The generated app's comments and docstrings in Chinese, and the code that only the zh-CN app has
// (src/course/app-phrases.ts applies both as it renders a zh-CN app). lessons/N-name/app is written
// once, in English; a zh-CN learner reads its comments in Chinese. Terms follow docs/glossary.zh-CN.md.

/**
 * A comment of lessons/N-name/app -> its Chinese. The key is the comment's text: the lines of one
 * run of `#` comments joined by a space, a docstring's text, or a `{# … #}` comment's text. A
 * Chinese value's line breaks are the zh-CN app's comment lines.
 */
export const COMMENTS_ZH: Readonly<Record<string, string>> = {
  // Docstrings.
  'A Flask login app, built one lesson at a time: README.md holds the lesson.':
    '一个 Flask 登录应用，一课一课搭起来：课程内容在 README.md 里。',
  'Send visitors who are not logged in to the login page first.': '先把未登录的访客送到登录页。',
  'True only for a path on this site, such as "/profile?tab=1".': '只有本站的路径（例如 "/profile?tab=1"）才返回 True。',
  // Configuration.
  'Flask signs the session cookie with this key, so a visitor can read it but cannot change it. The random default suits one development server (a restart logs everyone out); FLASK_SECRET_KEY sets a lasting key, which every process of a real deployment must share.':
    'Flask 用这个密钥给会话 cookie 签名：访客能读到 cookie 的内容，却改不了它。\n随机的默认值适合单个开发服务器（一重启，所有人都要重新登录）；\nFLASK_SECRET_KEY 可以设置一个长期的密钥，真正部署时每个进程都必须共用它。',
  'Lax: the browser leaves the cookie off requests that other sites start, except plain links (a GET), so a form on another site posts without it.':
    'Lax：别的网站发起的请求，浏览器都不带这个 cookie（普通链接，即 GET，除外），\n所以别的网站上的表单提交过来时不会带上它。',
  'The server keeps no list of sessions, so it cannot cancel a cookie; what it can do is refuse one whose signature is older than this.':
    '服务器不保存会话列表，所以没法作废某个 cookie；\n它能做的，是拒绝签名时间早于这个时长的 cookie。',
  'Any FLASK_* environment variable overrides the defaults above.': '任何 FLASK_* 环境变量都会覆盖上面的默认值。',
  "By default the database is a file in Flask's instance folder, which is kept out of version control.":
    '默认情况下，数据库是 Flask 实例文件夹（instance）里的一个文件，不纳入版本控制。',
  "600,000 rounds of PBKDF2-SHA256 (OWASP's minimum), named in full so that Werkzeug 2 and 3 both read it. flash-login verify sets a cheap one through FLASK_PASSWORD_HASH_METHOD, as its database is thrown away after the run.":
    'PBKDF2-SHA256 迭代 600,000 次（OWASP 的最低要求），写出全名是为了让 Werkzeug 2 和 3 都能识别。\nflash-login verify 通过 FLASK_PASSWORD_HASH_METHOD 设一个开销小的算法，因为它的数据库用完就丢弃。',
  "Every POST must now carry the form's hidden csrf_token, which another site cannot read, so it cannot post forms in a visitor's name.":
    '现在每个 POST 都必须带上表单里隐藏的 csrf_token。别的网站读不到它，\n所以无法以访客的名义提交表单。',
  "Flask-Login's own guard: where to send visitors, and what to tell them.": 'Flask-Login 自带的守卫：把访客送到哪里，以及对他们说什么。',
  'One user, kept in code for now. Lesson 5 moves users into a database.': '只有一个用户，暂时写在代码里。第 5 课会把用户搬进数据库。',
  // The model.
  'Only a salted hash is stored, never the password itself.': '只保存加盐的哈希值，从不保存密码本身。',
  'What the session and the remember_token cookie name the user by. A new value at logout ends every session and cookie that carried the old one.':
    '会话和 remember_token cookie 靠它来指代用户。退出登录时换一个新值，\n带着旧值的所有会话和 cookie 就都失效了。',
  'A fresh database works with no extra command: missing tables are made here.': '全新的数据库不用额外的命令也能用：缺少的表在这里创建。',
  'Checked when nobody has the name given, so that a login costs one hash either way and its speed does not tell which accounts exist.':
    '没有人用这个名字时就拿它来校验，这样无论哪种情况，登录都要算一次哈希，\n从速度上看不出哪些账号存在。',
  'Whatever get_id() gave; None (a replaced token) means logged out.':
    '参数是 get_id() 给出的值；返回 None（令牌已被更换）就表示已退出登录。',
  // Forms.
  'Filters tidy what was typed before the validators see it (None: no field).':
    '过滤器在验证器看到输入之前先整理它（None 表示没有这个字段）。',
  'No "@" in a username: a name that looks like an email could claim the login of whoever registers that email later.':
    '用户名里不能有“@”：看起来像邮箱的用户名，可能会抢走以后用这个邮箱注册的人的登录。',
  "validate_on_submit() is False on GET, and on a POST that fails a validator; the template then shows each field's errors.":
    'GET 时 validate_on_submit() 为 False，POST 没通过某个验证器时也是；\n这时模板会显示每个字段的错误。',
  // The views.
  'The login page: GET shows the form, POST checks it.': '登录页：GET 显示表单，POST 校验表单。',
  '.get() returns None for an unknown user, so a stranger gets the same answer as a wrong password instead of a KeyError (a 500).':
    '对不存在的用户，.get() 返回 None，于是陌生人得到的响应和密码错误时一样，\n而不是 KeyError（500）。',
  '.get() gives None for a visitor who has not logged in (no KeyError).': '对还没登录的访客，.get() 返回 None（不会抛出 KeyError）。',
  'Start from an empty session, so nothing from before the login (planted by someone else, or left over) carries into it.':
    '从一个空会话开始，登录之前的任何东西（别人塞进来的，或是残留的）都不会带进来。',
  'Redirect after a successful POST, so reloading the next page does not send the password again.':
    'POST 成功后重定向，这样刷新下一个页面时不会再次提交密码。',
  'Redirect after a successful POST, so reloading the next page does not send the password again. A "next" that points off the site would make this an open redirect, so it is checked.':
    'POST 成功后重定向，这样刷新下一个页面时不会再次提交密码。\n指向站外的 next 会让这里成为开放重定向，所以要先检查。',
  'Logging out forgets who was logged in.': '退出登录，就是忘掉谁登录过。',
  'Logging out forgets who was logged in. POST only: a plain link or an image on another site cannot log anyone out.':
    '退出登录，就是忘掉谁登录过。\n只接受 POST：别的网站上的普通链接或图片无法让任何人退出登录。',
  'A flash is kept in the session until the next page shows it.': '闪现消息存在会话里，直到下一个页面把它显示出来。',
  'Shown on this very page: the flash is read when the form renders.': '就显示在这个页面上：渲染表单时会读取这条闪现消息。',
  'Flash after clear(), or clear() would throw the message away too.': '在 clear() 之后再闪现，否则 clear() 会把这条消息也一起清掉。',
  'The guard: a view under @login_required needs a logged-in visitor.': '守卫：加了 @login_required 的视图只对已登录的访客开放。',
  "wraps() keeps the view's name, which Flask uses as the endpoint name.": 'wraps() 保留视图函数的名字，Flask 用它作端点名。',
  'full_path keeps the query string, but ends in a bare "?" when there is none.':
    'full_path 保留查询字符串，但没有查询字符串时，末尾会多出一个孤零零的“?”。',
  'Where a login may send the visitor next.': '登录之后可以把访客送到哪里。',
  'Browsers treat "//host" and "/\\host" as another site, and drop tabs and newlines before they read a URL. No control character belongs in a path, so refuse them all, with the backslash.':
    '浏览器把 "//host" 和 "/\\host" 当作另一个网站，而且读取 URL 之前会删掉制表符和换行。\n路径里本就不该有控制字符，所以把它们连同反斜杠一起拒绝。',
  'The profile page, for logged-in visitors only.': '个人资料页，只对已登录的访客开放。',
  'Where to go after logging in: the guard puts it in the URL, and the form sends it back in a hidden field.':
    '登录后去哪里：守卫把它放进 URL，表单再通过隐藏字段把它送回来。',
  'The home page now needs a login, so go straight to the login page.': '首页现在需要登录，所以直接去登录页。',
  'current_user is the User that load_user() returned for this request.': 'current_user 就是 load_user() 为这次请求返回的 User。',
  'One field takes either: usernames have no "@", so a name with one is an email, and emails are stored lower-case.':
    '一个字段两者都接受：用户名里没有“@”，所以带“@”的名字就是邮箱，而邮箱是按小写保存的。',
  'A fresh session: no CSRF token or other value from before the login carries into it.':
    '一个全新的会话：登录之前的 CSRF 令牌和其他值都不会带进来。',
  'remember=True adds a remember_token cookie for two weeks.': 'remember=True 会加一个有效期两周的 remember_token cookie。',
  'The same words for an unknown user, a wrong password and empty fields, so the form does not tell a stranger which usernames exist.':
    '用户不存在、密码错误和字段为空时都说同样的话，这样表单不会告诉陌生人哪些用户名存在。',
  "A new token ends this session, the user's other sessions and their remember_token cookies, which all name the user by the old one.":
    '换一个新令牌，就结束了这个会话、该用户的其他会话以及他们的 remember_token cookie，\n因为它们都用旧令牌指代用户。',
  '`flash-login run` (or `flask --app app --debug run`) is the way to run it; this is for `python app.py`.':
    '用 `flash-login run`（或 `flask --app app --debug run`）运行它；\n下面这段是给 `python app.py` 用的。',
  // Templates.
  'simple.css styles the plain HTML elements; app.css adds the nav bar and the flash colours.':
    'simple.css 给普通的 HTML 元素加样式；app.css 再加上导航栏和闪现消息的颜色。',
  'Every page extends this one, so a flash shows on whichever page comes next.':
    '每个页面都继承这个模板，所以闪现消息会出现在接下来的任何一个页面上。',
  'hidden_tag() writes the hidden csrf_token input.': 'hidden_tag() 写出隐藏的 csrf_token 输入框。',
};

/**
 * Code the zh-CN app writes otherwise: WTForms' validators with their messages in Chinese (its own
 * are English, and its Chinese translations name the field "Email"). Each key is a whole call as
 * lessons/N-name/app writes it.
 */
export const CODE_ZH: Readonly<Record<string, string>> = {
  'DataRequired()': 'DataRequired(message="请填写此项。")',
  'Email()': 'Email(message="邮箱地址无效。")',
  'Length(min=8)': 'Length(min=8, message="密码至少 8 个字符。")',
  'Length(max=80)': 'Length(max=80, message="用户名最多 80 个字符。")',
  'Length(max=120)': 'Length(max=120, message="邮箱最多 120 个字符。")',
};

/**
 * Comments that only the lessons' code blocks have (a snippet's note beside the app's code), in
 * Chinese: the zh-CN text's blocks are the English ones byte for byte, translated as they render.
 */
export const LESSON_COMMENTS_ZH: Readonly<Record<string, string>> = {
  'username -> password, for this lesson only': '用户名 -> 密码，只在这一课这样写',
  'new on each start': '每次启动都换一个新的',
  'FLASK_SECRET_KEY wins': '以 FLASK_SECRET_KEY 为准',
  'FLASK_SECRET_KEY wins when it is set': '设置了 FLASK_SECRET_KEY 时以它为准',
  'only here': '只在这里',
  'session.get() gives None when the cookie was rejected': 'cookie 被拒绝时，session.get() 返回 None',
  'after a successful login:': '登录成功之后：',
  'Flask-Login adds no SameSite': 'Flask-Login 不会加 SameSite',
  'before SQLAlchemy(app) reads the URI': '要在 SQLAlchemy(app) 读取 URI 之前',
  "where Flask-Login's guard sends people": 'Flask-Login 的守卫把访客送到哪里',
  'add, commit, flash, redirect': '添加、提交、闪现、重定向',
  'log in and redirect': '登录并重定向',
  'in logout(), before logout_user():': '在 logout() 里、logout_user() 之前：',
  'the same for remember_token': 'remember_token 也一样',
};
