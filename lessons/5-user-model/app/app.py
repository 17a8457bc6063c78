"""A Flask login app, built one lesson at a time: README.md holds the lesson."""
import os
import secrets
from datetime import timedelta
# change 5.current quiet
# was
from functools import wraps
# end 5.current
from urllib.parse import urlsplit

from flask import Flask, flash, redirect, render_template, request, session, url_for
from flask_login import (
    LoginManager,
    UserMixin,
    current_user,
    login_required,
    login_user,
    logout_user,
)
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect, FlaskForm
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import BooleanField, PasswordField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Regexp

app = Flask(__name__)
# Flask signs the session cookie with this key, so a visitor can read it but
# cannot change it. The random default suits one development server (a
# restart logs everyone out); FLASK_SECRET_KEY sets a lasting key, which
# every process of a real deployment must share.
app.config["SECRET_KEY"] = secrets.token_hex(32)
# Lax: the browser leaves the cookie off requests that other sites start,
# except plain links (a GET), so a form on another site posts without it.
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
app.config["REMEMBER_COOKIE_SAMESITE"] = "Lax"
# The server keeps no list of sessions, so it cannot cancel a cookie; what it
# can do is refuse one whose signature is older than this.
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=1)
app.config["REMEMBER_COOKIE_DURATION"] = timedelta(days=14)
# By default the database is a file in Flask's instance folder, which is
# kept out of version control.
os.makedirs(app.instance_path, exist_ok=True)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(
    app.instance_path, "app.db"
)
# 600,000 rounds of PBKDF2-SHA256 (OWASP's minimum), named in full so that
# Werkzeug 2 and 3 both read it. flash-login verify sets a cheap one through
# FLASK_PASSWORD_HASH_METHOD, as its database is thrown away after the run.
app.config["PASSWORD_HASH_METHOD"] = "pbkdf2:sha256:600000"
# Any FLASK_* environment variable overrides the defaults above.
app.config.from_prefixed_env()

db = SQLAlchemy(app)
# Every POST must now carry the form's hidden csrf_token, which another site
# cannot read, so it cannot post forms in a visitor's name.
csrf = CSRFProtect(app)
login_manager = LoginManager(app)
# Flask-Login's own guard: where to send visitors, and what to tell them.
login_manager.login_view = "login"
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "info"


def new_token():
    return secrets.token_urlsafe(32)


# exercise 5.model
class User(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(80), unique=True, nullable=False)
    email = db.Column(db.String(120), unique=True, nullable=False)
    # Only a salted hash is stored, never the password itself.
    password_hash = db.Column(db.String(256), nullable=False)
    # What the session and the remember_token cookie name the user by. A new
    # value at logout ends every session and cookie that carried the old one.
    login_token = db.Column(db.String(64), unique=True, nullable=False, default=new_token)

    def get_id(self):
        return self.login_token

    def set_password(self, password):
        self.password_hash = generate_password_hash(
            password, method=app.config["PASSWORD_HASH_METHOD"]
        )

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)


# A fresh database works with no extra command: missing tables are made here.
with app.app_context():
    db.create_all()

# Checked when nobody has the name given, so that a login costs one hash
# either way and its speed does not tell which accounts exist.
DUMMY_HASH = generate_password_hash(
    secrets.token_hex(16), method=app.config["PASSWORD_HASH_METHOD"]
)


@login_manager.user_loader
def load_user(token):
    # Whatever get_id() gave; None (a replaced token) means logged out.
    return db.session.scalar(db.select(User).filter_by(login_token=token))
# end 5.model


# Filters tidy what was typed before the validators see it (None: no field).
def strip(value):
    return value.strip() if value else value


def lower(value):
    return value.lower() if value else value


