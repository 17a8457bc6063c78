// The learner-variant corpus: three other correct solutions of every lesson's TODOs, each
// written differently from the reference (other names, other order, helper functions, extra
// blank lines and comments). test/practice.test.ts walks each from lesson 1 to 5 in practice
// mode: every lesson must pass verify, and every next-lesson must only add comment lines (the next
// lesson's TODOs) to the learner's files, with 0 conflicts. As next-lesson no longer pastes the
// reference's lines among the learner's, each lesson's `SUPPORT` (imports and settings the lesson
// text asks for outside its exercises) is written by the learner too, before their steps.
import fs from 'node:fs/promises';
import { join } from 'node:path';

/**
 * One exercise solved in one file: the first `TODO(todo)` line goes (or becomes `code`), then each
 * edit applies once; `whole` is a file the learner rewrote from top to bottom. A step without
 * `todo` only applies its edits (lines the lesson asks for that no TODO stands for).
 */
export interface Step {
  file: string;
  todo?: string;
  code?: string;
  edits?: [find: string, replace: string][];
  whole?: string;
}

export interface Variant {
  name: string;
  lessons: Record<number, Step[]>;
  /** The learner writes under each TODO line and leaves it there (many will). */
  keepTodos?: boolean;
}

/** Do what a learner does: replace the TODO line with their code (or write under it) and change the lines it names. */
export async function applySteps(dir: string, steps: Step[], label: string, options: { keepTodos?: boolean } = {}): Promise<void> {
  // A TODO left in place is passed over by the next step of the same exercise, as a learner would.
  const used = new Map<string, number>();
  for (const step of steps) {
    const path = join(dir, step.file);
    let text = await fs.readFile(path, 'utf8');
    const lines = text.split('\n');
    if (step.todo !== undefined) {
      const key = `${step.file} ${step.todo}`;
      const at =
        lines.map((line, index) => (line.includes(`TODO(${step.todo})`) ? index : -1)).filter((index) => index >= 0)[used.get(key) ?? 0] ??
        -1;
      if (at < 0) throw new Error(`${label}: no TODO(${step.todo}) left in ${step.file}`);
      const code = step.code === undefined ? [] : step.code.split('\n');
      if (options.keepTodos) {
        lines.splice(at + 1, 0, ...code);
        used.set(key, (used.get(key) ?? 0) + 1);
      } else lines.splice(at, 1, ...code);
    }
    text = step.whole ?? lines.join('\n');
    for (const [find, replace] of step.edits ?? []) {
      const count = text.split(find).length - 1;
      if (count !== 1) throw new Error(`${label}: ${step.file} holds ${JSON.stringify(find)} ${count} times, not once`);
      text = text.replace(find, replace);
    }
    await fs.writeFile(path, text);
  }
}

// Lesson 5's model, forms and views are long; each variant writes them its own way. The model goes
// below the set-up the lesson's text has the learner write first (SUPPORT), above the form filters.
const MODEL_AT = 'def strip(value):\n';
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

