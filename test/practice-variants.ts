// The learner-variant corpus: three other correct solutions of every lesson's TODOs, each
// written differently from the reference (other names, other order, helper functions, extra
// blank lines and comments). test/practice.test.ts walks each from lesson 1 to 5 in practice
// mode: every lesson must pass verify, and every next-lesson must merge with 0 conflicts.
import fs from 'node:fs/promises';
import { join } from 'node:path';

/** One exercise solved in one file: the first `TODO(todo)` line goes (or becomes `code`), then each edit applies once. */
export interface Step {
  file: string;
  todo: string;
  code?: string;
  edits?: [find: string, replace: string][];
}

export interface Variant {
  name: string;
  lessons: Record<number, Step[]>;
}

/** Do what a learner does: replace the TODO line with their code and change the lines it names. */
export async function applySteps(dir: string, steps: Step[], label: string): Promise<void> {
  for (const step of steps) {
    const path = join(dir, step.file);
    let text = await fs.readFile(path, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.includes(`TODO(${step.todo})`));
    if (at < 0) throw new Error(`${label}: no TODO(${step.todo}) left in ${step.file}`);
    lines.splice(at, 1, ...(step.code === undefined ? [] : step.code.split('\n')));
    text = lines.join('\n');
    for (const [find, replace] of step.edits ?? []) {
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`${label}: ${step.file} holds ${JSON.stringify(find)} ${count} times, not once`);
      text = text.replace(find, replace);
    }
    await fs.writeFile(path, text);
  }
}

const HEAD_HOME = '<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Home</title>\n</head>\n<body>\n';
const HEAD_LOGIN = HEAD_HOME.replace('Home', 'Log in');
const TAIL = '</body>\n</html>\n';
/** Lesson 3: a page becomes a child of base.html, its title as given. */
const extend = (head: string, title: string): [string, string][] => [
  [head, `{% extends "base.html" %}\n{% block title %}${title}{% endblock %}\n{% block content %}\n`],
  [TAIL, '{% endblock %}\n'],
];

// Lesson 5's model, forms and views are long; each variant writes them its own way.
const MODEL_A = `class User(UserMixin, db.Model):
    __tablename__ = "accounts"
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120), unique=True, nullable=False)
    pw_hash = db.Column(db.String(256), nullable=False)
    login_token = db.Column(db.String(64), unique=True, nullable=False, default=new_token)

    def get_id(self):
        return self.login_token

    def set_password(self, raw):
        self.pw_hash = generate_password_hash(raw, method=app.config["PASSWORD_HASH_METHOD"])

    def check_password(self, raw):
        return check_password_hash(self.pw_hash, raw)


with app.app_context():
    db.create_all()

DUMMY_HASH = generate_password_hash("not-a-real-password", method=app.config["PASSWORD_HASH_METHOD"])


@login_manager.user_loader
def find_user(token):
    return db.session.scalar(db.select(User).where(User.login_token == token))`;

const MODEL_B = `@login_manager.user_loader
def load_user(token):
    return User.query.filter_by(login_token=token).first()


class User(db.Model, UserMixin):
    """Someone who registered."""

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120), unique=True, nullable=False)
    password_hash = db.Column(db.String(256), nullable=False)
    login_token = db.Column(db.String(64), unique=True, nullable=False, default=new_token)

    def get_id(self):
        return self.login_token

    def set_password(self, password):
        method = app.config["PASSWORD_HASH_METHOD"]
        self.password_hash = generate_password_hash(password, method=method)

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)


with app.app_context():
    db.create_all()
    DUMMY_HASH = generate_password_hash(secrets.token_hex(8), method=app.config["PASSWORD_HASH_METHOD"])`;

const MODEL_C = `class User(UserMixin, db.Model):

    # The columns.
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(120), unique=True, nullable=False)
    username = db.Column(db.String(80), unique=True, nullable=False)
    password_hash = db.Column(db.String(256), nullable=False)

    # Replaced at logout, so old cookies stop working.
    login_token = db.Column(db.String(64), unique=True, nullable=False, default=new_token)

    def get_id(self):
        return self.login_token

    def set_password(self, password):
        self.password_hash = generate_password_hash(
            password,
            method=app.config["PASSWORD_HASH_METHOD"],
        )

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)


# Tables first, then the dummy hash for unknown users.
with app.app_context():
    db.create_all()
DUMMY_HASH = generate_password_hash(secrets.token_hex(16), method=app.config["PASSWORD_HASH_METHOD"])


@login_manager.user_loader
def load_user(token):

    return db.session.execute(db.select(User).filter_by(login_token=token)).scalar_one_or_none()`;

