// Lesson 1's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// Hint level 3, the code, is the reference app's own regions (src/course/reference-code.ts).

export const zhCN = {
  '1.login': {
    todo: '添加 /login 路由（GET 和 POST），用 USERS 核对表单提交的用户名和密码',
    hints: [
      '同一个视图既能响应显示表单的 GET，也能响应提交表单的 POST：用 `request.method` 区分两者。',
      '`@app.route("/login", methods=["GET", "POST"])`；用 `request.form.get("username", "")` 读取字段；成功时 `redirect(url_for("index"))`，否则重新渲染表单，并带上一条含“错误”或“无效”的提示（英文应用写 "invalid"）。',
    ],
  },
  '1.form': {
    todo: '写登录表单：method 为 post，输入框 username 和 password，以及错误提示',
    hints: [
      '浏览器按 `name` 提交表单的各个字段；视图读取的正是这些名字。',
      '一个 `<form method="post">`，里面有 `<input name="username">` 和 `<input type="password" name="password">`，再用 `{% if error %}` 显示错误提示。',
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
