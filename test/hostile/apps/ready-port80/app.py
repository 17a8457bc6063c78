# Attack 3c: a readiness line naming port 80, which grade --jobs 2 routed to the neighbour's socket.
print('FLASH_LOGIN_READY {"port": 80, "pid": 1}', flush=True)
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
