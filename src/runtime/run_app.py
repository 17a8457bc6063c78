"""Run the learner's app for `flash-login run`, tied to the CLI's life.

Usage: python run_app.py ARGS...   (the arguments of `python -m flask ARGS...`)

It is `python -m flask`, plus a watch on stdin: the CLI holds the only write end of
that pipe and never writes to it, so the pipe closes exactly when the CLI ends, by
any signal, SIGKILL included. Then the whole process group goes (this process, the
debug reloader's child, anything the app started). The reloader's child runs this
same script again (Werkzeug re-runs sys.argv) and inherits the same stdin, so it
watches too.
"""
import os
import signal
import sys
import threading


def end_with_the_cli():
    def watch():
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        try:
            if hasattr(os, "killpg"):
                os.killpg(os.getpgrp(), signal.SIGKILL)
        finally:
            os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


if __name__ == "__main__":
    end_with_the_cli()
    from flask.cli import main

    main()
