# Attack 4b: connect to every host Unix socket in sight (/run, the runtime dir, a planted one).
import os
import socket

targets = ["/var/tmp/flash-hostile/host.sock", "/run/flash-hostile.sock"]
for root in ("/run", "/var/run", "/tmp"):
    for folder, _, files in os.walk(root):
        targets += [os.path.join(folder, name) for name in files]
for path in targets:
    try:
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(0.5)
        client.connect(path)
        client.sendall(b"GET / HTTP/1.0\r\n\r\n")
        client.close()
    except OSError:
        pass
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