# exercise 5.login: a LoginForm (FlaskForm): username (which takes an email too), password, remember
class LoginForm(FlaskForm):
    username = StringField("Username or email", filters=[strip], validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember = BooleanField("Remember me")
# end 5.login


# exercise 5.register: a RegisterForm: username (no @), email, password (8 or more), confirm (equal to password)
class RegisterForm(FlaskForm):
    # No "@" in a username: a name that looks like an email could claim the
    # login of whoever registers that email later.
    username = StringField(
        "Username",
        filters=[strip],
        validators=[
            DataRequired(),
            Length(max=80),
            Regexp(r"^[^@]+$", message="A username cannot contain @."),
        ],
    )
    email = StringField(
        "Email", filters=[strip, lower], validators=[DataRequired(), Email(), Length(max=120)]
    )
    password = PasswordField("Password", validators=[DataRequired(), Length(min=8)])
    confirm = PasswordField(
        "Confirm password",
        validators=[DataRequired(), EqualTo("password", message="Passwords must match.")],
    )
# end 5.register

# change 5.current: delete this login_required: Flask-Login's, imported above, replaces it
# was

# The guard: a view under @login_required needs a logged-in visitor.
def login_required(view):
    """Send visitors who are not logged in to the login page first."""
    # wraps() keeps the view's name, which Flask uses as the endpoint name.
    @wraps(view)
    def guarded(*args, **kwargs):
        if session.get("username") is None:
            flash("Please log in to see that page.", "info")
            # full_path keeps the query string, but ends in a bare "?"
            # when there is none.
            here = request.full_path if request.query_string else request.path
            return redirect(url_for("login", next=here))
        return view(*args, **kwargs)

    return guarded

# end 5.current

# Where a login may send the visitor next.
def is_safe_next(target):
    """True only for a path on this site, such as "/profile?tab=1"."""
    # Browsers treat "//host" and "/\host" as another site, and drop tabs
    # and newlines before they read a URL. No control character belongs in a
    # path, so refuse them all, with the backslash.
    if not target or not target.startswith("/") or target.startswith("//"):
        return False
    if any(char == "\\" or ord(char) < 32 or ord(char) == 127 for char in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc


# change 5.current: the profile shows current_user's username and email
# The profile page, for logged-in visitors only.
@app.route("/profile")
@login_required
def profile():
    return render_template(
        "profile.html", username=current_user.username, email=current_user.email
    )
# was
# The profile page, for logged-in visitors only.
@app.route("/profile")
@login_required
def profile():
    return render_template("profile.html", username=session.get("username"))
# end 5.current


# change 5.current: current_user (Flask-Login) is the logged-in user now
@app.route("/")
@login_required
def index():
    # current_user is the User that load_user() returned for this request.
    return render_template("index.html", username=current_user.username)
# was
@app.route("/")
@login_required
def index():
    # .get() gives None for a visitor who has not logged in (no KeyError).
    return render_template("index.html", username=session.get("username"))
# end 5.current


# exercise 5.register
@app.route("/register", methods=["GET", "POST"])
def register():
    form = RegisterForm()
    # validate_on_submit() is False on GET, and on a POST that fails a
    # validator; the template then shows each field's errors.
    if form.validate_on_submit():
        if db.session.scalar(db.select(User).filter_by(username=form.username.data)):
            flash("That username is taken.", "error")
        elif db.session.scalar(db.select(User).filter_by(email=form.email.data)):
            flash("That email is already registered.", "error")
        else:
            user = User(username=form.username.data, email=form.email.data)
            user.set_password(form.password.data)
            db.session.add(user)
            db.session.commit()
            flash("Your account is ready. You can log in now.", "success")
            return redirect(url_for("login"))
    return render_template("register.html", form=form)


# end 5.register
# change 5.login
# The login page: GET shows the form, POST checks it.
@app.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    # Where to go after logging in: the guard puts it in the URL, and the
    # form sends it back in a hidden field.
    next_page = request.values.get("next", "")
    if form.validate_on_submit():
        # One field takes either: usernames have no "@", so a name with one
        # is an email, and emails are stored lower-case.
        name = form.username.data
        if "@" in name:
            user = db.session.scalar(db.select(User).filter_by(email=name.lower()))
        else:
            user = db.session.scalar(db.select(User).filter_by(username=name))
        if user is None:
            check_password_hash(DUMMY_HASH, form.password.data)
        elif user.check_password(form.password.data):
            # A fresh session: no CSRF token or other value from before the
            # login carries into it.
            session.clear()
            # remember=True adds a remember_token cookie for two weeks.
            login_user(user, remember=form.remember.data)
            flash("You are logged in.", "success")
            # Redirect after a successful POST, so reloading the next page
            # does not send the password again. A "next" that points off
            # the site would make this an open redirect, so it is checked.
            if is_safe_next(next_page):
                return redirect(next_page)
            return redirect(url_for("index"))
    if form.is_submitted():
        # The same words for an unknown user, a wrong password and empty
        # fields, so the form does not tell a stranger which usernames exist.
        flash("Invalid username or password.", "error")
    return render_template("login.html", form=form, next_page=next_page)
# was
# The login page: GET shows the form, POST checks it.
@app.route("/login", methods=["GET", "POST"])
def login():
    # Where to go after logging in: the guard puts it in the URL, and the
    # form sends it back in a hidden field.
    next_page = request.values.get("next", "")
    if request.method == "POST":
        username = request.form.get("username", "")
        password = request.form.get("password", "")
        # .get() returns None for an unknown user, so a stranger gets the
        # same answer as a wrong password instead of a KeyError (a 500).
        if username and USERS.get(username) == password:
            # Start from an empty session, so nothing from before the login
            # (planted by someone else, or left over) carries into it.
            session.clear()
            session["username"] = username
            # A flash is kept in the session until the next page shows it.
            flash("You are logged in.", "success")
            # Redirect after a successful POST, so reloading the next page
            # does not send the password again. A "next" that points off
            # the site would make this an open redirect, so it is checked.
            if is_safe_next(next_page):
                return redirect(next_page)
            return redirect(url_for("index"))
        # Shown on this very page: the flash is read when the form renders.
        flash("Invalid username or password.", "error")
    return render_template("login.html", next_page=next_page)
# end 5.login


# change 5.current: logging out is a POST (a link on another site cannot do it) that calls logout_user()
# Logging out forgets who was logged in.
# POST only: a plain link or an image on another site cannot log anyone out.
@app.route("/logout", methods=["POST"])
def logout():
    # A new token ends this session, the user's other sessions and their
    # remember_token cookies, which all name the user by the old one.
    if current_user.is_authenticated:
        current_user.login_token = new_token()
        db.session.commit()
    logout_user()
    flash("You are logged out.", "info")
    # The home page now needs a login, so go straight to the login page.
    return redirect(url_for("login"))
# was
# Logging out forgets who was logged in.
@app.route("/logout")
def logout():
    session.clear()
    # Flash after clear(), or clear() would throw the message away too.
    flash("You are logged out.", "info")
    # The home page now needs a login, so go straight to the login page.
    return redirect(url_for("login"))
# end 5.current


# `flash-login run` (or `flask --app app --debug run`) is the way to run it;
# this is for `python app.py`.
if __name__ == "__main__":
    app.run()
