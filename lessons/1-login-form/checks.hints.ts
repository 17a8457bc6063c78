// Lesson 1's hints by reason code, level 1 then level 2, in both languages (see hintForReason).
import { catalog } from '../../src/i18n/i18n.js';
import type { HintInput, ReasonHints } from '../error-hints.js';

const methods405 = (input: HintInput) =>
  input.status === 405
    ? 'POST /login answered 405 Method Not Allowed: the route takes only GET until you say `methods=["GET", "POST"]`.'
    : undefined;
const methods405Zh = (input: HintInput) =>
  input.status === 405 ? 'POST /login 返回了 405 Method Not Allowed：除非写上 `methods=["GET", "POST"]`，路由只接受 GET。' : undefined;

export const reasonHints = catalog<ReasonHints>({
  en: {
    'no-login-form': [
      'The inputs need exactly name="username" and name="password": the browser sends each field by its name=, not by its id or label.',
      'Compare the <input> tags in templates/login.html with request.form["username"] and request.form["password"].',
    ],
    'login-page-status': [
      (input) =>
        input.status === 404
          ? 'GET /login answered 404: is there an `@app.route("/login", ...)`, and is the file you run the one verify runs (app.py)?'
          : input.status === 400
            ? 'A 400 on GET /login is a request.args["next"] or request.form[...] read when the query or form lacks it: use request.args.get("next").'
            : undefined,
    ],
    'login-not-redirect': [
      (input) =>
        methods405(input) ?? 'After a correct login, `return redirect(url_for("index"))` instead of rendering a page: post, redirect, get.',
    ],
    'failed-login-status': [(input) => methods405(input)],
    'failed-login-redirects': [
      'A failed login shows the form again, with the error: `return render_template("login.html", error=...)`, not a redirect.',
    ],
    'no-invalid-error': [
      'Show one message containing "invalid" for every failed login, the same text for a wrong password, an unknown user and empty fields, and render it in the template: `{{ error }}`.',
    ],
    'wrong-redirect': ['After a correct login, `return redirect(url_for("index"))`: the home page is `/`.'],
  },
  'zh-CN': {
    'no-login-form': [
      '输入框必须正好是 name="username" 和 name="password"：浏览器按 name= 提交字段，而不是按 id 或标签文字。',
      '对照 templates/login.html 里的 <input> 标签和 request.form["username"]、request.form["password"]。',
    ],
    'login-page-status': [
      (input) =>
        input.status === 404
          ? 'GET /login 返回了 404：有没有 `@app.route("/login", ...)`？你运行的是不是 verify 运行的那个文件（app.py）？'
          : input.status === 400
            ? 'GET /login 返回 400，通常是在查询参数或表单里没有该键时读取了 request.args["next"] 或 request.form[...]：请用 request.args.get("next")。'
            : undefined,
    ],
    'login-not-redirect': [
      (input) => methods405Zh(input) ?? '登录成功后请 `return redirect(url_for("index"))`，而不是渲染页面：提交、重定向、再获取。',
    ],
    'failed-login-status': [(input) => methods405Zh(input)],
    'failed-login-redirects': ['登录失败时应重新显示表单并给出错误：`return render_template("login.html", error=...)`，而不是重定向。'],
    'no-invalid-error': [
      '每次登录失败都显示同一条含“无效”或“错误”（英文 "invalid"）的消息，密码错误、用户不存在和字段为空时文字相同，并在模板里渲染它：`{{ error }}`。',
    ],
    'wrong-redirect': ['登录成功后请 `return redirect(url_for("index"))`：首页是 `/`。'],
  },
});
