# Attack 4g: a folder named x;=2+5 (the harness names it) for the CSV.
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
