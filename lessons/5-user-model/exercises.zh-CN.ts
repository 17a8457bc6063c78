// Lesson 5's exercise texts in Chinese (exercises.ts has the English, the ids and the checks).
// The code blocks stay exactly as in English: the generated app's code is English.
export const zhCN = {
  '5.model': {
    todo: '建好数据库：SQLAlchemy(app)、带密码哈希的 User 模型、create_all()，以及带 user_loader 的 LoginManager',
    hints: [
      '用户现在存在一张表里；Flask-Login 需要把它存在会话里的 id 还原成用户对象。',
      '`db = SQLAlchemy(app)`；`class User(UserMixin, db.Model)`，列有 id、username、email 和 password_hash；`generate_password_hash(password, method="pbkdf2:sha256")`；`@login_manager.user_loader` 返回 `db.session.get(User, int(user_id))`。',
      '```python\ndb = SQLAlchemy(app)\ncsrf = CSRFProtect(app)\nlogin_manager = LoginManager(app)\nlogin_manager.login_view = "login"\n\n\nclass User(UserMixin, db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    username = db.Column(db.String(80), unique=True, nullable=False)\n    email = db.Column(db.String(120), unique=True, nullable=False)\n    password_hash = db.Column(db.String(256), nullable=False)\n\n\nwith app.app_context():\n    db.create_all()\n\n\n@login_manager.user_loader\ndef load_user(user_id):\n    return db.session.get(User, int(user_id))\n```',
    ],
  },
  '5.register': {
    todo: '添加 RegisterForm 和 /register 路由（表单在 register.html）：拒绝已被占用的用户名或邮箱，保存新用户',
    hints: [
      '注册和登录一样是个表单，只是字段更多，还要先确认用户名和邮箱没人用过。',
      '一个 `FlaskForm`，用 `StringField`、`PasswordField` 和验证器（`DataRequired`、`Email`、`Length`、`EqualTo("password")`）；`form.validate_on_submit()`；`db.session.add(user)` 和 `db.session.commit()`。',
      '```python\n@app.route("/register", methods=["GET", "POST"])\ndef register():\n    form = RegisterForm()\n    if form.validate_on_submit():\n        if db.session.scalar(db.select(User).filter_by(username=form.username.data)):\n            flash("That username is taken.", "error")\n        else:\n            user = User(username=form.username.data, email=form.email.data)\n            user.set_password(form.password.data)\n            db.session.add(user)\n            db.session.commit()\n            flash("Your account is ready. You can log in now.", "success")\n            return redirect(url_for("login"))\n    return render_template("register.html", form=form)\n```',
    ],
  },
  '5.login': {
    todo: '用 LoginForm 重写 login：按用户名或邮箱查用户，核对哈希，login_user()，保留 next 的处理',
    hints: [
      '写死的 USERS 退场了：用户由数据库记着，谁已登录由 Flask-Login 记着。',
      '`db.select(User).where((User.username == name) | (User.email == name))`、`user.check_password(...)`、`login_user(user, remember=form.remember.data)`；模板渲染表单的各个字段和 `form.hidden_tag()`。',
      '```python\nform = LoginForm()\nnext_page = request.values.get("next", "")\nif form.validate_on_submit():\n    name = form.username.data\n    user = db.session.scalar(db.select(User).where((User.username == name) | (User.email == name)))\n    if user is not None and user.check_password(form.password.data):\n        login_user(user, remember=form.remember.data)\n        flash("You are logged in.", "success")\n        if is_safe_next(next_page):\n            return redirect(next_page)\n        return redirect(url_for("index"))\nif form.is_submitted():\n    flash("Invalid username or password.", "error")\nreturn render_template("login.html", form=form, next_page=next_page)\n```',
    ],
  },
  '5.current': {
    todo: '其余地方都改用 Flask-Login：它的 login_required、视图和 base.html 里的 current_user、只收 POST 的 /logout 里调用 logout_user()',
    hints: [
      '你自己写的装饰器和对会话的读取，都让位给 Flask-Login：它知道谁是当前登录的用户。',
      '删掉你自己的 `login_required`（改从 flask_login 导入）；用 `current_user.username`；`@app.route("/logout", methods=["POST"])` 里调用 `logout_user()`，“退出登录”按钮放在一个带 csrf_token 的小 POST 表单里。',
      '```python\n@app.route("/logout", methods=["POST"])\ndef logout():\n    logout_user()\n    flash("You are logged out.", "info")\n    return redirect(url_for("login"))\n```\n\n```html\n<form method="post" action="{{ url_for(\'logout\') }}">\n  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">\n  <button type="submit">Log out</button>\n</form>\n```',
    ],
  },
} satisfies Record<string, { todo: string; hints: string[] }>;
