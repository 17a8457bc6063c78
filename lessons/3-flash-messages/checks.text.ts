// Lesson 3's check titles and failure explanations, in every language (see src/i18n/i18n.ts).
import { catalog } from '../../src/i18n/i18n.js';
import { phraseZh } from '../helpers.text.js';

const IN_BASE = 'render flashes in the base template every page extends';
const IN_BASE_ZH = '请在每个页面都继承的基础模板里渲染闪现消息';

export const text = catalog({
  en: {
    titles: {
      '3.1': 'A successful login flashes "logged in" (success) once',
      '3.2': 'Logging out flashes "logged out" (info or success)',
      '3.3': 'A failed login flashes "invalid" (error)',
      '3.4': 'Flashes show on / and on /login alike (a base template renders them)',
      '3.5': 'GET /login opened directly, with nothing before it, shows no flash',
    },
    flashMissing: (where: string, phrase: string, shown: string) => `${where} shows no flash containing ${phrase}; it shows ${shown}`,
    flashCategory: (flash: string, categories: string[], expected: string[]) =>
      `the "${flash}" flash has category ${categories.join(', ') || '(none)'}; expected ${expected.join(' or ')} (class flash-${expected[0]})`,
    flashSwapped: (where: string, shown: string) =>
      `${where} shows a flash whose text is "${shown}", a category's name: flash()'s arguments are swapped (the message comes first, then the category)`,
    shownElsewhere: (where: string, phrase: string, path: string) =>
      `${where} shows no flash at all, yet ${path}, opened next, shows the ${phrase} flash: that page renders no flashes; ${IN_BASE}`,
    afterLogin: (path: string) => `the page after logging in (${path})`,
    afterLogout: (path: string) => `the page after logging out (${path})`,
    afterWrongPassword: 'the page after a wrong password',
    flashRepeated: (path: string) => `loading ${path} again still flashes "logged in": flash once, in the POST that logs in`,
    notInBaseAfterLogin: (path: string) => `after logging in, ${path} shows no "logged in" flash: ${IN_BASE}`,
    notInBaseAfterLogout: (path: string) => `after logging out, ${path} shows no "logged out" flash: ${IN_BASE}`,
    flashWithoutCause: (path: string, shown: string) =>
      `${path}, opened directly by a new visitor, shows ${shown}: a flash reports something that just happened (a login, a logout, a refused page), and here nothing has`,
  },
  'zh-CN': {
    titles: {
      '3.1': `登录成功时闪现一次含${phraseZh('logged in')}的消息，类别为 success`,
      '3.2': `退出登录时闪现含${phraseZh('logged out')}的消息，类别为 info 或 success`,
      '3.3': `登录失败时闪现含${phraseZh('invalid')}的消息，类别为 error`,
      '3.4': '闪现消息在 / 和 /login 上都能显示（由基础模板渲染）',
      '3.5': '直接打开 GET /login（之前什么都没发生）时不显示闪现消息',
    },
    flashMissing: (where, phrase, shown) => `${where}没有显示包含${phrase}的闪现消息；它显示的是：${shown}`,
    flashCategory: (flash, categories, expected) =>
      `闪现消息“${flash}”的类别是 ${categories.join('、') || '（无）'}；应为 ${expected.join(' 或 ')}（class flash-${expected[0]}）`,
    flashSwapped: (where, shown) =>
      `${where}显示了一条文字为“${shown}”的闪现消息，这是一个类别的名字：flash() 的两个参数写反了（消息在前，类别在后）`,
    shownElsewhere: (where, phrase, path) =>
      `${where}没有显示任何闪现消息，但接着打开的 ${path} 显示了含${phrase}的闪现消息：那个页面不渲染闪现消息；${IN_BASE_ZH}`,
    afterLogin: (path) => `登录后的页面（${path}）`,
    afterLogout: (path) => `退出登录后的页面（${path}）`,
    afterWrongPassword: '输错密码后的页面',
    flashRepeated: (path) => `再次加载 ${path} 时仍闪现含${phraseZh('logged in')}的消息：只在处理登录的那次 POST 里闪现一次`,
    notInBaseAfterLogin: (path) => `登录后，${path} 没有显示含${phraseZh('logged in')}的闪现消息：${IN_BASE_ZH}`,
    notInBaseAfterLogout: (path) => `退出登录后，${path} 没有显示含${phraseZh('logged out')}的闪现消息：${IN_BASE_ZH}`,
    flashWithoutCause: (path, shown) =>
      `新访客直接打开 ${path} 时显示了${shown}：闪现消息报告刚刚发生的事（登录、退出、被拒之门外的页面），而这里什么都没有发生`,
  },
});
