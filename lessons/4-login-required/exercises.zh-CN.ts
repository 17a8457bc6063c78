// Lesson 4's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// Hint level 3, the code, is the reference app's own regions (src/course/reference-code.ts).

export const zhCN = {
  '4.guard': {
    todo: '写 login_required 装饰器：会话里没有用户名，就闪现一条消息并重定向到登录页，next= 当前页面',
    hints: [
      '装饰器接收视图，返回一个新函数：新函数先运行，由它决定视图到底运不运行。',
      '`functools.wraps(view)` 保留端点名；`redirect(url_for("login", next=request.full_path if request.query_string else request.path))`。',
    ],
  },
  '4.protect': {
    todo: '守住页面：给 / 和新的 /profile 页加上 @login_required（profile.html 显示用户名）',
    hints: [
      '装饰器只保护加了它的视图，而且要写在 `@app.route` 下面。',
      '先 `@app.route("/profile")`，再 `@login_required`；渲染 profile.html 时传入 `username=session.get("username")`。',
    ],
  },
  '4.next': {
    todo: '写 is_safe_next(target)：只对本站路径返回 True（仅以一个 / 开头，不含反斜杠、制表符、换行，没有协议和主机）',
    hints: [
      '`next` 来自地址栏，谁都能改：只能跟随本站的路径，否则你的登录页就成了开放重定向。',
      '`urllib.parse.urlsplit(target)` 得出的结果必须既没有 scheme 也没有 netloc；在这之前，还要拒绝 `//<host>`、`/\\<host>` 和控制字符。',
    ],
  },
  '4.follow': {
    todo: '在下面的 login 里：从请求读取 next，用隐藏字段带着它，登录后若 is_safe_next() 通过就重定向过去',
    hints: [
      '守卫把 `next` 放在 GET 请求的 URL 里；POST 请求里有没有它，取决于表单有没有把它送回来。',
      '`request.values.get("next", "")` 两处都能读到；把它传给模板，写 `<input type="hidden" name="next" value="{{ next_page }}">`，安全时 `redirect(next_page)`。',
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
