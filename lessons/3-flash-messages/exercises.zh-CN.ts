// Lesson 3's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// Hint level 3, the code, is the reference app's own regions (src/course/reference-code.ts).

export const zhCN = {
  '3.flash': {
    todo: '登录成功时闪现“登录成功。”（success），失败时闪现“用户名或密码错误。”（error），退出登录时闪现“你已退出登录。”（info）',
    hints: [
      '闪现消息先存在会话里，等下一个页面把它显示出来，所以经过一次重定向，它依然还在。',
      '从 flask 导入 `flash`，先传消息、再传类别：`flash("登录成功。", "success")`；退出登录时要在 `session.clear()` 之后再调用它，否则会被一起清掉。',
    ],
  },
  '3.base': {
    todo: '写 base.html：包住内容块的页面框架，显示每条闪现消息，并把类别写进 class',
    hints: [
      '闪现消息由接下来渲染的那个页面显示，所以显示它的代码应放在每个页面都继承的那个模板里。',
      '`get_flashed_messages(with_categories=true)` 给出一对对（类别，消息）；每条都标上 `class="flash flash-{{ category }}"`，再留出 `{% block content %}` 给各个页面。',
    ],
  },
  '3.extend': {
    todo: '让这个页面继承 base.html：标题和内容放进块里（错误段落删掉，改由闪现消息显示）',
    hints: [
      '每个页面只留自己独有的内容；外框和消息都来自 base.html。',
      '第一行写 `{% extends "base.html" %}`，再写 `{% block title %}…{% endblock %}` 和 `{% block content %}…{% endblock %}`。',
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