const REGISTER_FORM = (name: string, extra = '') => `class ${name}(FlaskForm):${extra}
    username = StringField("Username", filters=[strip], validators=[DataRequired(), Length(max=80), Regexp(r"^[^@]+$", message="No @ in a username.")])
    email = StringField("Email", filters=[strip, lower], validators=[DataRequired(), Email(), Length(max=120)])
    password = PasswordField("Password", validators=[DataRequired(), Length(min=8)])
    confirm = PasswordField("Repeat password", validators=[DataRequired(), EqualTo("password", message="The passwords differ.")])`;

const REGISTER_HTML = (action: string) => `  <form method="post" action="${action}">
    {{ form.csrf_token }}
    <p>{{ form.username.label }} {{ form.username() }} {% for e in form.username.errors %}<em class="field-error">{{ e }}</em>{% endfor %}</p>
    <p>{{ form.email.label }} {{ form.email() }} {% for e in form.email.errors %}<em class="field-error">{{ e }}</em>{% endfor %}</p>
    <p>{{ form.password.label }} {{ form.password() }} {% for e in form.password.errors %}<em class="field-error">{{ e }}</em>{% endfor %}</p>
    <p>{{ form.confirm.label }} {{ form.confirm() }} {% for e in form.confirm.errors %}<em class="field-error">{{ e }}</em>{% endfor %}</p>
    <button type="submit">Sign up</button>
  </form>`;

const LOGIN_HTML = `  <h1>Log in</h1>
  <form method="post" action="{{ url_for('login') }}">
    {{ form.hidden_tag() }}
    {% if next_page %}<input type="hidden" name="next" value="{{ next_page }}">{% endif %}
    <p>{{ form.username.label }} {{ form.username() }}</p>
    <p>{{ form.password.label }} {{ form.password() }}</p>
    <p>{{ form.remember() }} {{ form.remember.label }}</p>
    <button type="submit">Log in</button>
  </form>
  <p><a href="{{ url_for('register') }}">Create an account</a></p>`;

const NAV_5 = `  {% if current_user.is_authenticated %}
    <nav>
      <a href="{{ url_for('index') }}">Home</a> <a href="{{ url_for('profile') }}">Profile</a>
      <form method="post" action="{{ url_for('logout') }}"><input type="hidden" name="csrf_token" value="{{ csrf_token() }}"><button>Log out</button></form>
    </nav>
  {% endif %}`;

