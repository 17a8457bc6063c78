// Lesson 5's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// Hint level 3, the code, is the reference app's own regions (src/course/reference-code.ts).

export const zhCN = {
  '5.model': {
    todo: '建好数据库：SQLAlchemy(app)、带密码哈希的 User 模型、create_all()，以及带 user_loader 的 LoginManager',
    hints: [
      '用户现在存在一张表里；Flask-Login 需要把它存在会话里的东西还原成用户对象。会话里用每个用户自己的令牌而不是 id 来指代用户，这样退出登录才能让“记住我”的 cookie 失效。',
      '`class User(UserMixin, db.Model)`，列有 id、username、email、password_hash，再加一列 `login_token`（`default=new_token`），由 `get_id()` 返回；`set_password()` 保存 `generate_password_hash(password, method=app.config["PASSWORD_HASH_METHOD"])`；在 `with app.app_context():` 下调用 `db.create_all()`；`@login_manager.user_loader` 按令牌查找用户：`db.select(User).filter_by(login_token=token)`。',
    ],
  },
  '5.register': {
    todo: '添加 RegisterForm 和 /register 路由（表单在 register.html）：拒绝已被占用的用户名或邮箱，保存新用户',
    hints: [
      '注册和登录一样是个表单，只是字段更多，还要先确认用户名和邮箱没人用过。',
      '一个 `FlaskForm`，用 `StringField`、`PasswordField` 和验证器（`DataRequired`、`Email`、`Length`、`EqualTo("password")`）；`form.validate_on_submit()`；`db.session.add(user)` 和 `db.session.commit()`。',
    ],
  },
  '5.login': {
    todo: '用 LoginForm 重写 login：按用户名或邮箱查用户，核对哈希，login_user()，保留 next 的处理',
    hints: [
      '写死的 USERS 退场了：用户由数据库记着，谁已登录由 Flask-Login 记着。',
      '含“@”的名字是邮箱：`db.select(User).filter_by(email=name.lower())`，其他的用 `filter_by(username=name)`；`user.check_password(form.password.data)`，名字不存在时也要 `check_password_hash(DUMMY_HASH, form.password.data)`，两种情况都只算一次哈希；然后 `session.clear()`，再 `login_user(user, remember=form.remember.data)`。模板渲染 `form.hidden_tag()` 和表单的各个字段。',
    ],
  },
  '5.current': {
    todo: '其余地方都改用 Flask-Login：它的 login_required、视图和 base.html 里的 current_user、只收 POST 的 /logout 里调用 logout_user()',
    hints: [
      '你自己写的装饰器和对会话的读取，都让位给 Flask-Login：它知道谁是当前登录的用户。',
      '删掉你自己的 `login_required`（改从 flask_login 导入）；用 `current_user.username`；`@app.route("/logout", methods=["POST"])` 里先给用户换一个新的 `login_token`（`new_token()`，再 `db.session.commit()`），然后调用 `logout_user()`；“退出登录”按钮放在一个带 csrf_token 的小 POST 表单里。',
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
