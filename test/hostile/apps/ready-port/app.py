# Attack 3a: a readiness line pointing the CLI at a server on the host's 127.0.0.1.
print('FLASH_LOGIN_READY {"port": 47831, "pid": 1}', flush=True)
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
