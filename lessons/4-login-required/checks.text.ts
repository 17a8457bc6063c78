// Lesson 4's check titles and failure explanations, in every language (see src/i18n/i18n.ts).
// `who` is when a request was made ("with no login", "after logging out"): English puts it after
// the request, Chinese before it.
import { catalog } from '../../src/i18n/i18n.js';
import { phraseZh } from '../helpers.text.js';

const REDIRECT = 'a redirect (302 or 303)';

export const text = catalog({
  en: {
    titles: {
      '4.1': 'GET / and /profile with no login redirect to /login?next=..., which flashes "log in"',
      '4.2': 'Logging in from /login?next=/profile redirects to /profile, which shows the username',
      '4.3': 'A "next" that leaves the site is ignored: the login redirects to a page of the site',
      '4.4': '/login stays reachable with no login',
      '4.5': 'After logging out, / and /profile redirect to /login again',
    },
    browserReads: (raw: string, resolved: string) => `${raw} (which a browser reads as ${resolved})`,
    withNoLogin: 'with no login',
    afterLoggingOut: 'after logging out',
    guardNotRedirect: (path: string, who: string, status: number) =>
      `GET ${path} ${who} answered ${status}, expected ${REDIRECT} to /login`,
    guardWrongTarget: (path: string, who: string, location: string) => `GET ${path} ${who} redirected to ${location}, expected /login`,
    guardNoNext: (path: string, who: string, location: string) =>
      `GET ${path} ${who} redirected to ${location}, with no "next" query parameter to come back to ${path}`,
    guardNextWrong: (path: string, who: string, next: string) =>
      `GET ${path} ${who} redirected with next=${next}, which does not point back to ${path}`,
    notGuardedAfterLogout: (path: string, who: string, status: number) =>
      `GET ${path} ${who} answered ${status}: the page still shows, expected a redirect to /login. Logging out must clear what the guard checks`,
    followedStatus: (path: string, reached: string, status: number) =>
      `following the redirect from ${path} to ${reached} answered ${status}, expected the login page`,
    guardFlashMissing: (path: string, shown: string) =>
      `the login page reached from ${path} shows no flash containing "log in" or "login"; it shows ${shown}. Flash a message in the guard before redirecting`,
    loggingInFrom: (next: string) => `logging in from /login?next=${next}`,
    profileNameNotShown: (username: string) => `GET /profile after logging in does not show the username "${username}"`,
    offSiteNotRedirect: (what: string, status: number) => `${what} answered ${status}, expected ${REDIRECT} to a page of this site`,
    openRedirect: (what: string, location: string) =>
      `${what} redirected to ${location}: that leaves the site (an open redirect). Follow "next" only when it is a path on this site`,
    loginPageRedirects: (path: string, who: string, location: string) =>
      `GET ${path} ${who} redirected to ${location}: the login page must not need a login (nor bounce a logged-out visitor away)`,
    loginPageStatus: (path: string, who: string, status: number) =>
      `GET ${path} ${who} answered ${status}, expected 200 with the login form`,
    noLoginForm: (path: string, who: string) => `GET ${path} ${who} shows no form with inputs named username and password`,
  },
  'zh-CN': {
    titles: {
      '4.1': `未登录时 GET / 和 /profile 会重定向到 /login?next=...，该页面闪现一条含${phraseZh('log in')}的消息`,
      '4.2': '从 /login?next=/profile 登录后重定向到 /profile，该页面显示用户名',
      '4.3': '指向站外的 "next" 会被忽略：登录后重定向到本站的页面',
      '4.4': '未登录时仍能访问 /login',
      '4.5': '退出登录后，/ 和 /profile 再次重定向到 /login',
    },
    browserReads: (raw, resolved) => `${raw}（浏览器会把它读作 ${resolved}）`,
    withNoLogin: '未登录时',
    afterLoggingOut: '退出登录后',
    guardNotRedirect: (path, who, status) => `${who} GET ${path} 返回了 ${status}，应重定向（302 或 303）到 /login`,
    guardWrongTarget: (path, who, location) => `${who} GET ${path} 重定向到了 ${location}，应为 /login`,
    guardNoNext: (path, who, location) => `${who} GET ${path} 重定向到了 ${location}，没有带上用来回到 ${path} 的 "next" 查询参数`,
    guardNextWrong: (path, who, next) => `${who} GET ${path} 重定向时带的 next=${next} 没有指回 ${path}`,
    notGuardedAfterLogout: (path, who, status) =>
      `${who} GET ${path} 返回了 ${status}：页面仍然显示，应重定向到 /login。退出登录时必须清除守卫所检查的东西`,
    followedStatus: (path, reached, status) => `跟随从 ${path} 到 ${reached} 的重定向时返回了 ${status}，应显示登录页面`,
    guardFlashMissing: (path, shown) =>
      `从 ${path} 跳转到的登录页面没有显示含${phraseZh('log in', 'login')}的闪现消息；它显示的是：${shown}。请在守卫重定向之前闪现一条消息`,
    loggingInFrom: (next) => `从 /login?next=${next} 登录`,
    profileNameNotShown: (username) => `登录后 GET /profile 没有显示用户名“${username}”`,
    offSiteNotRedirect: (what, status) => `${what}时返回了 ${status}，应重定向（302 或 303）到本站的某个页面`,
    openRedirect: (what, location) => `${what}时重定向到了 ${location}：这会离开本站（开放重定向）。只有当 "next" 是本站的路径时才跟随它`,
    loginPageRedirects: (path, who, location) =>
      `${who} GET ${path} 重定向到了 ${location}：登录页面本身不能要求登录（也不能把已退出登录的访客赶走）`,
    loginPageStatus: (path, who, status) => `${who} GET ${path} 返回了 ${status}，应返回 200 并显示登录表单`,
    noLoginForm: (path, who) => `${who} GET ${path} 没有显示带 username 和 password 输入框的表单`,
  },
});
