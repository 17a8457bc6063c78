# Attack 2e: a submission holding zz.py -> /dev/zero (the link is made by the harness).
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
