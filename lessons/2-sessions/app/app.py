"""A Flask login app, built one lesson at a time: README.md holds the lesson."""
import secrets
from datetime import timedelta

from flask import Flask, redirect, render_template, request, session, url_for

app = Flask(__name__)
# exercise 2.secret
# Flask signs the session cookie with this key, so a visitor can read it but
# cannot change it. The random default suits one development server (a
# restart logs everyone out); FLASK_SECRET_KEY sets a lasting key, which
# every process of a real deployment must share.
app.config["SECRET_KEY"] = secrets.token_hex(32)
# end 2.secret
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
    # change 2.home
    # .get() gives None for a visitor who has not logged in (no KeyError).
    return render_template("index.html", username=session.get("username"))
    # was
    return render_template("index.html")
    # end 2.home


# change 2.session
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
            return redirect(url_for("index"))
        error = "Invalid username or password."
    return render_template("login.html", error=error)
# end 2.session


# Logging out forgets who was logged in.
# exercise 2.logout
@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("index"))
# end 2.logout


# `flash-login run` (or `flask --app app --debug run`) is the way to run it;
# this is for `python app.py`.
if __name__ == "__main__":
    app.run()
