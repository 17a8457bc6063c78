# Attack 2a: a readiness line the CLI cannot parse, printed at import.
print("FLASH_LOGIN_READY {not json", flush=True)
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
