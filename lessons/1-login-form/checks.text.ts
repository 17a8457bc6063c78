// Lesson 1's check titles and failure explanations, in every language (see src/i18n/i18n.ts).
import { catalog } from '../../src/i18n/i18n.js';
import { phraseZh } from '../helpers.text.js';

export const text = catalog({
  en: {
    titles: {
      '1.1': 'GET /login shows a form that posts a username and a password',
      '1.2': 'A wrong password, an unknown user or empty fields get the form again, saying "invalid"',
      '1.3': 'The right username and password redirect to /',
      '1.4': 'GET / answers 200',
    },
    loginPageStatus: (status: number) => `GET /login answered ${status}, expected 200`,
    noLoginForm: 'GET /login shows no <form> with inputs named "username" and "password"',
    formNotPost: (method: string) => `the login form's method is "${method}": write <form method="post">`,
    passwordNotHidden: (type: string | undefined) => `the password input has type="${type}": use type="password" so it is not shown`,
    failedLoginRedirects: (what: string, path: string | undefined) => `logging in with ${what} redirected to ${path}: it must not log in`,
    failedLoginStatus: (what: string, status: number) =>
      `logging in with ${what} answered ${status}, expected 200 or 401 with the form again`,
    noFormAgain: (what: string) => `logging in with ${what} did not show the login form again`,
    noInvalidError: (what: string) => `logging in with ${what} showed no error containing "invalid"`,
    homeStatus: (guarded: boolean, status: number) => `GET /${guarded ? ' after logging in' : ''} answered ${status}, expected 200`,
  },
  'zh-CN': {
    titles: {
      '1.1': 'GET /login 显示一个提交用户名和密码的表单',
      '1.2': `密码错误、用户不存在或字段为空时，重新显示表单，并给出含${phraseZh('invalid')}的错误提示`,
      '1.3': '正确的用户名和密码会重定向到 /',
      '1.4': 'GET / 返回 200',
    },
    loginPageStatus: (status) => `GET /login 返回了 ${status}，应返回 200`,
    noLoginForm: 'GET /login 没有显示带 "username" 和 "password" 输入框的 <form>',
    formNotPost: (method) => `登录表单的 method 是 "${method}"：请写成 <form method="post">`,
    passwordNotHidden: (type) => `密码输入框是 type="${type}"：请用 type="password"，输入的密码才不会显示出来`,
    failedLoginRedirects: (what, path) => `用${what}登录时重定向到了 ${path}：这种情况下不能登录`,
    failedLoginStatus: (what, status) => `用${what}登录时返回了 ${status}，应返回 200 或 401 并重新显示表单`,
    noFormAgain: (what) => `用${what}登录后没有重新显示登录表单`,
    noInvalidError: (what) => `用${what}登录后没有显示含${phraseZh('invalid')}的错误提示`,
    homeStatus: (guarded, status) => `${guarded ? '登录后 ' : ''}GET / 返回了 ${status}，应返回 200`,
  },
});
