// Lesson 2's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// Hint level 3, the code, is the reference app's own regions (src/course/reference-code.ts).

export const zhCN = {
  '2.secret': {
    todo: '给应用一个随机的 SECRET_KEY 默认值，再让 FLASK_* 环境变量覆盖它',
    hints: [
      'Flask 用 `SECRET_KEY` 给会话 cookie 签名；没有密钥，写会话就会失败。密钥不能是写死在代码里的字符串。',
      '`secrets.token_hex(32)` 生成随机的默认值；`app.config.from_prefixed_env()`（放在默认值之后）从环境变量读取 `FLASK_SECRET_KEY`。',
    ],
  },
  '2.session': {
    todo: '在下面的 login 里：密码正确后把用户名存进会话（重定向保留不动）',
    hints: [
      'Flask 的 `session` 是一个存放在签名 cookie 里的字典：这次放进去的东西，下一个请求还能取回来。',
      '从 flask 导入 `session`，就在重定向之前写 `session["username"] = username`，而且只在那里写。',
    ],
  },
  '2.home': {
    todo: '显示谁已登录：把 session.get("username") 传给 index.html，已登录就问候，否则给出登录链接',
    hints: [
      '从没登录过的访客，会话里没有 "username"，这不能算错误。',
      '`session.get("username")` 取不到时给 None，而不是抛出 KeyError；模板里用 `{% if username %}` 在两段文字之间选一段。',
    ],
  },
  '2.logout': {
    todo: '添加 /logout 路由：清空会话，然后重定向回首页',
    hints: [
      '退出登录就是“忘掉”：登录时放进会话的东西，得从会话里拿走。',
      '`session.clear()` 清掉登录时存下的一切，然后 `redirect(url_for("index"))`。',
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
