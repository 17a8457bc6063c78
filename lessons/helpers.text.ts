// What the shared check steps (lessons/helpers.ts) say when they fail, and the pieces several
// lessons' messages share: a key phrase, the flashes a page showed, a missing Location header.
import { KEY_PHRASES } from '../src/checks/html.js';
import { catalog } from '../src/i18n/i18n.js';

/**
 * `“无效”或“错误”（英文 "invalid"）`: the Chinese forms the contract accepts for a key phrase (the ones
 * verify matches), then the English phrase, so a learner whose app speaks Chinese reads its own words first.
 */
export function phraseZh(...phrases: string[]): string {
  const either = (words: string[]) => (words.length > 1 ? `${words.slice(0, -1).join('、')}或${words.at(-1)}` : words.join(''));
  const english = phrases.map((phrase) => `"${phrase}"`).join(' 或 ');
  const chinese = [...new Set(phrases.flatMap((phrase) => KEY_PHRASES[phrase] ?? []))].map((form) => `“${form}”`);
  return chinese.length ? `${either(chinese)}（英文 ${english}）` : either(phrases.map((phrase) => `“${phrase}”`));
}

const REDIRECT = 'a redirect (302 or 303)';

export const helperText = catalog({
  en: {
    /** Key phrases as a message quotes them: `"log in" or "login"`. */
    phrase: (...phrases: string[]) => phrases.map((phrase) => `"${phrase}"`).join(' or '),
    noLoginForm: (path: string) => `GET ${path} shows no form with inputs named username and password`,
    loginNotRedirect: (username: string, status: number) => `logging in as ${username} answered ${status}, expected ${REDIRECT}`,
    loggingInAs: (username: string) => `logging in as ${username}`,
    /** What a failed login tried, after "logging in with". */
    wrongPassword: 'a wrong password',
    unknownUser: 'an unknown user',
    emptyFields: 'empty fields',
    loggingInWith: (what: string) => `logging in with ${what}`,
    notRedirect: (what: string, status: number, path: string) => `${what} answered ${status}, expected ${REDIRECT} to ${path}`,
    wrongRedirect: (what: string, location: string, path: string) => `${what} redirected to ${location}, expected ${path}`,
    noLocation: '(no Location header)',
    noLogoutForm: 'neither / nor /profile (logged in) shows a <form method="post" action="/logout"> to log out with',
    homeStatus: (status: number, redirectedTo: string | undefined, guarded: boolean) =>
      `GET / answered ${status}${redirectedTo ? ` → ${redirectedTo}` : ''}, expected ${guarded ? '200 when logged in, or a redirect to /login' : '200'}`,
    afterLoginStatus: (path: string, status: number) => `GET ${path} after logging in answered ${status}, expected 200`,
    noFlashAtAll: 'no flash at all (an element with class "flash" or "alert")',
    flashWithCategory: (flash: string, categories: string[]) => `"${flash}" (${categories.join(', ') || 'no category'})`,
    cookieNotHttpOnly: (cookie: string) => `the ${cookie} cookie is not HttpOnly, so page scripts can read it`,
  },
  'zh-CN': {
    phrase: (...phrases) => phraseZh(...phrases),
    noLoginForm: (path) => `GET ${path} 没有显示带 username 和 password 输入框的表单`,
    loginNotRedirect: (username, status) => `以 ${username} 登录时返回了 ${status}，应为重定向（302 或 303）`,
    loggingInAs: (username) => `以 ${username} 登录`,
    wrongPassword: '错误的密码',
    unknownUser: '不存在的用户',
    emptyFields: '空字段',
    loggingInWith: (what) => `用${what}登录`,
    notRedirect: (what, status, path) => `${what}时返回了 ${status}，应重定向（302 或 303）到 ${path}`,
    wrongRedirect: (what, location, path) => `${what}时重定向到了 ${location}，应为 ${path}`,
    noLocation: '（没有 Location 头）',
    noLogoutForm: '登录后，/ 和 /profile 都没有显示用于退出登录的 <form method="post" action="/logout">',
    homeStatus: (status, redirectedTo, guarded) =>
      `GET / 返回了 ${status}${redirectedTo ? ` → ${redirectedTo}` : ''}，${guarded ? '应在已登录时返回 200，未登录时重定向到 /login' : '应返回 200'}`,
    afterLoginStatus: (path, status) => `登录后 GET ${path} 返回了 ${status}，应返回 200`,
    noFlashAtAll: '没有任何闪现消息（class 为 "flash" 或 "alert" 的元素）',
    flashWithCategory: (flash, categories) => `“${flash}”（类别：${categories.join('、') || '无'}）`,
    cookieNotHttpOnly: (cookie) => `${cookie} cookie 没有设置 HttpOnly，页面脚本能读取它`,
  },
});

