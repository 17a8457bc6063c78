# Attack 4e: .flash-login/state.json names a "python" that leaves a mark on the host (made by the harness).
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
