// Lesson 1's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// A hint that is code is the English hint itself: the generated app's code is English.
import { exercises } from './exercises.js';

const english = (id: string) => exercises.find((exercise) => exercise.id === id)!.hints;
/** A hint's code block without the sentence after it. */
const codeOf = (hint: string) => hint.slice(0, hint.lastIndexOf('```') + 3);

export const zhCN = {
  '1.login': {
    todo: '添加 /login 路由（GET 和 POST），用 USERS 核对表单提交的用户名和密码',
    hints: [
      '同一个视图既能响应显示表单的 GET，也能响应提交表单的 POST：用 `request.method` 区分两者。',
      '`@app.route("/login", methods=["GET", "POST"])`；用 `request.form.get("username", "")` 读取字段；成功时 `redirect(url_for("index"))`，否则重新渲染表单，并带上一条含“错误”或“无效”的提示（英文应用写 "invalid"）。',
      // The English code, then this lesson's sentence after it in Chinese.
      `${codeOf(english('1.login')[2])}
（中文应用里这句是 \`error = "用户名或密码错误。"\`。）再在 \`templates/index.html\` 里加一个指向它的链接：\`<a href="{{ url_for('login') }}">登录</a>\`。`,
    ],
  },
  '1.form': {
    todo: '写登录表单：method 为 post，输入框 username 和 password，以及错误提示',
    hints: [
      '浏览器按 `name` 提交表单的各个字段；视图读取的正是这些名字。',
      '一个 `<form method="post">`，里面有 `<input name="username">` 和 `<input type="password" name="password">`，再用 `{% if error %}` 显示错误提示。',
      english('1.form')[2],
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