/** What the probes of the shared steps (helpers.probes.ts) say when a step fails. */
export const probeText = catalog({
  en: {
    loginPageRedirects: (location: string, loop: boolean) =>
      `GET /login with no login redirected to ${location}${loop ? ': the login page asks for a login itself, a redirect loop' : ''}`,
    loginPageStatus: (status: number, gist: string) =>
      `GET /login answered ${status}${gist ? ` ("${gist}")` : ''}, expected 200 with the login form`,
    noLoginForm: 'GET /login shows no <form> with inputs named "username" and "password"',
    noRegisterForm: 'GET /register shows no form with inputs named username, email, password and confirm',
    registerNotRedirect: (status: number) => `a valid registration answered ${status}, expected a redirect to /login`,
    loginNotRedirect: (username: string, status: number) => `logging in as ${username} answered ${status}, expected ${REDIRECT}`,
    loginNotSticking: (username: string, _lesson: number, sentToLogin: boolean, status: number) =>
      sentToLogin
        ? 'the login did not stick: after POST /login redirected, GET / still sends you to /login'
        : `after POST /login redirected, GET / (answered ${status}) does not show "${username}": the login was not kept in the session, or / does not show it`,
    guardCrashed: (path: string) =>
      `GET ${path} with no login answered 500: the view itself ran for a visitor who is not logged in, so the guard did not`,
    guardNotRedirect: (path: string, status: number, location: string | null) =>
      `GET ${path} with no login answered ${status}${location ? ` → ${location}` : ''}, expected ${REDIRECT} to /login`,
    logoutStatus: (status: number, gist: string) => `logging out answered ${status}${gist ? ` ("${gist}")` : ''}`,
    logoutNotRedirect: (status: number) => `logging out answered ${status}, expected ${REDIRECT}`,
    stillLoggedIn: (username: string) => `after logging out, GET / still shows "${username}": the logout did not end the login`,
  },
  'zh-CN': {
    loginPageRedirects: (location, loop) =>
      `未登录时 GET /login 重定向到了 ${location}${loop ? '：登录页面自己要求登录，形成了重定向循环' : ''}`,
    loginPageStatus: (status, gist) => `GET /login 返回了 ${status}${gist ? `（“${gist}”）` : ''}，应返回 200 并显示登录表单`,
    noLoginForm: 'GET /login 没有显示带 "username" 和 "password" 输入框的 <form>',
    noRegisterForm: 'GET /register 没有显示带 username、email、password 和 confirm 输入框的表单',
    registerNotRedirect: (status) => `有效的注册返回了 ${status}，应重定向到 /login`,
    loginNotRedirect: (username, status) => `以 ${username} 登录时返回了 ${status}，应为重定向（302 或 303）`,
    loginNotSticking: (username, _lesson, sentToLogin, status) =>
      sentToLogin
        ? '登录没有保持住：POST /login 重定向之后，GET / 仍然把你送回 /login'
        : `POST /login 重定向之后，GET /（返回了 ${status}）没有显示“${username}”：登录没有保存在会话里，或者 / 没有显示它`,
    guardCrashed: (path) => `未登录时 GET ${path} 返回了 500：视图本身为未登录的访客运行了，说明守卫没有运行`,
    guardNotRedirect: (path, status, location) =>
      `未登录时 GET ${path} 返回了 ${status}${location ? ` → ${location}` : ''}，应重定向（302 或 303）到 /login`,
    logoutStatus: (status, gist) => `退出登录时返回了 ${status}${gist ? `（“${gist}”）` : ''}`,
    logoutNotRedirect: (status) => `退出登录时返回了 ${status}，应为重定向（302 或 303）`,
    stillLoggedIn: (username) => `退出登录后，GET / 仍然显示“${username}”：退出登录没有结束登录状态`,
  },
});