export const variants: Variant[] = [
  {
    name: 'a-other-names',
    lessons: {
      1: [
        {
          file: 'app.py',
          todo: '1.login',
          code: `@app.route("/login", methods=["GET", "POST"])
def login():
    message = None
    if request.method == "POST":
        name = request.form.get("username", "")
        secret = request.form.get("password", "")
        if name in USERS and USERS[name] == secret:
            return redirect(url_for("index"))
        message = "Invalid credentials, try again."
    return render_template("login.html", error=message)`,
        },
        { file: 'templates/index.html', todo: '1.login', code: `  <p><a href="{{ url_for('login') }}">Sign in</a></p>` },
        {
          file: 'templates/login.html',
          todo: '1.form',
          code: `  <form method="post">
    {% if error %}<div class="error">{{ error }}</div>{% endif %}
    <p><input name="username" placeholder="Username"></p>
    <p><input name="password" type="password" placeholder="Password"></p>
    <p><input type="submit" value="Sign in"></p>
  </form>`,
        },
      ],
      2: [
        { file: 'app.py', todo: '2.secret', code: 'app.config["SECRET_KEY"] = secrets.token_urlsafe(48)' },
        {
          file: 'app.py',
          todo: '2.home',
          edits: [['    return render_template("index.html")\n', '    user = session.get("username")\n    return render_template("index.html", username=user)\n']],
        },
        {
          file: 'app.py',
          todo: '2.session',
          edits: [['        if name in USERS and USERS[name] == secret:\n', '        if name in USERS and USERS[name] == secret:\n            session.clear()\n            session["username"] = name\n']],
        },
        { file: 'app.py', todo: '2.logout', code: '@app.route("/logout")\ndef logout():\n    session.pop("username", None)\n    return redirect(url_for("index"))' },
        {
          file: 'templates/index.html',
          todo: '2.home',
          edits: [[`  <p><a href="{{ url_for('login') }}">Sign in</a></p>\n`, `  {% if username %}<p>Hi {{ username }}! <a href="{{ url_for('logout') }}">Sign out</a></p>{% else %}<p><a href="{{ url_for('login') }}">Sign in</a></p>{% endif %}\n`]],
        },
      ],
      3: [
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            ['            session["username"] = name\n', '            session["username"] = name\n            flash("Welcome, you are logged in!", "success")\n'],
            ['        message = "Invalid credentials, try again."\n', '        flash("Invalid credentials, try again.", "error")\n'],
          ],
        },
        { file: 'app.py', todo: '3.flash', edits: [['    session.pop("username", None)\n', '    session.pop("username", None)\n    flash("You are logged out now.", "info")\n']] },
        {
          file: 'templates/base.html',
          todo: '3.base',
          code: '  {% with messages = get_flashed_messages(with_categories=true) %}{% for cat, msg in messages %}<div class="flash flash-{{ cat }}">{{ msg }}</div>{% endfor %}{% endwith %}',
        },
        { file: 'templates/index.html', todo: '3.extend', edits: extend(HEAD_HOME, 'Welcome') },
        { file: 'templates/login.html', todo: '3.extend', edits: [...extend(HEAD_LOGIN, 'Sign in'), ['    {% if error %}<div class="error">{{ error }}</div>{% endif %}\n', '']] },
      ],
      4: [
        {
          file: 'app.py',
          todo: '4.guard',
          code: `def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "username" not in session:
            flash("You need to log in first.", "info")
            return redirect(url_for("login", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)
    return wrapper`,
        },
        {
          file: 'app.py',
          todo: '4.next',
          code: `def is_safe_next(target):
    if not target or target[0] != "/" or target[1:2] in ("/", "\\\\"):
        return False
    if any(ord(c) < 32 or c == "\\\\" for c in target):
        return False
    split = urlsplit(target)
    return split.scheme == "" and split.netloc == ""`,
        },
        { file: 'app.py', todo: '4.protect', code: '@app.route("/profile")\n@login_required\ndef profile():\n    return render_template("profile.html", username=session["username"])' },
        { file: 'app.py', todo: '4.protect', code: '@login_required' },
        {
          file: 'app.py',
          todo: '4.follow',
          edits: [
            ['    message = None\n', '    message = None\n    nxt = request.values.get("next", "")\n'],
            ['            flash("Welcome, you are logged in!", "success")\n            return redirect(url_for("index"))\n', '            flash("Welcome, you are logged in!", "success")\n            return redirect(nxt if is_safe_next(nxt) else url_for("index"))\n'],
            ['    return render_template("login.html", error=message)\n', '    return render_template("login.html", error=message, next_page=nxt)\n'],
          ],
        },
        { file: 'app.py', todo: '4.protect', edits: [['    flash("You are logged out now.", "info")\n    return redirect(url_for("index"))\n', '    flash("You are logged out now.", "info")\n    return redirect(url_for("login"))\n']] },
        {
          file: 'templates/base.html',
          todo: '4.protect',
          code: `  {% if session.username %}<nav><a href="{{ url_for('index') }}">Home</a> | <a href="{{ url_for('profile') }}">Profile</a> | <a href="{{ url_for('logout') }}">Sign out</a></nav>{% endif %}`,
        },
        {
          file: 'templates/index.html',
          todo: '4.protect',
          edits: [[`  {% if username %}<p>Hi {{ username }}! <a href="{{ url_for('logout') }}">Sign out</a></p>{% else %}<p><a href="{{ url_for('login') }}">Sign in</a></p>{% endif %}\n`, '  <p>Hi {{ username }}!</p>\n']],
        },
        { file: 'templates/profile.html', todo: '4.protect', code: '  <p>You are {{ username }}.</p>' },
        { file: 'templates/login.html', todo: '4.follow', edits: [['  <form method="post">\n', '  <form method="post">\n    <input type="hidden" name="next" value="{{ next_page or \'\' }}">\n']] },
      ],
      5: [
        { file: 'app.py', todo: '5.model', code: MODEL_A },
        { file: 'app.py', todo: '5.login', code: 'class SignInForm(FlaskForm):\n    username = StringField("Name or email", filters=[strip], validators=[DataRequired()])\n    password = PasswordField("Password", validators=[DataRequired()])\n    remember = BooleanField("Keep me signed in")' },
        { file: 'app.py', todo: '5.register', code: REGISTER_FORM('SignUpForm') },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '\ndef login_required(view):\n    @wraps(view)\n    def wrapper(*args, **kwargs):\n        if "username" not in session:\n            flash("You need to log in first.", "info")\n            return redirect(url_for("login", next=request.full_path.rstrip("?")))\n        return view(*args, **kwargs)\n    return wrapper\n\n',
              '',
            ],
          ],
        },
        { file: 'app.py', todo: '5.current', edits: [['    return render_template("profile.html", username=session["username"])\n', '    return render_template("profile.html", username=current_user.username, email=current_user.email)\n']] },
        { file: 'app.py', todo: '5.current', edits: [['    user = session.get("username")\n    return render_template("index.html", username=user)\n', '    return render_template("index.html", username=current_user.username)\n']] },
        {
          file: 'app.py',
          todo: '5.register',
          code: `@app.route("/register", methods=["GET", "POST"])
def register():
    form = SignUpForm()
    if form.validate_on_submit():
        taken = db.session.scalar(
            db.select(User).where((User.username == form.username.data) | (User.email == form.email.data))
        )
        if taken:
            flash("Someone has that name or email already.", "error")
        else:
            account = User(username=form.username.data, email=form.email.data)
            account.set_password(form.password.data)
            db.session.add(account)
            db.session.commit()
            flash("Registered. Please log in.", "success")
            return redirect(url_for("login"))
    return render_template("register.html", form=form)`,
        },
        {
          file: 'app.py',
          todo: '5.login',
          edits: [
            [
              `    message = None
    nxt = request.values.get("next", "")
    if request.method == "POST":
        name = request.form.get("username", "")
        secret = request.form.get("password", "")
        if name in USERS and USERS[name] == secret:
            session.clear()
            session["username"] = name
            flash("Welcome, you are logged in!", "success")
            return redirect(nxt if is_safe_next(nxt) else url_for("index"))
        flash("Invalid credentials, try again.", "error")
    return render_template("login.html", error=message, next_page=nxt)
`,
              `    form = SignInForm()
    nxt = request.values.get("next", "")
    if form.validate_on_submit():
        name = form.username.data
        column = User.email if "@" in name else User.username
        user = db.session.scalar(db.select(User).where(column == (name.lower() if "@" in name else name)))
        if user is None:
            check_password_hash(DUMMY_HASH, form.password.data)
        elif user.check_password(form.password.data):
            session.clear()
            login_user(user, remember=form.remember.data)
            flash("Welcome, you are logged in!", "success")
            return redirect(nxt if is_safe_next(nxt) else url_for("index"))
    if form.is_submitted():
        flash("Invalid credentials, try again.", "error")
    return render_template("login.html", form=form, next_page=nxt)
`,
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '@app.route("/logout")\ndef logout():\n    session.pop("username", None)\n',
              '@app.route("/logout", methods=["POST"])\ndef logout():\n    if current_user.is_authenticated:\n        current_user.login_token = new_token()\n        db.session.commit()\n    logout_user()\n',
            ],
          ],
        },
        {
          file: 'templates/base.html',
          todo: '5.current',
          edits: [[`  {% if session.username %}<nav><a href="{{ url_for('index') }}">Home</a> | <a href="{{ url_for('profile') }}">Profile</a> | <a href="{{ url_for('logout') }}">Sign out</a></nav>{% endif %}\n`, NAV_5 + '\n']],
        },
        { file: 'templates/profile.html', todo: '5.current', edits: [['  <p>You are {{ username }}.</p>\n', '  <p>You are {{ username }}, {{ email }}.</p>\n']] },
        {
          file: 'templates/login.html',
          todo: '5.login',
          edits: [
            [
              `  <h1>Log in</h1>
  <form method="post">
    <input type="hidden" name="next" value="{{ next_page or '' }}">
    <p><input name="username" placeholder="Username"></p>
    <p><input name="password" type="password" placeholder="Password"></p>
    <p><input type="submit" value="Sign in"></p>
  </form>
`,
              LOGIN_HTML + '\n',
            ],
          ],
        },
        { file: 'templates/register.html', todo: '5.register', code: REGISTER_HTML("{{ url_for('register') }}") },
      ],
    },
  },
];
