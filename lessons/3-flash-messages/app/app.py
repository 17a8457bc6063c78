"""A Flask login app, built one lesson at a time: README.md holds the lesson."""
import secrets
from datetime import timedelta

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


@app.route("/")
def index():
    # .get() gives None for a visitor who has not logged in (no KeyError).
    return render_template("index.html", username=session.get("username"))


# change 3.flash: flash "You are logged in." (success) on login, and "Invalid username or password." (error) instead of the error variable
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
# was
# The login page: GET shows the form, POST checks it.
@app.route("/login", methods=["GET", "POST"])
def login():
    error = None
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
            # Redirect after a successful POST, so reloading the next page
            # does not send the password again.
            return redirect(url_for("index"))
        error = "Invalid username or password."
    return render_template("login.html", error=error)
# end 3.flash


# change 3.flash: flash "You are logged out." (info) after clearing the session
# Logging out forgets who was logged in.
@app.route("/logout")
def logout():
    session.clear()
    # Flash after clear(), or clear() would throw the message away too.
    flash("You are logged out.", "info")
    return redirect(url_for("index"))
# was
# Logging out forgets who was logged in.
@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("index"))
# end 3.flash


# `flash-login run` (or `flask --app app --debug run`) is the way to run it;
# this is for `python app.py`.
if __name__ == "__main__":
    app.run()
