# Attack 5: what the kernel still lets it do: a user namespace, AF_INET/AF_NETLINK sockets, ptrace, keyctl, bpf, perf, mount.
import ctypes
import os
import socket

libc = ctypes.CDLL(None, use_errno=True)
open_ = []


def attempt(name, call):
    try:
        result = call()
        if result is None or result >= 0:
            open_.append(name)
    except OSError:
        pass


attempt("unshare-user", lambda: libc.unshare(0x10000000))
attempt("af-inet", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close())
attempt("af-netlink", lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0).close())
attempt("ptrace", lambda: libc.ptrace(0, 0, None, None))
attempt("keyctl", lambda: libc.syscall(250, 0, -3, 0, 0))  # keyctl(KEYCTL_GET_KEYRING_ID, session)
attempt("bpf", lambda: libc.syscall(321, 0, None, 0))
attempt("perf", lambda: libc.syscall(298, None, 0, -1, -1, 0))
attempt("mount", lambda: libc.mount(b"none", b"/tmp", b"tmpfs", 0, None))
print("PROBES-OPEN:" + ",".join(open_), flush=True)
if open_:
    raise SystemExit("PROBES-OPEN:" + ",".join(open_))
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"
