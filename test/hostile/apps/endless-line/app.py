# Found: 400 MB printed without a newline at import, under verify (no output limit there).
import sys

chunk = "y" * (1 << 20)
for _ in range(400):
    sys.stdout.write(chunk)
sys.stdout.flush()
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
