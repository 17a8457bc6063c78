// Lesson 2's check titles and failure explanations, in every language (see src/i18n/i18n.ts).
import { catalog } from '../../src/i18n/i18n.js';

export const text = catalog({
  en: {
    titles: {
      '2.1': 'A successful login redirects and sets a signed, HttpOnly session cookie',
      '2.2': 'GET / shows the username with the session cookie, and not without it',
      '2.3': 'Logging out redirects, and then / no longer shows the username',
      '2.4': 'A failed login leaves the visitor logged out',
      '2.5': 'A tampered or forged session cookie is ignored, never a 500',
      '2.6': 'The secret key comes from FLASK_SECRET_KEY: a restart with another key ends old sessions',
    },
    loginNotRedirect: (status: number) => `a successful login answered ${status}: redirect after the POST (302 or 303)`,
    noCookie: "the successful login set no cookie: store the user in Flask's `session`",
    cookiePlainText: (cookie: string) =>
      `the ${cookie} cookie holds the username in plain text, so anyone can change it: use Flask's signed \`session\``,
    nameNotShown: (username: string) => `GET / with the session cookie does not show "${username}"`,
    nameShownWithoutCookie: (username: string) => `GET / with no cookie shows "${username}"`,
    logoutNotRedirect: (status: number) => `logging out answered ${status}, expected a redirect (302 or 303)`,
    nameShownAfterLogout: (username: string) => `after logging out, GET / still shows "${username}": clear the session`,
    nameShownAfterFailedLogin: (username: string) =>
      `after a wrong password, GET / shows "${username}": only write the session once the password matched`,
    noCookieToTest: 'the successful login set no session cookie to test',
    guessableKey: (key: string) =>
      `your app signs its session cookie with the key "${key}", which anyone can guess and use to forge a login. ` +
      'Whether that key is written in app.py or is the fallback of os.environ.get("SECRET_KEY", ...), the fix is the same: ' +
      'a random default (secrets.token_hex()) and then app.config.from_prefixed_env(), which reads FLASK_SECRET_KEY',
    tamperedCookie: 'a session cookie with one character changed',
    guessedKeyCookie: 'a session cookie signed with a guessed key',
    madeUpCookie: 'a made-up session cookie',
    forgedCookieAccepted: (what: string, username: string) =>
      `with ${what}, GET / shows "${username}": the cookie must be signed and checked`,
    keyTestNoLogin: (username: string) => `could not log in to test the key: GET / does not show "${username}"`,
    keyNotFromConfig:
      'the session cookie is not signed with FLASK_SECRET_KEY: set a default SECRET_KEY, then call app.config.from_prefixed_env()',
    oldKeyAccepted:
      'after a restart with another FLASK_SECRET_KEY (or none) the old session cookie still works: the key is fixed in the code',
    literalKeyDefault:
      'started twice with no FLASK_SECRET_KEY at all, the app accepts the session cookie of the first start in the second: its default key is a literal, which everyone who reads the code knows',
  },
  'zh-CN': {
    titles: {
      '2.1': '登录成功后重定向，并设置一个已签名、带 HttpOnly 的会话 cookie',
      '2.2': '带着会话 cookie 时 GET / 显示用户名，不带时不显示',
      '2.3': '退出登录后重定向，之后 / 不再显示用户名',
      '2.4': '登录失败后，访客仍处于未登录状态',
      '2.5': '被篡改或伪造的会话 cookie 会被忽略，绝不导致 500',
      '2.6': '密钥来自 FLASK_SECRET_KEY：换一个密钥重启后，旧的会话失效',
    },
    loginNotRedirect: (status) => `登录成功时返回了 ${status}：处理完 POST 后应重定向（302 或 303）`,
    noCookie: '登录成功后没有设置任何 cookie：请把用户存进 Flask 的 `session`',
    cookiePlainText: (cookie) => `${cookie} cookie 以明文保存用户名，谁都能改它：请使用 Flask 签名的 \`session\``,
    nameNotShown: (username) => `带着会话 cookie 时 GET / 没有显示“${username}”`,
    nameShownWithoutCookie: (username) => `不带 cookie 时 GET / 却显示了“${username}”`,
    logoutNotRedirect: (status) => `退出登录时返回了 ${status}，应为重定向（302 或 303）`,
    nameShownAfterLogout: (username) => `退出登录后，GET / 仍然显示“${username}”：请清除会话`,
    nameShownAfterFailedLogin: (username) => `密码错误之后，GET / 却显示了“${username}”：只在密码匹配之后才写入会话`,
    noCookieToTest: '登录成功后没有设置可供测试的会话 cookie',
    guessableKey: (key) =>
      `你的应用用密钥“${key}”给会话 cookie 签名，这个密钥谁都猜得到，可以用来伪造登录。` +
      '无论它是写在 app.py 里，还是 os.environ.get("SECRET_KEY", ...) 的后备值，改法都一样：' +
      '设一个随机默认值（secrets.token_hex()），然后调用 app.config.from_prefixed_env()，它会读取 FLASK_SECRET_KEY',
    tamperedCookie: '改动了一个字符的会话 cookie',
    guessedKeyCookie: '用猜到的密钥签名的会话 cookie',
    madeUpCookie: '凭空编造的会话 cookie',
    forgedCookieAccepted: (what, username) => `带着${what}时，GET / 显示了“${username}”：cookie 必须经过签名和校验`,
    keyTestNoLogin: (username) => `无法登录来测试密钥：GET / 没有显示“${username}”`,
    keyNotFromConfig: '会话 cookie 不是用 FLASK_SECRET_KEY 签名的：先设一个默认的 SECRET_KEY，再调用 app.config.from_prefixed_env()',
    oldKeyAccepted: '换一个 FLASK_SECRET_KEY（或不设）重启后，旧的会话 cookie 仍然有效：密钥被写死在代码里了',
    literalKeyDefault: '完全不设 FLASK_SECRET_KEY 启动两次，第二次仍接受第一次的会话 cookie：默认密钥是一个字面量，读过代码的人都知道它',
  },
});
