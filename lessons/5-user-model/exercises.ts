import type { Exercise } from '../../src/engine/exercises.js';

// Every check of lessons 1 to 5 needs a registered user, so the starter fails them all until
// the model and /register exist.
const EVERY_CHECK = [
  ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '4.4', '4.5'],
  ...['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10'],
];

export const exercises: Exercise[] = [
  {
    id: '5.model',
    todo: 'set up the database: SQLAlchemy(app), a User model with a hashed password, create_all(), and Flask-Login\'s LoginManager with a user_loader',
    hints: [
      'Users now live in a table, and Flask-Login needs to turn the id it keeps in the session back into a user.',
      '`db = SQLAlchemy(app)`; `class User(UserMixin, db.Model)` with id, username, email and password_hash columns; `generate_password_hash(password, method="pbkdf2:sha256")`; `@login_manager.user_loader` returning `db.session.get(User, int(user_id))`.',
      '```python\ndb = SQLAlchemy(app)\ncsrf = CSRFProtect(app)\nlogin_manager = LoginManager(app)\nlogin_manager.login_view = "login"\n\n\nclass User(UserMixin, db.Model):\n    id = db.Column(db.Integer, primary_key=True)\n    username = db.Column(db.String(80), unique=True, nullable=False)\n    email = db.Column(db.String(120), unique=True, nullable=False)\n    password_hash = db.Column(db.String(256), nullable=False)\n\n\nwith app.app_context():\n    db.create_all()\n\n\n@login_manager.user_loader\ndef load_user(user_id):\n    return db.session.get(User, int(user_id))\n```',
    ],
    checks: [...EVERY_CHECK],
  },
  {
    id: '5.register',
    todo: 'add RegisterForm and a /register route (form in register.html) that refuses a taken username or email and stores a new user',
    hints: [
      'Registering is a form like login, with more fields and a check that nobody has the name or email yet.',
      'A `FlaskForm` with `StringField`, `PasswordField` and validators (`DataRequired`, `Email`, `Length`, `EqualTo("password")`); `form.validate_on_submit()`; `db.session.add(user)` and `db.session.commit()`.',
      '```python\n@app.route("/register", methods=["GET", "POST"])\ndef register():\n    form = RegisterForm()\n    if form.validate_on_submit():\n        if db.session.scalar(db.select(User).filter_by(username=form.username.data)):\n            flash("That username is taken.", "error")\n        else:\n            user = User(username=form.username.data, email=form.email.data)\n            user.set_password(form.password.data)\n            db.session.add(user)\n            db.session.commit()\n            flash("Your account is ready. You can log in now.", "success")\n            return redirect(url_for("login"))\n    return render_template("register.html", form=form)\n```',
    ],
    checks: [...EVERY_CHECK],
  },
  {
    id: '5.login',
    todo: 'rewrite login with a LoginForm: look the user up by username or email, check the hash, login_user(), and keep the next handling',
    hints: [
      'The hard-coded USERS goes: the database knows the users, and Flask-Login keeps who is logged in.',
      '`db.select(User).where((User.username == name) | (User.email == name))`, `user.check_password(...)`, `login_user(user, remember=form.remember.data)`; the template renders the form\'s fields and `form.hidden_tag()`.',
      '```python\nform = LoginForm()\nnext_page = request.values.get("next", "")\nif form.validate_on_submit():\n    name = form.username.data\n    user = db.session.scalar(db.select(User).where((User.username == name) | (User.email == name)))\n    if user is not None and user.check_password(form.password.data):\n        login_user(user, remember=form.remember.data)\n        flash("You are logged in.", "success")\n        if is_safe_next(next_page):\n            return redirect(next_page)\n        return redirect(url_for("index"))\nif form.is_submitted():\n    flash("Invalid username or password.", "error")\nreturn render_template("login.html", form=form, next_page=next_page)\n```',
    ],
    checks: EVERY_CHECK.filter((id) => !['5.1', '5.2', '5.5', '5.10'].includes(id)),
  },
  {
    id: '5.current',
    todo: 'use Flask-Login everywhere else: its login_required, current_user in the views and base.html, and logout_user() on a POST-only /logout',
    hints: [
      'Your own decorator and the session reads give way to Flask-Login, which knows the logged-in user.',
      'Delete your `login_required` (the import from flask_login replaces it); `current_user.username`; `@app.route("/logout", methods=["POST"])` with `logout_user()`, and a small POST form with the csrf_token for the Log out button.',
      '```python\n@app.route("/logout", methods=["POST"])\ndef logout():\n    logout_user()\n    flash("You are logged out.", "info")\n    return redirect(url_for("login"))\n```\n\n```html\n<form method="post" action="{{ url_for(\'logout\') }}">\n  <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">\n  <button type="submit">Log out</button>\n</form>\n```',
    ],
    checks: ['2.2', '2.3', '3.2', '4.1', '4.2', '4.5', '5.3', '5.6', '5.7'],
  },
];
