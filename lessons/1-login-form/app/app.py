"""A Flask login app, built one lesson at a time: README.md holds the lesson."""
from flask import Flask, redirect, render_template, request, url_for

app = Flask(__name__)

# One user, kept in code for now. Lesson 5 moves users into a database.
USERS = {"admin": "secret"}


@app.route("/")
def index():
    return render_template("index.html")


# The login page: GET shows the form, POST checks it.
# exercise 1.login
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
# end 1.login


# `flash-login run` (or `flask --app app --debug run`) is the way to run it;
# this is for `python app.py`.
if __name__ == "__main__":
    app.run()
