// Lesson 5's check titles and failure explanations, in every language (see src/i18n/i18n.ts).
import { catalog } from '../../src/i18n/i18n.js';

/** The hashes one request ran, as serve_app.py counts them. */
const workDone = (work: string[]) => (work.length ? work.join(', ') : 'no password hash');
const workDoneZh = (work: string[]) => (work.length ? work.join('、') : '零次密码哈希');

export const text = catalog({
  en: {
    titles: {
      '5.1': 'GET /register shows the form, and a valid registration redirects to /login with a success flash',
      '5.2':
        'A taken username or email, a wrong confirmation, or a password under 8 characters gets the form again with an error and adds no user',
      '5.3':
        "The login form takes the username or the email (an email always means that email's account); / and /profile show the username; empty fields do not log in",
      '5.4': 'A wrong password and an unknown user get the same error text',
      '5.5': 'Passwords are stored hashed: the plain password is nowhere in the database file',
      '5.6': 'Ticking "remember" sets a remember_token cookie with an expiry; not ticking it sets none; logging out ends it',
      '5.7': 'GET /logout does not log out; the logout form (a POST with its token) does',
      '5.8': 'A POST to /login or /register without the CSRF token is refused and changes nothing',
      '5.9': 'The session cookie is HttpOnly and SameSite=Lax',
      '5.10': 'Tables are created at start: a fresh database works with no extra command',
      '5.11': 'A username holding <, > or & is refused at registration, or shown as text on every page and in every flash',
      '5.12':
        'With no FLASK_PASSWORD_HASH_METHOD set, a new password is stored with a slow hash (scrypt, PBKDF2 of 260,000 rounds or more, bcrypt, argon2)',
      '5.13': 'A login for an unknown username costs the same hashing as a wrong password for a known one',
    },
    // Shared steps
    noRegisterForm: (fields: string[], names: (string | undefined)[] = []) =>
      `GET /register shows no form with inputs named ${fields.join(', ')}${names.length ? ` (its inputs are named ${names.join(', ')})` : ''}`,
    stillLoggedIn: (why: string, status: number) =>
      `${why}, yet GET / answered ${status} instead of a redirect to /login: the visitor is logged in`,
    databaseUriIgnored:
      'the app ignores FLASK_SQLALCHEMY_DATABASE_URI: verify gave it a throwaway SQLite file, and after a registration that file ' +
      'does not exist, so the app keeps its users somewhere else. Set your default SQLALCHEMY_DATABASE_URI first, then call ' +
      'app.config.from_prefixed_env(), and only then SQLAlchemy(app) (or db.init_app(app)); never set the URI again after it',
    refused: (what: string) => `${what} was refused`,
    formAgainStatus: (what: string, status: number) => `${what} answered ${status}, expected 200 with the form again`,
    // An email means its owner's account (5.3)
    emailRefused: (owner: string, address: string) =>
      `registering ${owner} with the email ${address} was refused, though no account had that address: only a taken username or email may be refused`,
    squatted: (address: string, owner: string) =>
      `the username ${address} was registered by one visitor and the email ${address} by another (${owner})`,
    emailNotItsAccount: (squatted: string, address: string, owner: string) =>
      `${squatted}, and logging in as ${address} with ${owner}'s password does not open ${owner}'s account: an email ` +
      'address must mean the account with that email. Refuse "@" in usernames, or look a name with "@" up by email only',
    emailOpensOtherAccount: (squatted: string, address: string, owner: string) =>
      `${squatted}, and logging in as ${address} with the first visitor's password logged in: that address must mean ${owner}'s account`,
    // 5.1
    registerPageStatus: (status: number) => `GET /register answered ${status}, expected 200 with the register form`,
    formNotPost: (method: string) => `the register form's method is "${method}": write <form method="post">`,
    registeringNewUser: (username: string) => `registering the new user ${username}`,
    registerFlashMissing: (shown: string) => `the login page after registering shows no flash of category success; it shows ${shown}`,
    // 5.2
    takenUsername: (username: string) => `the taken username ${username}`,
    takenEmail: (email: string | undefined) => `the taken email ${email}`,
    confirmationDiffers: 'a confirmation that differs from the password',
    shortPassword: (password: string) => `the 7-character password "${password}"`,
    registeringWith: (what: string) => `registering with ${what}`,
    refusedRegisterRedirects: (what: string, path: string | undefined) =>
      `${what} redirected to ${path}: it must show the form again and add no user`,
    noRegisterFormAgain: (what: string) => `${what} did not show the register form again`,
    noRegisterError: (what: string) =>
      `${what} showed the form again with no error: flash a message of category error, or show a field error`,
    userAdded: (what: string, username: string) => `${what} was refused, yet the user was added: logging in as ${username} works`,
    // 5.3
    nameNotShown: (path: string, username: string) =>
      `GET ${path} after logging in does not show the username "${username}" (current_user.username)`,
    emailLoginNotRedirect: (email: string, status: number) =>
      `logging in with the email ${email} in the username field answered ${status}, expected a redirect: look the user up by username or email`,
    emailLoginNameNotShown: (email: string, username: string) =>
      `after logging in with the email ${email}, GET / does not show the username "${username}"`,
    loginRedirects: (what: string, path: string | undefined) => `${what} redirected to ${path}: it must show the form again`,
    noLoginFormAgain: (what: string) => `${what} did not show the login form again`,
    // 5.4
    enumerationStatus: (wrong: number, stranger: number) =>
      `a wrong password answered ${wrong} but an unknown user ${stranger}: the difference tells a stranger which usernames exist`,
    wrongPasswordShows: (lines: string[]) => `a wrong password shows "${lines.join(' / ')}"`,
    unknownUserShows: (lines: string[]) => `an unknown user "${lines.join(' / ')}"`,
    enumerationText: (differences: string[]) =>
      `a wrong password and an unknown user get different text (${differences.join(', ')}): show one message, such as "Invalid username or password.", for both`,
    // 5.5
    databaseEmpty:
      'the database file verify gave the app (FLASK_SQLALCHEMY_DATABASE_URI) is still empty after a registration: are the tables created at start (see 5.10)?',
    userNotInDatabase: (username: string) =>
      `the user verify registered (${username}) is not in the database file verify gave the app (FLASK_SQLALCHEMY_DATABASE_URI): did registering work?`,
    plainPassword: (username: string) =>
      `the database file holds the password of ${username} in plain text: store generate_password_hash(password) and check with check_password_hash()`,
    // 5.6
    noRememberBox: 'the login form has no <input type="checkbox" name="remember">',
    rememberNotRedirect: (status: number) => `logging in with "remember" ticked answered ${status}, expected a redirect`,
    noRememberToken: 'logging in with "remember" ticked set no remember_token cookie: login_user(user, remember=...) with the box\'s value',
    rememberNoExpiry: 'the remember_token cookie has no expiry (Expires or Max-Age), so it would end with the browser session',
    untickedNotRedirect: (status: number) => `logging in without "remember" answered ${status}, expected a redirect`,
    rememberUnwanted: 'logging in with "remember" not ticked still set a remember_token cookie: pass the checkbox\'s value, not True',
    rememberTokenUseless:
      'the remember_token cookie, sent alone by a fresh visitor, does not log in: is it the one login_user(..., remember=True) set?',
    rememberSurvivesLogout:
      "after logging out, the remember_token from before still logs in a fresh visitor who sends it alone. Flask-Login's default token is the " +
      'signed user id, valid as long as the secret key: give each user a token column, return it from get_id(), look users up by it in ' +
      'the user_loader, and replace it at logout',
    // 5.7
    getLogout: (status: number) =>
      `after GET /logout (answered ${status}) the visitor is logged out: a link or an <img> on any site could do that. Take POST only: methods=["POST"]`,
    logoutPostRefused: (status: number) =>
      `posting the logout form answered ${status}${status === 400 ? ': is its hidden csrf_token input missing?' : ''}`,
    logoutShouldLogOut: 'posting the logout form should have logged the visitor out',
    // 5.8
    csrfRefused: (what: string, status: number, redirected: boolean, pathname: string | undefined) =>
      `${what} answered ${status}${redirected ? ` → ${pathname}` : ''}: it must be refused (400, or the form again). Protect every form with CSRFProtect(app)`,
    afterVisiting: (path: string) => `after GET ${path}`,
    freshBrowser: 'from a fresh browser',
    csrfLogin: (who: string) => `POST /login with the right password but no csrf_token (${who})`,
    mustNotLogIn: (what: string) => `${what} must not log in`,
    csrfRegister: (who: string) => `POST /register with no csrf_token (${who})`,
    csrfUserAdded: (what: string, username: string) => `${what} added the user ${username}: logging in as them works`,
    // 5.9
    noSessionCookie: 'the login set no session cookie',
    cookieNotHttpOnly: (cookie: string) =>
      `the ${cookie} cookie is not HttpOnly, so page scripts can read it: keep SESSION_COOKIE_HTTPONLY on`,
    cookieNotLax: (cookie: string, sameSite: string | undefined) =>
      `the ${cookie} cookie has ${sameSite && sameSite !== 'none' ? `SameSite=${sameSite}` : 'no SameSite=Lax'}: set app.config["SESSION_COOKIE_SAMESITE"] = "Lax"`,
    // 5.10
    tablesMissing: (status: number) =>
      `registering on a fresh database answered ${status}: create the missing tables when the app starts (with app.app_context(): db.create_all())`,
    tablesEmpty:
      'the database file verify gave the app is still empty after a registration: create the tables when the app starts (db.create_all())',
    userNotInFreshDatabase: (username: string) =>
      `the user verify registered first thing (${username}) is not in the fresh database: does registering work without an extra command?`,
    // 5.11
    markupUnescaped: (username: string, path: string) =>
      `${path} printed the username ${username} as markup: its <b…> tag reached the page as HTML, not as text. ` +
      'Jinja escapes {{ }} in .html templates: remove |safe or Markup() around what visitors typed, or refuse <, > and & in usernames',
    // 5.12
    ownHashingNoStart: (why: string) =>
      `started with no FLASK_PASSWORD_HASH_METHOD, the app did not start (${why}): give PASSWORD_HASH_METHOD a strong default of its own`,
    ownHashingRegisterRefused: (status: number) =>
      `with no FLASK_PASSWORD_HASH_METHOD set, a valid registration answered ${status} instead of a redirect to /login`,
    fastHash: (method: string) =>
      `with no FLASK_PASSWORD_HASH_METHOD set, a new user's password was stored as ${method}: quick to try guesses against. ` +
      'Hash with app.config["PASSWORD_HASH_METHOD"], whose default is strong (pbkdf2:sha256:600000 or scrypt), and never write a method with fewer rounds into the code',
    hashNotFound: (work: string[]) =>
      `with no FLASK_PASSWORD_HASH_METHOD set, verify found no slow hash for a new user: none stored in a format it knows ` +
      `(Werkzeug's, bcrypt, argon2, passlib's) and ${work.length ? `only ${work.join(', ')} done` : 'no PBKDF2 or scrypt done'} while registering. ` +
      'Store what generate_password_hash() returns',
    // 5.13
    noDummyHash: (known: string[]) =>
      `a login for an unknown username checked no password, while a wrong password for a known user ran ${known.join(', ')}: ` +
      'the time taken tells which names have accounts. When no user has the name, check the password against a dummy hash made at start',
    dummyHashDiffers: (known: string[], unknown: string[]) =>
      `a login for an unknown username ran ${workDone(unknown)}, a wrong password for a known user ${workDone(known)}: ` +
      'not the same work, so the time still tells which names have accounts. Make the dummy hash once, at start, with the method real passwords use, and check it once',
    timingDiffers: (knownMs: number, unknownMs: number) =>
      `a login for an unknown username took ${unknownMs} ms of the app's time, a wrong password for a known user ${knownMs} ms (timed: the app hashes ` +
      'with a library verify cannot count): check the password against a dummy hash when no user has the name',
  },
  'zh-CN': {
    titles: {
      '5.1': 'GET /register 显示注册表单，有效的注册会重定向到 /login，并闪现一条类别为 success 的消息',
      '5.2': '用户名或邮箱已被占用、确认密码不一致或密码少于 8 个字符时，重新显示表单并给出错误提示，且不添加用户',
      '5.3': '登录表单接受用户名或邮箱（邮箱总是指向使用该邮箱的账号）；/ 和 /profile 显示用户名；字段为空时不能登录',
      '5.4': '密码错误和用户不存在时，显示相同的错误文字',
      '5.5': '密码以哈希值保存：数据库文件里找不到明文密码',
      '5.6': '勾选 "remember" 时设置带过期时间的 remember_token cookie；不勾选则不设置；退出登录后它失效',
      '5.7': 'GET /logout 不会退出登录；退出登录表单（带令牌的 POST）才会',
      '5.8': '不带 CSRF 令牌向 /login 或 /register 发送的 POST 会被拒绝，且不改变任何东西',
      '5.9': '会话 cookie 带有 HttpOnly 和 SameSite=Lax',
      '5.10': '数据表在启动时创建：全新的数据库无需额外命令即可使用',
      '5.11': '含有 <、> 或 & 的用户名在注册时被拒绝，或者在每个页面和每条闪现消息里都作为文本显示',
      '5.12': '没有设置 FLASK_PASSWORD_HASH_METHOD 时，新密码用慢哈希保存（scrypt、不少于 260,000 轮的 PBKDF2、bcrypt、argon2）',
      '5.13': '用不存在的用户名登录，和已有用户输错密码，做的哈希计算一样多',
    },
    noRegisterForm: (fields, names = []) =>
      `GET /register 没有显示带 ${fields.join('、')} 输入框的表单${names.length ? `（它的输入框名为 ${names.join('、')}）` : ''}`,
    stillLoggedIn: (why, status) => `${why}，但 GET / 返回了 ${status}，而不是重定向到 /login：访客仍处于登录状态`,
    databaseUriIgnored:
      '应用没有使用 FLASK_SQLALCHEMY_DATABASE_URI：verify 给了它一个临时的 SQLite 文件，注册之后这个文件却不存在，' +
      '说明应用把用户存到了别处。请先设置默认的 SQLALCHEMY_DATABASE_URI，再调用 app.config.from_prefixed_env()，' +
      '然后才是 SQLAlchemy(app)（或 db.init_app(app)）；此后不要再设置这个 URI',
    refused: (what) => `${what}被拒绝了`,
    formAgainStatus: (what, status) => `${what}时返回了 ${status}，应返回 200 并重新显示表单`,
    emailRefused: (owner, address) =>
      `用邮箱 ${address} 注册 ${owner} 被拒绝了，而当时没有任何账号使用这个地址：只有已被占用的用户名或邮箱才能拒绝`,
    squatted: (address, owner) => `一位访客注册了用户名 ${address}，另一位访客（${owner}）注册了邮箱 ${address}`,
    emailNotItsAccount: (squatted, address, owner) =>
      `${squatted}；用 ${address} 加 ${owner} 的密码登录，却没有进入 ${owner} 的账号：邮箱地址必须指向使用该邮箱的账号。` +
      '请拒绝含 "@" 的用户名，或者对含 "@" 的名字只按邮箱查找',
    emailOpensOtherAccount: (squatted, address, owner) =>
      `${squatted}；用 ${address} 加第一位访客的密码竟然登录成功了：这个地址必须指向 ${owner} 的账号`,
    registerPageStatus: (status) => `GET /register 返回了 ${status}，应返回 200 并显示注册表单`,
    formNotPost: (method) => `注册表单的 method 是 "${method}"：请写成 <form method="post">`,
    registeringNewUser: (username) => `注册新用户 ${username}`,
    registerFlashMissing: (shown) => `注册后的登录页面没有显示类别为 success 的闪现消息；它显示的是：${shown}`,
    takenUsername: (username) => `已被占用的用户名 ${username}`,
    takenEmail: (email) => `已被占用的邮箱 ${email}`,
    confirmationDiffers: '与密码不一致的确认密码',
    shortPassword: (password) => `只有 7 个字符的密码“${password}”`,
    registeringWith: (what) => `用${what}注册`,
    refusedRegisterRedirects: (what, path) => `${what}时重定向到了 ${path}：应重新显示表单，且不添加用户`,
    noRegisterFormAgain: (what) => `${what}后没有重新显示注册表单`,
    noRegisterError: (what) => `${what}后重新显示了表单，却没有错误提示：请闪现一条类别为 error 的消息，或显示字段错误`,
    userAdded: (what, username) => `${what}被拒绝了，用户却被添加了：能以 ${username} 登录`,
    nameNotShown: (path, username) => `登录后 GET ${path} 没有显示用户名“${username}”（current_user.username）`,
    emailLoginNotRedirect: (email, status) => `在用户名字段填邮箱 ${email} 登录时返回了 ${status}，应为重定向：请按用户名或邮箱查找用户`,
    emailLoginNameNotShown: (email, username) => `用邮箱 ${email} 登录后，GET / 没有显示用户名“${username}”`,
    loginRedirects: (what, path) => `${what}时重定向到了 ${path}：应重新显示表单`,
    noLoginFormAgain: (what) => `${what}后没有重新显示登录表单`,
    enumerationStatus: (wrong, stranger) =>
      `密码错误时返回了 ${wrong}，用户不存在时却返回了 ${stranger}：这个差别会让陌生人知道哪些用户名存在`,
    wrongPasswordShows: (lines) => `密码错误时显示“${lines.join(' / ')}”`,
    unknownUserShows: (lines) => `用户不存在时显示“${lines.join(' / ')}”`,
    enumerationText: (differences) =>
      `密码错误和用户不存在时显示的文字不同（${differences.join('；')}）：两种情况请显示同一条消息，例如“用户名或密码错误。”`,
    databaseEmpty: 'verify 给应用的数据库文件（FLASK_SQLALCHEMY_DATABASE_URI）在注册之后仍是空的：数据表是在启动时创建的吗（见 5.10）？',
    userNotInDatabase: (username) =>
      `verify 注册的用户（${username}）不在 verify 给应用的数据库文件（FLASK_SQLALCHEMY_DATABASE_URI）里：注册成功了吗？`,
    plainPassword: (username) =>
      `数据库文件里以明文保存着 ${username} 的密码：请保存 generate_password_hash(password) 的结果，并用 check_password_hash() 校验`,
    noRememberBox: '登录表单里没有 <input type="checkbox" name="remember">',
    rememberNotRedirect: (status) => `勾选 "remember" 登录时返回了 ${status}，应为重定向`,
    noRememberToken: '勾选 "remember" 登录后没有设置 remember_token cookie：调用 login_user(user, remember=...) 并传入复选框的值',
    rememberNoExpiry: 'remember_token cookie 没有过期时间（Expires 或 Max-Age），关闭浏览器时它就会失效',
    untickedNotRedirect: (status) => `不勾选 "remember" 登录时返回了 ${status}，应为重定向`,
    rememberUnwanted: '没有勾选 "remember" 登录，却仍然设置了 remember_token cookie：请传入复选框的值，而不是 True',
    rememberTokenUseless: '新访客只带着 remember_token cookie 访问时没有登录：它是 login_user(..., remember=True) 设置的那个吗？',
    rememberSurvivesLogout:
      '退出登录后，之前的 remember_token 仍能让只带着它的新访客登录。Flask-Login 默认的令牌就是签名后的用户 id，' +
      '只要密钥不变就一直有效：请给每个用户一个 token 列，在 get_id() 里返回它，在 user_loader 里按它查找用户，并在退出登录时更换它',
    getLogout: (status) =>
      `GET /logout（返回了 ${status}）之后访客就退出登录了：任何网站上的一个链接或 <img> 都能做到这一点。请只接受 POST：methods=["POST"]`,
    logoutPostRefused: (status) => `提交退出登录表单时返回了 ${status}${status === 400 ? '：是不是缺少隐藏的 csrf_token 输入框？' : ''}`,
    logoutShouldLogOut: '提交退出登录表单后，访客本应已经退出登录',
    csrfRefused: (what, status, redirected, pathname) =>
      `${what}时返回了 ${status}${redirected ? ` → ${pathname}` : ''}：应当拒绝（返回 400，或重新显示表单）。请用 CSRFProtect(app) 保护每个表单`,
    afterVisiting: (path) => `在 GET ${path} 之后`,
    freshBrowser: '从全新的浏览器',
    csrfLogin: (who) => `${who}用正确的密码但不带 csrf_token 发送 POST /login`,
    mustNotLogIn: (what) => `${what}本不应登录`,
    csrfRegister: (who) => `${who}不带 csrf_token 发送 POST /register`,
    csrfUserAdded: (what, username) => `${what}时添加了用户 ${username}：能以该用户登录`,
    noSessionCookie: '登录后没有设置会话 cookie',
    cookieNotHttpOnly: (cookie) => `${cookie} cookie 没有设置 HttpOnly，页面脚本能读取它：请保持 SESSION_COOKIE_HTTPONLY 开启`,
    cookieNotLax: (cookie, sameSite) =>
      `${cookie} cookie ${sameSite && sameSite !== 'none' ? `的属性是 SameSite=${sameSite}` : '没有 SameSite=Lax'}：请设置 app.config["SESSION_COOKIE_SAMESITE"] = "Lax"`,
    tablesMissing: (status) =>
      `在全新的数据库上注册时返回了 ${status}：请在应用启动时创建缺少的数据表（\`with app.app_context(): db.create_all()\`）`,
    tablesEmpty: 'verify 给应用的数据库文件在注册之后仍是空的：请在应用启动时创建数据表（db.create_all()）',
    userNotInFreshDatabase: (username) =>
      `verify 一开始注册的用户（${username}）不在这个全新的数据库里：不额外运行命令时，注册能正常工作吗？`,
    markupUnescaped: (username, path) =>
      `${path} 把用户名 ${username} 当作标记输出了：其中的 <b…> 标签作为 HTML 进入了页面，而不是文本。` +
      'Jinja 会转义 .html 模板里的 {{ }}：去掉包在访客输入外面的 `|safe` 或 Markup()，或者在注册时拒绝含 <、> 和 & 的用户名',
    ownHashingNoStart: (why) => `不设置 FLASK_PASSWORD_HASH_METHOD 时，应用没有启动（${why}）：请给 PASSWORD_HASH_METHOD 一个强的默认值`,
    ownHashingRegisterRefused: (status) => `不设置 FLASK_PASSWORD_HASH_METHOD 时，一次有效的注册返回了 ${status}，而不是重定向到 /login`,
    fastHash: (method) =>
      `不设置 FLASK_PASSWORD_HASH_METHOD 时，新用户的密码以 ${method} 保存：猜起来很快。` +
      '请用 app.config["PASSWORD_HASH_METHOD"] 做哈希，它的默认值要强（pbkdf2:sha256:600000 或 scrypt），不要在代码里写死轮数更少的方法',
    hashNotFound: (work) =>
      `不设置 FLASK_PASSWORD_HASH_METHOD 时，verify 没有找到新用户的慢哈希：数据库里没有它认识的格式（Werkzeug、bcrypt、argon2、\`passlib\`），` +
      `注册时${work.length ? `只做了 ${work.join('、')}` : '也没有做 PBKDF2 或 scrypt 计算'}。请保存 generate_password_hash() 的返回值`,
    noDummyHash: (known) =>
      `用不存在的用户名登录时没有校验任何密码，而已有用户输错密码时做了 ${known.join('、')}：` +
      '响应时间会暴露哪些用户名有账号。找不到该用户时，请用启动时生成的假哈希校验一次密码',
    dummyHashDiffers: (known, unknown) =>
      `用不存在的用户名登录时做了 ${workDoneZh(unknown)}，已有用户输错密码时做了 ${workDoneZh(known)}：` +
      '计算量不同，时间仍会暴露哪些用户名有账号。请在启动时用真实密码所用的方法生成一次假哈希，并只校验一次',
    timingDiffers: (knownMs, unknownMs) =>
      `用不存在的用户名登录占用了应用 ${unknownMs} 毫秒，已有用户输错密码占用了 ${knownMs} 毫秒（按时间测量：应用用的哈希库 verify 无法计数）：` +
      '找不到该用户时，请用假哈希校验一次密码',
  },
});