const pythonVariants: Variant[] = [
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
      ],
      2: [
        { file: 'app.py', todo: '2.secret', code: 'app.config["SECRET_KEY"] = secrets.token_urlsafe(48)' },
        {
          file: 'app.py',
          todo: '2.home',
          edits: [
            [
              '    return render_template("index.html")\n',
              '    user = session.get("username")\n    return render_template("index.html", username=user)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '2.session',
          edits: [
            [
              '        if name in USERS and USERS[name] == secret:\n',
              '        if name in USERS and USERS[name] == secret:\n            session.clear()\n            session["username"] = name\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '2.logout',
          code: '@app.route("/logout")\ndef logout():\n    session.pop("username", None)\n    return redirect(url_for("index"))',
        },
      ],
      3: [
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            [
              '            session["username"] = name\n',
              '            session["username"] = name\n            flash("Welcome, you are logged in!", "success")\n',
            ],
            ['        message = "Invalid credentials, try again."\n', '        flash("Invalid credentials, try again.", "error")\n'],
          ],
        },
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            ['    session.pop("username", None)\n', '    session.pop("username", None)\n    flash("You are logged out now.", "info")\n'],
          ],
        },
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
        // The first TODO(4.protect) stands in the view of `/`: the guard goes under its route.
        {
          file: 'app.py',
          todo: '4.protect',
          edits: [['@app.route("/")\ndef index():\n', '@app.route("/")\n@login_required\ndef index():\n']],
        },
        {
          file: 'app.py',
          todo: '4.protect',
          code: '@app.route("/profile")\n@login_required\ndef profile():\n    return render_template("profile.html", username=session["username"])',
        },
        {
          file: 'app.py',
          todo: '4.follow',
          edits: [
            ['    message = None\n', '    message = None\n    nxt = request.values.get("next", "")\n'],
            [
              '            flash("Welcome, you are logged in!", "success")\n            return redirect(url_for("index"))\n',
              '            flash("Welcome, you are logged in!", "success")\n            return redirect(nxt if is_safe_next(nxt) else url_for("index"))\n',
            ],
            [
              '    return render_template("login.html", error=message)\n',
              '    return render_template("login.html", error=message, next_page=nxt)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '4.protect',
          edits: [
            [
              '    flash("You are logged out now.", "info")\n    return redirect(url_for("index"))\n',
              '    flash("You are logged out now.", "info")\n    return redirect(url_for("login"))\n',
            ],
          ],
        },
      ],
      5: [
        { file: 'app.py', todo: '5.model', edits: [[MODEL_AT, `${MODEL_A}\n\n\n${MODEL_AT}`]] },
        {
          file: 'app.py',
          todo: '5.login',
          code: 'class SignInForm(FlaskForm):\n    username = StringField("Name or email", filters=[strip], validators=[DataRequired()])\n    password = PasswordField("Password", validators=[DataRequired()])\n    remember = BooleanField("Keep me signed in")',
        },
        { file: 'app.py', todo: '5.register', code: REGISTER_FORM('SignUpForm') },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              'def login_required(view):\n    @wraps(view)\n    def wrapper(*args, **kwargs):\n        if "username" not in session:\n            flash("You need to log in first.", "info")\n            return redirect(url_for("login", next=request.full_path.rstrip("?")))\n        return view(*args, **kwargs)\n    return wrapper\n',
              '',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '    return render_template("profile.html", username=session["username"])\n',
              '    return render_template("profile.html", username=current_user.username, email=current_user.email)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '    user = session.get("username")\n    return render_template("index.html", username=user)\n',
              '    return render_template("index.html", username=current_user.username)\n',
            ],
          ],
        },
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
      ],
    },
  },
  {
    name: 'b-helper-functions',
    lessons: {
      1: [
        {
          file: 'app.py',
          todo: '1.login',
          code: `def credentials_ok(username, password):
    """True when the pair matches a known user."""
    return bool(username) and USERS.get(username) == password


@app.route("/login", methods=("GET", "POST"))
def login():
    if request.method == "GET":
        return render_template("login.html")
    if credentials_ok(request.form.get("username"), request.form.get("password")):
        return redirect(url_for("index"))
    return render_template("login.html", error="Invalid username or password")`,
        },
      ],
      2: [
        { file: 'app.py', todo: '2.secret', code: 'app.secret_key = secrets.token_hex(16)' },
        {
          file: 'app.py',
          todo: '2.home',
          edits: [
            [
              '    return render_template("index.html")\n',
              '    return render_template("index.html", username=session.get("username", None))\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '2.session',
          edits: [
            [
              'def credentials_ok(',
              'def remember_login(username):\n    session.clear()\n    session["username"] = username\n\n\ndef credentials_ok(',
            ],
            [
              '    if credentials_ok(request.form.get("username"), request.form.get("password")):\n        return redirect(url_for("index"))\n',
              '    username = request.form.get("username")\n    if credentials_ok(username, request.form.get("password")):\n        remember_login(username)\n        return redirect(url_for("index"))\n',
            ],
          ],
        },
        { file: 'app.py', todo: '2.logout', code: '@app.get("/logout")\ndef logout():\n    session.clear()\n    return redirect("/")' },
      ],
      3: [
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            [
              '        remember_login(username)\n',
              '        remember_login(username)\n        flash("Logged in. Welcome back!", "success")\n',
            ],
            [
              '    return render_template("login.html", error="Invalid username or password")\n',
              '    flash("Invalid username or password", "error")\n    return render_template("login.html")\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            [
              '    session.clear()\n    return redirect("/")\n',
              '    session.clear()\n    flash("Logged out.", "success")\n    return redirect("/")\n',
            ],
          ],
        },
      ],
      4: [
        {
          file: 'app.py',
          todo: '4.guard',
          code: `def _logged_in():
    return session.get("username") is not None


def login_required(view):
    """Redirect strangers to the login page, remembering where they wanted to go."""

    @wraps(view)
    def inner(*args, **kwargs):
        if _logged_in():
            return view(*args, **kwargs)
        flash("Please log in first.", "warning")
        target = request.path
        if request.query_string:
            target += "?" + request.query_string.decode()
        return redirect(url_for("login", next=target))

    return inner`,
        },
        {
          file: 'app.py',
          todo: '4.next',
          code: `def is_safe_next(target):
    bad = ("//", "/\\\\")
    if not target or not target.startswith("/") or target.startswith(bad):
        return False
    if "\\\\" in target or any(ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return False
    parsed = urlsplit(target)
    return not (parsed.scheme or parsed.netloc)`,
        },
        // The first TODO(4.protect) stands in the view of `/`: the guard goes under its route.
        {
          file: 'app.py',
          todo: '4.protect',
          edits: [['@app.route("/")\ndef index():\n', '@app.route("/")\n@login_required\ndef index():\n']],
        },
        {
          file: 'app.py',
          todo: '4.protect',
          code: '@app.get("/profile")\n@login_required\ndef profile():\n    return render_template("profile.html", username=session.get("username"))',
        },
        {
          file: 'app.py',
          todo: '4.follow',
          edits: [
            [
              '    if request.method == "GET":\n        return render_template("login.html")\n',
              '    next_page = request.values.get("next", "")\n    if request.method == "GET":\n        return render_template("login.html", next_page=next_page)\n',
            ],
            [
              '        flash("Logged in. Welcome back!", "success")\n        return redirect(url_for("index"))\n',
              '        flash("Logged in. Welcome back!", "success")\n        return redirect(next_page if is_safe_next(next_page) else url_for("index"))\n',
            ],
            [
              '    flash("Invalid username or password", "error")\n    return render_template("login.html")\n',
              '    flash("Invalid username or password", "error")\n    return render_template("login.html", next_page=next_page)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '4.protect',
          edits: [
            [
              '    flash("Logged out.", "success")\n    return redirect("/")\n',
              '    flash("Logged out.", "success")\n    return redirect(url_for("login"))\n',
            ],
          ],
        },
      ],
      5: [
        { file: 'app.py', todo: '5.model', edits: [[MODEL_AT, `${MODEL_B}\n\n\n${MODEL_AT}`]] },
        {
          file: 'app.py',
          todo: '5.login',
          code: 'class LoginForm(FlaskForm):\n    username = StringField("Login", filters=[strip], validators=[DataRequired()])\n    password = PasswordField("Password", validators=[DataRequired()])\n    remember = BooleanField("Remember")',
        },
        { file: 'app.py', todo: '5.register', code: REGISTER_FORM('RegisterForm', '\n    """Sign-up fields."""') },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              `def _logged_in():
    return session.get("username") is not None


def login_required(view):
    """Redirect strangers to the login page, remembering where they wanted to go."""

    @wraps(view)
    def inner(*args, **kwargs):
        if _logged_in():
            return view(*args, **kwargs)
        flash("Please log in first.", "warning")
        target = request.path
        if request.query_string:
            target += "?" + request.query_string.decode()
        return redirect(url_for("login", next=target))

    return inner
`,
              '',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '    return render_template("profile.html", username=session.get("username"))\n',
              '    user = current_user\n    return render_template("profile.html", username=user.username, email=user.email)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '    return render_template("index.html", username=session.get("username", None))\n',
              '    return render_template("index.html", username=current_user.username)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.register',
          code: `def username_or_email_taken(form):
    by_name = db.session.scalar(db.select(User).filter_by(username=form.username.data))
    return by_name or db.session.scalar(db.select(User).filter_by(email=form.email.data))


@app.route("/register", methods=("GET", "POST"))
def register():
    form = RegisterForm()
    if not form.validate_on_submit():
        return render_template("register.html", form=form)
    if username_or_email_taken(form):
        flash("Taken: pick another username or email.", "error")
        return render_template("register.html", form=form)
    user = User(username=form.username.data, email=form.email.data)
    user.set_password(form.password.data)
    db.session.add(user)
    db.session.commit()
    flash("Account created.", "success")
    return redirect(url_for("login"))`,
        },
        {
          file: 'app.py',
          todo: '5.login',
          edits: [
            [
              'def remember_login(username):\n    session.clear()\n    session["username"] = username\n',
              'def remember_login(user, remember):\n    session.clear()\n    login_user(user, remember=remember)\n',
            ],
            [
              'def credentials_ok(username, password):\n    """True when the pair matches a known user."""\n    return bool(username) and USERS.get(username) == password\n',
              `def check_credentials(name, password):
    """The user these credentials belong to, or None."""
    if "@" in name:
        user = db.session.scalar(db.select(User).filter_by(email=name.lower()))
    else:
        user = db.session.scalar(db.select(User).filter_by(username=name))
    if user is None:
        check_password_hash(DUMMY_HASH, password)
        return None
    return user if user.check_password(password) else None
`,
            ],
            [
              `    next_page = request.values.get("next", "")
    if request.method == "GET":
        return render_template("login.html", next_page=next_page)
    username = request.form.get("username")
    if credentials_ok(username, request.form.get("password")):
        remember_login(username)
        flash("Logged in. Welcome back!", "success")
        return redirect(next_page if is_safe_next(next_page) else url_for("index"))
    flash("Invalid username or password", "error")
    return render_template("login.html", next_page=next_page)
`,
              `    next_page = request.values.get("next", "")
    form = LoginForm()
    if form.validate_on_submit():
        user = check_credentials(form.username.data, form.password.data)
        if user:
            remember_login(user, form.remember.data)
            flash("Logged in. Welcome back!", "success")
            return redirect(next_page if is_safe_next(next_page) else url_for("index"))
    if form.is_submitted():
        flash("Invalid username or password", "error")
    return render_template("login.html", form=form, next_page=next_page)
`,
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '@app.get("/logout")\ndef logout():\n    session.clear()\n',
              '@app.post("/logout")\ndef logout():\n    if current_user.is_authenticated:\n        current_user.login_token = new_token()\n        db.session.commit()\n    logout_user()\n',
            ],
          ],
        },
      ],
    },
  },
  {
    name: 'c-blank-lines-comments-order',
    lessons: {
      1: [
        {
          file: 'app.py',
          todo: '1.login',
          code: `@app.route("/login", methods=["POST", "GET"])
def login():

    # Show the form on GET; check the fields on POST.
    error = None

    if request.method == "POST":
        password = request.form.get("password", "")
        username = request.form.get("username", "")

        expected = USERS.get(username)
        if expected is not None and expected == password:
            return redirect(url_for("index"))

        error = "That login is invalid."

    return render_template("login.html", error=error)`,
        },
      ],
      2: [
        {
          file: 'app.py',
          todo: '2.secret',
          code: '# A fresh random key each start; FLASK_SECRET_KEY overrides it.\napp.config.update(SECRET_KEY=secrets.token_bytes(32))',
        },
        {
          file: 'app.py',
          todo: '2.home',
          edits: [
            [
              '    return render_template("index.html")\n',
              '\n    # None when nobody is logged in.\n    current = session.get("username")\n\n    return render_template("index.html", username=current)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '2.session',
          edits: [
            [
              '        if expected is not None and expected == password:\n            return redirect(url_for("index"))\n',
              '        if expected is not None and expected == password:\n\n            # Remember who this is, in a fresh session.\n            session.clear()\n            session["username"] = username\n            return redirect(url_for("index"))\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '2.logout',
          code: '@app.route("/logout")\ndef logout():\n\n    # Forget everything about this visitor.\n    session.clear()\n\n    return redirect(url_for("index"))',
        },
      ],
      3: [
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            [
              '            session["username"] = username\n            return redirect(url_for("index"))\n\n        error = "That login is invalid."\n',
              '            session["username"] = username\n            flash("You are now logged in.", "success")\n            return redirect(url_for("index"))\n\n        flash("That login is invalid.", "error")\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '3.flash',
          edits: [
            [
              '    session.clear()\n\n    return redirect(url_for("index"))\n',
              '    session.clear()\n    flash("You have logged out.", "info")\n\n    return redirect(url_for("index"))\n',
            ],
          ],
        },
      ],
      4: [
        {
          file: 'app.py',
          todo: '4.guard',
          code: `def login_required(view):

    @wraps(view)
    def check(*args, **kwargs):

        # Logged in: carry on to the page.
        if session.get("username"):
            return view(*args, **kwargs)

        # Otherwise: to the login page, and back here afterwards.
        here = request.full_path if request.query_string else request.path
        flash("Please log in to see that page.", "info")
        return redirect(url_for("login", next=here))

    return check`,
        },
        {
          file: 'app.py',
          todo: '4.next',
          code: `def is_safe_next(target):

    # Only a path of this site.
    if not target:
        return False
    if any(char == "\\\\" or ord(char) < 32 or ord(char) == 127 for char in target):
        return False
    if not target.startswith("/") or target.startswith("//"):
        return False

    parts = urlsplit(target)
    return parts.scheme == "" and parts.netloc == ""`,
        },
        // The first TODO(4.protect) stands in the view of `/`: the guard goes under its route.
        {
          file: 'app.py',
          todo: '4.protect',
          edits: [['@app.route("/")\ndef index():\n', '@app.route("/")\n@login_required\ndef index():\n']],
        },
        {
          file: 'app.py',
          todo: '4.protect',
          code: '@app.route("/profile")\n@login_required\ndef profile():\n\n    # The guard made sure someone is logged in.\n    return render_template("profile.html", username=session["username"])',
        },
        {
          file: 'app.py',
          todo: '4.follow',
          edits: [
            ['    error = None\n', '    error = None\n    wanted = request.values.get("next", "")\n'],
            [
              '            flash("You are now logged in.", "success")\n            return redirect(url_for("index"))\n',
              '            flash("You are now logged in.", "success")\n            if is_safe_next(wanted):\n                return redirect(wanted)\n            return redirect(url_for("index"))\n',
            ],
            [
              '    return render_template("login.html", error=error)\n',
              '    return render_template("login.html", error=error, next_page=wanted)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '4.protect',
          edits: [
            [
              '    flash("You have logged out.", "info")\n\n    return redirect(url_for("index"))\n',
              '    flash("You have logged out.", "info")\n\n    return redirect(url_for("login"))\n',
            ],
          ],
        },
      ],
      5: [
        { file: 'app.py', todo: '5.model', edits: [[MODEL_AT, `${MODEL_C}\n\n\n${MODEL_AT}`]] },
        {
          file: 'app.py',
          todo: '5.login',
          code: 'class LoginForm(FlaskForm):\n\n    # One field takes the username or the email.\n    username = StringField("Username or email", filters=[strip], validators=[DataRequired()])\n    remember = BooleanField("Remember me")\n    password = PasswordField("Password", validators=[DataRequired()])',
        },
        { file: 'app.py', todo: '5.register', code: REGISTER_FORM('RegisterForm', '\n\n    # Every field is required.') },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              `def login_required(view):

    @wraps(view)
    def check(*args, **kwargs):

        # Logged in: carry on to the page.
        if session.get("username"):
            return view(*args, **kwargs)

        # Otherwise: to the login page, and back here afterwards.
        here = request.full_path if request.query_string else request.path
        flash("Please log in to see that page.", "info")
        return redirect(url_for("login", next=here))

    return check
`,
              '',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '\n    # The guard made sure someone is logged in.\n    return render_template("profile.html", username=session["username"])\n',
              '\n    # Flask-Login\'s guard made sure someone is logged in.\n    return render_template("profile.html", email=current_user.email, username=current_user.username)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '\n    # None when nobody is logged in.\n    current = session.get("username")\n\n    return render_template("index.html", username=current)\n',
              '\n    # Only logged-in users get here.\n    return render_template("index.html", username=current_user.username)\n',
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.register',
          code: `@app.route("/register", methods=["POST", "GET"])
def register():

    form = RegisterForm()

    if form.validate_on_submit():

        # Refuse names and emails that are taken.
        by_name = db.session.scalar(db.select(User).filter_by(username=form.username.data))
        by_email = db.session.scalar(db.select(User).filter_by(email=form.email.data))
        if by_name is not None or by_email is not None:
            flash("That username or email is taken.", "error")
            return render_template("register.html", form=form)

        user = User(email=form.email.data, username=form.username.data)
        user.set_password(form.password.data)
        db.session.add(user)
        db.session.commit()

        flash("You can log in now.", "success")
        return redirect(url_for("login"))

    return render_template("register.html", form=form)`,
        },
        {
          file: 'app.py',
          todo: '5.login',
          edits: [
            [
              `    # Show the form on GET; check the fields on POST.
    error = None
    wanted = request.values.get("next", "")

    if request.method == "POST":
        password = request.form.get("password", "")
        username = request.form.get("username", "")

        expected = USERS.get(username)
        if expected is not None and expected == password:

            # Remember who this is, in a fresh session.
            session.clear()
            session["username"] = username
            flash("You are now logged in.", "success")
            if is_safe_next(wanted):
                return redirect(wanted)
            return redirect(url_for("index"))

        flash("That login is invalid.", "error")

    return render_template("login.html", error=error, next_page=wanted)
`,
              `    # Check the form on POST; show it otherwise.
    form = LoginForm()
    wanted = request.values.get("next", "")

    if form.validate_on_submit():
        name = form.username.data
        if "@" in name:
            user = db.session.scalar(db.select(User).filter_by(email=name.lower()))
        else:
            user = db.session.scalar(db.select(User).filter_by(username=name))

        if user is not None and user.check_password(form.password.data):

            # A fresh session, then Flask-Login's.
            session.clear()
            login_user(user, remember=form.remember.data)
            flash("You are now logged in.", "success")
            if is_safe_next(wanted):
                return redirect(wanted)
            return redirect(url_for("index"))
        if user is None:
            check_password_hash(DUMMY_HASH, form.password.data)

    if form.is_submitted():
        flash("That login is invalid.", "error")

    return render_template("login.html", form=form, next_page=wanted)
`,
            ],
          ],
        },
        {
          file: 'app.py',
          todo: '5.current',
          edits: [
            [
              '@app.route("/logout")\ndef logout():\n\n    # Forget everything about this visitor.\n    session.clear()\n',
              '@app.route("/logout", methods=["POST"])\ndef logout():\n\n    # A new token ends every session of this user; then Flask-Login forgets them.\n    if current_user.is_authenticated:\n        current_user.login_token = new_token()\n        db.session.commit()\n    logout_user()\n',
            ],
          ],
        },
      ],
    },
  },
];

// The templates, each variant in its own words. Lesson 3 rewrites index.html and login.html from
// top to bottom (a page that extends base.html), as a learner does.
const L3_NAV = `    <nav>
      <a href="{{ url_for('index') }}">Home</a>
      {% if session.get("username") %}
`;
const nav4 = (profileText: string) => `    <nav>
      {% if session.get("username") %}
        <a href="{{ url_for('index') }}">Home</a>
        <a href="{{ url_for('profile') }}">${profileText}</a>
`;
/** Lesson 5: the learner's lesson 4 nav, rewritten for Flask-Login (a POST form logs out). */
const NAV_5_FULL = (nav4Lines: string): [string, string] => [
  nav4Lines,
  `    <nav>
      {% if current_user.is_authenticated %}
        <a href="{{ url_for('index') }}">Home</a> <a href="{{ url_for('profile') }}">Profile</a>
        <form method="post" action="{{ url_for('logout') }}"><input type="hidden" name="csrf_token" value="{{ csrf_token() }}"><button>Log out</button></form>
      {% else %}
        <a href="{{ url_for('login') }}">Log in</a> <a href="{{ url_for('register') }}">Register</a>
      {% endif %}
    </nav>
`,
];
const page = (title: string, content: string) =>
  `{% extends "base.html" %}\n{% block title %}${title}{% endblock %}\n{% block content %}\n${content}{% endblock %}\n`;

type HtmlSteps = Record<number, Step[]>;
const html: Record<string, HtmlSteps> = {
  'a-other-names': {
    1: [
      { file: 'templates/index.html', todo: '1.login', code: `      <a href="{{ url_for('login') }}">Sign in</a>` },
      {
        file: 'templates/login.html',
        todo: '1.form',
        code: `    <form method="post">\n      {% if error %}<div class="error">{{ error }}</div>{% endif %}\n      <p><input name="username" placeholder="Username"></p>\n      <p><input name="password" type="password" placeholder="Password"></p>\n      <p><input type="submit" value="Sign in"></p>\n    </form>`,
      },
    ],
    2: [
      {
        file: 'templates/index.html',
        todo: '2.home',
        edits: [
          [
            `      <a href="{{ url_for('login') }}">Sign in</a>\n`,
            `      {% if username %}<span>Hi {{ username }}!</span> <a href="{{ url_for('logout') }}">Sign out</a>{% else %}<a href="{{ url_for('login') }}">Sign in</a>{% endif %}\n`,
          ],
        ],
      },
    ],
    3: [
      {
        file: 'templates/base.html',
        todo: '3.base',
        code: '    {% with messages = get_flashed_messages(with_categories=true) %}{% for cat, msg in messages %}<div class="flash flash-{{ cat }}">{{ msg }}</div>{% endfor %}{% endwith %}',
      },
      {
        file: 'templates/index.html',
        todo: '3.extend',
        whole: page('Welcome', '  <h1>Home</h1>\n  {% if username %}<p>Hi {{ username }}!</p>{% else %}<p>Not signed in.</p>{% endif %}\n'),
      },
      {
        file: 'templates/login.html',
        todo: '3.extend',
        whole: page(
          'Sign in',
          '  <h1>Log in</h1>\n  <form method="post">\n    <p><input name="username" placeholder="Username"></p>\n    <p><input name="password" type="password" placeholder="Password"></p>\n    <p><input type="submit" value="Sign in"></p>\n  </form>\n',
        ),
      },
    ],
    4: [
      { file: 'templates/base.html', todo: '4.protect', edits: [[L3_NAV, nav4('Me')]] },
      {
        file: 'templates/index.html',
        todo: '4.protect',
        edits: [
          ['  {% if username %}<p>Hi {{ username }}!</p>{% else %}<p>Not signed in.</p>{% endif %}\n', '  <p>Hi {{ username }}!</p>\n'],
        ],
      },
      { file: 'templates/profile.html', todo: '4.protect', code: '  <p>You are {{ username }}.</p>' },
      {
        file: 'templates/login.html',
        todo: '4.follow',
        edits: [
          ['  <form method="post">\n', '  <form method="post">\n    <input type="hidden" name="next" value="{{ next_page or \'\' }}">\n'],
        ],
      },
    ],
    5: [
      {
        file: 'templates/base.html',
        todo: '5.current',
        edits: [
          NAV_5_FULL(
            `${nav4('Me')}        <span>Logged in as {{ session.get("username") }}</span>\n        <a href="{{ url_for('logout') }}">Log out</a>\n      {% else %}\n        <a href="{{ url_for('login') }}">Log in</a>\n      {% endif %}\n    </nav>\n`,
          ),
        ],
      },
      {
        file: 'templates/profile.html',
        todo: '5.current',
        edits: [['  <p>You are {{ username }}.</p>\n', '  <p>You are {{ username }}, {{ email }}.</p>\n']],
      },
      {
        file: 'templates/login.html',
        todo: '5.login',
        edits: [
          [
            // From the form on: the TODO above it may stay (variant d leaves TODO lines in place).
            '  <form method="post">\n    <input type="hidden" name="next" value="{{ next_page or \'\' }}">\n    <p><input name="username" placeholder="Username"></p>\n    <p><input name="password" type="password" placeholder="Password"></p>\n    <p><input type="submit" value="Sign in"></p>\n  </form>\n',
            `${LOGIN_HTML.replace('  <h1>Log in</h1>\n', '')}\n`,
          ],
        ],
      },
      { file: 'templates/register.html', todo: '5.register', code: REGISTER_HTML("{{ url_for('register') }}") },
    ],
  },
  'b-helper-functions': {
    1: [
      { file: 'templates/index.html', todo: '1.login', code: `      <a href="/login">Log in here</a>` },
      {
        file: 'templates/login.html',
        todo: '1.form',
        code: `    {% if error %}<p role="alert">{{ error }}</p>{% endif %}\n    <form action="{{ url_for('login') }}" method="POST">\n      <label for="u">User</label> <input id="u" name="username">\n      <label for="p">Pass</label> <input id="p" type="password" name="password">\n      <button>Go</button>\n    </form>`,
      },
    ],
    2: [
      {
        file: 'templates/index.html',
        todo: '2.home',
        edits: [
          [
            `      <a href="/login">Log in here</a>\n`,
            `      {% if username %}\n        <span>Signed in: {{ username }}</span> · <a href="{{ url_for('logout') }}">Log out</a>\n      {% else %}\n        <a href="/login">Log in here</a>\n      {% endif %}\n`,
          ],
        ],
      },
    ],
    3: [
      {
        file: 'templates/base.html',
        todo: '3.base',
        code: '    {% for category, text in get_flashed_messages(with_categories=True) %}\n      <p class="alert alert-{{ category }}">{{ text }}</p>\n    {% endfor %}',
      },
      {
        file: 'templates/index.html',
        todo: '3.extend',
        whole: page(
          'Home page',
          '  <h1>Home</h1>\n  {% if username %}\n    <p>Signed in: {{ username }}</p>\n  {% else %}\n    <p>Nobody is signed in.</p>\n  {% endif %}\n',
        ),
      },
      {
        file: 'templates/login.html',
        todo: '3.extend',
        whole: page(
          'Login',
          `  <h1>Log in</h1>\n  <form action="{{ url_for('login') }}" method="POST">\n    <label for="u">User</label> <input id="u" name="username">\n    <label for="p">Pass</label> <input id="p" type="password" name="password">\n    <button>Go</button>\n  </form>\n`,
        ),
      },
    ],
    4: [
      { file: 'templates/base.html', todo: '4.protect', edits: [[L3_NAV, nav4('Profile')]] },
      {
        file: 'templates/index.html',
        todo: '4.protect',
        edits: [
          [
            '  {% if username %}\n    <p>Signed in: {{ username }}</p>\n  {% else %}\n    <p>Nobody is signed in.</p>\n  {% endif %}\n',
            '  <p>Signed in: {{ username }}</p>\n',
          ],
        ],
      },
      { file: 'templates/profile.html', todo: '4.protect', code: '  <p>Signed in as <strong>{{ username }}</strong></p>' },
      {
        file: 'templates/login.html',
        todo: '4.follow',
        edits: [
          [
            `  <form action="{{ url_for('login') }}" method="POST">\n`,
            `  <form action="{{ url_for('login') }}" method="POST">\n    {% if next_page %}<input type="hidden" name="next" value="{{ next_page }}">{% endif %}\n`,
          ],
        ],
      },
    ],
    5: [
      {
        file: 'templates/base.html',
        todo: '5.current',
        edits: [
          NAV_5_FULL(
            `${nav4('Profile')}        <span>Logged in as {{ session.get("username") }}</span>\n        <a href="{{ url_for('logout') }}">Log out</a>\n      {% else %}\n        <a href="{{ url_for('login') }}">Log in</a>\n      {% endif %}\n    </nav>\n`,
          ),
        ],
      },
      {
        file: 'templates/profile.html',
        todo: '5.current',
        edits: [
          [
            '  <p>Signed in as <strong>{{ username }}</strong></p>\n',
            '  <p>Signed in as <strong>{{ username }}</strong></p>\n  <p>Mail: {{ email }}</p>\n',
          ],
        ],
      },
      {
        file: 'templates/login.html',
        todo: '5.login',
        edits: [
          [
            `  <h1>Log in</h1>\n  <form action="{{ url_for('login') }}" method="POST">\n    {% if next_page %}<input type="hidden" name="next" value="{{ next_page }}">{% endif %}\n    <label for="u">User</label> <input id="u" name="username">\n    <label for="p">Pass</label> <input id="p" type="password" name="password">\n    <button>Go</button>\n  </form>\n`,
            `${LOGIN_HTML}\n`,
          ],
        ],
      },
      { file: 'templates/register.html', todo: '5.register', code: REGISTER_HTML('/register') },
    ],
  },
  'c-blank-lines-comments-order': {
    1: [
      { file: 'templates/index.html', todo: '1.login', code: `\n      <a href="{{ url_for('login') }}">Log in</a>` },
      {
        file: 'templates/login.html',
        todo: '1.form',
        code: `    <form method="post">\n\n      <input type="text" name="username" required>\n      <input type="password" name="password" required>\n      <button type="submit">Log in</button>\n    </form>\n    {% if error %}\n      <p class="error">{{ error }}</p>\n    {% endif %}`,
      },
    ],
    2: [
      {
        file: 'templates/index.html',
        todo: '2.home',
        edits: [
          [
            `\n      <a href="{{ url_for('login') }}">Log in</a>\n`,
            `\n      {% if not username %}\n        <a href="{{ url_for('login') }}">Log in</a>\n      {% else %}\n\n        <span>Welcome back, {{ username }}</span>\n        <a href="{{ url_for('logout') }}">Log out</a>\n      {% endif %}\n`,
          ],
        ],
      },
    ],
    3: [
      {
        file: 'templates/base.html',
        todo: '3.base',
        code: '    <div class="messages">\n\n    {% for category, message in get_flashed_messages(with_categories=true) %}\n      <p class="flash flash-{{ category }}">{{ message }}</p>\n    {% endfor %}\n    </div>',
      },
      {
        file: 'templates/index.html',
        todo: '3.extend',
        whole: page(
          'Home',
          '  <h1>Home</h1>\n\n  {% if not username %}\n    <p>Welcome!</p>\n  {% else %}\n    <p>Welcome back, {{ username }}.</p>\n  {% endif %}\n',
        ),
      },
      {
        file: 'templates/login.html',
        todo: '3.extend',
        whole: page(
          'Log in',
          '  <h1>Log in</h1>\n  <form method="post">\n\n    <input type="text" name="username" required>\n    <input type="password" name="password" required>\n    <button type="submit">Log in</button>\n  </form>\n',
        ),
      },
    ],
    4: [
      { file: 'templates/base.html', todo: '4.protect', edits: [[L3_NAV, nav4('My profile')]] },
      {
        file: 'templates/index.html',
        todo: '4.protect',
        edits: [
          [
            '\n  {% if not username %}\n    <p>Welcome!</p>\n  {% else %}\n    <p>Welcome back, {{ username }}.</p>\n  {% endif %}\n',
            '\n  <p>Welcome back, {{ username }}.</p>\n',
          ],
        ],
      },
      { file: 'templates/profile.html', todo: '4.protect', code: '  <p>\n    Logged in as {{ username }}\n  </p>' },
      {
        file: 'templates/login.html',
        todo: '4.follow',
        edits: [
          [
            '  <form method="post">\n',
            '  <form method="post">\n    {% if next_page %}\n      <input type="hidden" name="next" value="{{ next_page }}">\n    {% endif %}\n',
          ],
        ],
      },
    ],
    5: [
      {
        file: 'templates/base.html',
        todo: '5.current',
        edits: [
          NAV_5_FULL(
            `${nav4('My profile')}        <span>Logged in as {{ session.get("username") }}</span>\n        <a href="{{ url_for('logout') }}">Log out</a>\n      {% else %}\n        <a href="{{ url_for('login') }}">Log in</a>\n      {% endif %}\n    </nav>\n`,
          ),
        ],
      },
      {
        file: 'templates/profile.html',
        todo: '5.current',
        edits: [
          [
            '  <p>\n    Logged in as {{ username }}\n  </p>\n',
            '  <p>\n    Logged in as {{ username }}\n  </p>\n\n  <p>\n    Email: {{ email }}\n  </p>\n',
          ],
        ],
      },
      {
        file: 'templates/login.html',
        todo: '5.login',
        edits: [
          [
            '  <form method="post">\n    {% if next_page %}\n      <input type="hidden" name="next" value="{{ next_page }}">\n    {% endif %}\n\n    <input type="text" name="username" required>\n    <input type="password" name="password" required>\n    <button type="submit">Log in</button>\n  </form>\n',
            '  <form method="post">\n    {{ form.hidden_tag() }}\n    {% if next_page %}\n      <input type="hidden" name="next" value="{{ next_page }}">\n    {% endif %}\n\n    {{ form.username(placeholder="Username or email") }}\n    {{ form.password(placeholder="Password") }}\n    <label>{{ form.remember() }} Remember me</label>\n    <button type="submit">Log in</button>\n  </form>\n\n  <p>New here? <a href="{{ url_for(\'register\') }}">Register</a></p>\n',
          ],
        ],
      },
      { file: 'templates/register.html', todo: '5.register', code: REGISTER_HTML('') },
    ],
  },
};

/**
 * What each lesson's text has the learner write besides its exercises: the imports, and the settings
 * around the app. The reference has them outside its exercise regions; next-lesson never pastes them
 * among the learner's lines (a TODO names what to do), so every variant writes them, the same way.
 */
const IMPORTS_1 = 'from flask import Flask, redirect, render_template, request, url_for\n';
const IMPORTS_2 = 'from flask import Flask, redirect, render_template, request, session, url_for\n';
const IMPORTS_3 = 'from flask import Flask, flash, redirect, render_template, request, session, url_for\n';
const IMPORTS_5 = `from flask_login import LoginManager, UserMixin, current_user, login_required, login_user, logout_user
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect, FlaskForm
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import BooleanField, PasswordField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Regexp
`;
const SETUP_5 = `app.config["REMEMBER_COOKIE_SAMESITE"] = "Lax"
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=14)
os.makedirs(app.instance_path, exist_ok=True)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(app.instance_path, "app.db")
app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:600000"
app.config.from_prefixed_env()

db = SQLAlchemy(app)
csrf = CSRFProtect(app)
login_manager = LoginManager(app)
login_manager.login_view = "login"
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "info"


def new_token():
    return secrets.token_urlsafe(32)


def strip(value):
    return value.strip() if value else value


def lower(value):
    return value.lower() if value else value
`;
export const SUPPORT: Record<number, Step[]> = {
  2: [
    {
      file: 'app.py',
      edits: [
        [IMPORTS_1, `import secrets\nfrom datetime import timedelta\n\n${IMPORTS_2}`],
        [
          '\n\n# One user, kept in code for now.',
          '\napp.config["SESSION_COOKIE_SAMESITE"] = "Lax"\napp.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=1)\napp.config.from_prefixed_env()\n\n# One user, kept in code for now.',
        ],
      ],
    },
  ],
  3: [{ file: 'app.py', edits: [[IMPORTS_2, IMPORTS_3]] }],
  4: [
    {
      file: 'app.py',
      edits: [
        [
          'from datetime import timedelta\n',
          'from datetime import timedelta\nfrom functools import wraps\nfrom urllib.parse import urlsplit\n',
        ],
      ],
    },
  ],
  5: [
    {
      file: 'app.py',
      edits: [
        [IMPORTS_3, `${IMPORTS_3}${IMPORTS_5}`],
        ['import secrets\n', 'import os\nimport secrets\n'],
        ['app.config.from_prefixed_env()\n', SETUP_5],
      ],
    },
  ],
};

const corpus: Variant[] = pythonVariants.map((variant) => ({
  name: variant.name,
  lessons: Object.fromEntries(
    Object.entries(variant.lessons).map(([lesson, steps]) => [
      lesson,
      [...(SUPPORT[Number(lesson)] ?? []), ...steps, ...(html[variant.name]![Number(lesson)] ?? [])],
    ]),
  ),
}));

/** The corpus, and variant a once more as a learner who writes under every TODO line and leaves it in place. */
export const variants: Variant[] = [...corpus, { ...corpus[0]!, name: 'd-todo-lines-left', keepTodos: true }];
