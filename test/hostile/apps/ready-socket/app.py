# Attack 3b: a readiness line pointing the CLI at a host Unix socket the sandbox cannot see.
print('FLASH_LOGIN_READY {"socket": "/var/tmp/flash-hostile/host.sock", "pid": 1}', flush=True)
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
