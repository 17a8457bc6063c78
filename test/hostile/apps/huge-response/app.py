# Attack 2b: a 600 MB answer to every page.
from flask import Flask, Response

app = Flask(__name__)
CHUNK = b"x" * (1 << 20)


@app.route("/", defaults={"path": ""})
@app.route("/<path:path>", methods=["GET", "POST"])
def everything(path):
    return Response((CHUNK for _ in range(600)), mimetype="text/html")
