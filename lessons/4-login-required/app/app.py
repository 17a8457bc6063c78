"""A Flask login app, built one lesson at a time: README.md holds the lesson."""
import secrets
from datetime import timedelta
from functools import wraps
from urllib.parse import urlsplit

from flask import Flask, flash, redirect, render_template, request, session, url_for

app = Flask(__name__)
# Flask signs the session cookie with this key, so a visitor can read it but
# cannot change it. The random default suits one development server (a
# restart logs everyone out); FLASK_SECRET_KEY sets a lasting key, which
# every process of a real deployment must share.
app.config["SECRET_KEY"] = secrets.token_hex(32)
# Lax: the browser leaves the cookie off requests that other sites start,
# except plain links (a GET), so a form on another site posts without it.
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
# The server keeps no list of sessions, so it cannot cancel a cookie; what it
# can do is refuse one whose signature is older than this.
app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=1)
# Any FLASK_* environment variable overrides the defaults above.
app.config.from_prefixed_env()

# One user, kept in code for now. Lesson 5 moves users into a database.
USERS = {"admin": "secret"}


# The guard: a view under @login_required needs a logged-in visitor.
# exercise 4.guard
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
# end 4.guard


# Where a login may send the visitor next.
# exercise 4.next
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
# end 4.next


# The profile page, for logged-in visitors only.
# exercise 4.protect: add a /profile page, guarded like /, that renders profile.html with the username
@app.route("/profile")
@login_required
def profile():
    return render_template("profile.html", username=session.get("username"))
# end 4.protect


@app.route("/")
# change 4.protect: put @login_required under the route, so only a logged-in visitor gets the page
@login_required
# was
# end 4.protect
def index():
    # .get() gives None for a visitor who has not logged in (no KeyError).
    return render_template("index.html", username=session.get("username"))


# change 4.follow
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
# was
# The login page: GET shows the form, POST checks it.
@app.route("/login", methods=["GET", "POST"])
def login():
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
            # does not send the password again.
            return redirect(url_for("index"))
        # Shown on this very page: the flash is read when the form renders.
        flash("Invalid username or password.", "error")
    return render_template("login.html")
# end 4.follow


# change 4.protect: the home page needs a login now, so logging out redirects to the login page
# Logging out forgets who was logged in.
@app.route("/logout")
def logout():
    session.clear()
    # Flash after clear(), or clear() would throw the message away too.
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
    return redirect(url_for("index"))
# end 4.protect


# `flash-login run` (or `flask --app app --debug run`) is the way to run it;
# this is for `python app.py`.
if __name__ == "__main__":
    app.run()
