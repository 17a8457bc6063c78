"""Serve a learner's app.py on 127.0.0.1 for `flash-login verify`.

Usage: python serve_app.py PROJECT_DIR [LABEL]

LABEL (the learner's own folder) is only there so `ps` shows whose app this is.

Binds port 0 so the OS picks a free port (no race, no fixed sleep) and reports
it on stdout as one line: FLASH_LOGIN_READY {"port": N}. Exits when stdin
closes, so the server dies with the CLI even if the CLI is killed outright.
"""
import importlib.util
import json
import os
import sys
import threading
import traceback

READY = "FLASH_LOGIN_READY"
EXIT_IMPORT_FAILED = 3
EXIT_NO_APP = 4


def exit_when_parent_goes():
    try:
        sys.stdin.read()
    finally:
        os._exit(0)


def load_module(project):
    path = os.path.join(project, "app.py")
    spec = importlib.util.spec_from_file_location("app", path)
    module = importlib.util.module_from_spec(spec)
    # Registered before running it, so `from app import db` inside the
    # learner's own modules finds this module instead of loading a second copy.
    sys.modules["app"] = module
    spec.loader.exec_module(module)
    return module


def find_application(module):
    candidate = getattr(module, "app", None)
    if callable(candidate) and hasattr(candidate, "wsgi_app"):
        return candidate
    factory = getattr(module, "create_app", None)
    if callable(factory):
        return factory()
    return None


def main():
    project = os.path.abspath(sys.argv[1])
    threading.Thread(target=exit_when_parent_goes, daemon=True).start()
    os.chdir(project)
    sys.path.insert(0, project)
    try:
        application = find_application(load_module(project))
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(EXIT_IMPORT_FAILED)
    if application is None:
        print("app.py defines neither `app` nor `create_app()`", file=sys.stderr, flush=True)
        os._exit(EXIT_NO_APP)

    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        # One access-log line per request would bury the tracebacks we show.
        def log_request(self, *args, **kwargs):
            pass

    server = make_server("127.0.0.1", 0, application, threaded=True, request_handler=QuietHandler)
    print(READY + " " + json.dumps({"port": server.server_port}), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
