"""Serve a learner's app.py on 127.0.0.1 for `flash-login verify`.

Usage: python serve_app.py [--wait | --zygote] [--preload MODULE,...] PROJECT_DIR [LABEL]

LABEL (the learner's own folder) is there so `ps` shows whose app this is. With
--wait, the installed packages the project imports are found by reading LABEL's
.py files and imported at once, and the app starts from PROJECT_DIR (a copy that
the CLI is still making) when a line `start` comes on stdin; the copy's own imports
are then read too. --preload names packages to import at once, for a LABEL that
cannot be read here (verify's sandbox hides the learner's folder).

With --zygote (verify --watch), PROJECT_DIR is a folder that holds one copy per run:
after the imports it waits, and `open {"dir": COPY, "env": {...}}` forks a child that
enters COPY, imports its app.py afresh and serves it, as above; `close` stops it. An
app that ends, by itself or by `close`, is reported as FLASH_LOGIN_EXITED {"code": N}
on stdout and on stderr, after all it printed; the zygote stays for the next `open`.

The app binds port 0 so the OS picks a free port (no race, no fixed sleep) and
reports it on stdout as one line: FLASH_LOGIN_READY {"port": N, "pid": P}. Everything
ends when stdin closes, so the server dies with the CLI even if the CLI is
killed outright.

Where the OS can fork (not Windows), this process is a small supervisor:
it imports the installed packages that the project's .py files import (Flask
and friends: the slow part of a start), then forks a child that runs app.py
and serves it. When the app fails to start, the supervisor exits with the
child's exit code. Without fork, the app is served in this process.

`sibling {"NAME": "value", ...}` forks another app of the same run beside the
first, with those environment variables (null unsets one), on the socket its
FLASH_LOGIN_SOCKET names: app.py runs afresh, so its module-level code reads
the new values, but Flask is not imported again, and the start takes a fraction
of a second instead of a whole one (verify's 5.12 on a database of its own, 2.6
with no key, where a restart would have stopped every other check's app). It
says FLASH_LOGIN_SIBLING_READY
{"socket": S, ...} once it listens, and FLASH_LOGIN_SIBLING_EXITED {"code": N,
"socket": S} on stdout if it ends by itself; neither ends the supervisor.
`sibling-stop S` stops it, and so does any end of the run.
"""
import ast
import importlib
import importlib.util
import io
import json
import os
import selectors
import signal
import socket
import stat
import sys
import base64
import threading
import time
import traceback

READY = "FLASH_LOGIN_READY"
SIBLING_READY = "FLASH_LOGIN_SIBLING_READY"
SIBLING_EXITED = "FLASH_LOGIN_SIBLING_EXITED"
EXITED = "FLASH_LOGIN_EXITED"
EXIT_IMPORT_FAILED = 3
EXIT_NO_APP = 4
# verify tags each request with the check that made it; what the app prints while serving
# it comes back in the answer's own header, so it can never be read under another check.
TAG_ENVIRON = "HTTP_X_FLASH_LOGIN_TAG"
OUTPUT_HEADER = "X-Flash-Login-Output"
OUTPUT_RECORD = "FLASH_LOGIN_OUTPUT"
# The password-hash work a tagged request did, as hashlib saw it, in Werkzeug's words: "pbkdf2:sha256:1000,scrypt:32768:8:1".
HASH_WORK_HEADER = "X-Flash-Login-Hash-Work"
# The CPU time the serving thread spent on a tagged request, in ms: unlike the time a client
# measures, it does not grow while the request waits behind others on a busy machine.
CPU_HEADER = "X-Flash-Login-Cpu-Ms"
MAX_HASH_WORK_ITEMS = 16
MAX_HEADER_OUTPUT = 200_000
MAX_BUFFERED_OUTPUT = 1_000_000
EXIT_OWN_DATABASE = 5
MAX_SOURCE = 1 << 20
OWN_DATABASE = "FLASH_LOGIN_OWN_DATABASE"


def load_module(project):
    path = os.path.join(project, "app.py")
    spec = importlib.util.spec_from_file_location("app", path)
    module = importlib.util.module_from_spec(spec)
    # Registered before running it, so `from app import db` inside the
    # learner's own modules finds this module instead of loading a second copy.
    sys.modules["app"] = module
    spec.loader.exec_module(module)
    return module


def is_flask_app(value):
    # An application object, not the Flask class itself (which has `wsgi_app` too).
    return callable(value) and hasattr(value, "wsgi_app") and not isinstance(value, type)


def find_application(module):
    """The app the way Flask's own `flask` command finds it (flask.cli.find_best_app):
    `app` or `application`, else the one Flask app in the module, else `create_app()`
    or `make_app()`. None when there is none (or several under other names)."""
    for name in ("app", "application"):
        if is_flask_app(getattr(module, name, None)):
            return getattr(module, name)
    from flask import Flask  # isinstance, as Flask does: a proxy such as `request` must not be probed

    found = [value for value in list(vars(module).values()) if isinstance(value, Flask)]
    if len(found) == 1:
        return found[0]
    for name in ("create_app", "make_app"):
        factory = getattr(module, name, None)
        if callable(factory):
            return factory()
    return None


def database_urls(application):
    """The databases the app would use: Flask-SQLAlchemy 3's engines (made at init_app, from the
    config of that moment), else SQLALCHEMY_DATABASE_URI and SQLALCHEMY_BINDS as configured now."""
    extension = application.extensions.get("sqlalchemy")
    engines = getattr(extension, "_app_engines", None)
    made = engines.get(application) if engines is not None else None
    if made:
        return [engine.url for engine in made.values()]
    config = application.config
    binds = config.get("SQLALCHEMY_BINDS") or {}
    uris = [config.get("SQLALCHEMY_DATABASE_URI")] + list(binds.values())
    uris = [uri.get("url") if isinstance(uri, dict) else uri for uri in uris]
    uris = [uri for uri in uris if uri]
    if not uris:
        return []
    from sqlalchemy.engine import make_url

    return [make_url(uri) for uri in uris]


def database_outside(application, allowed_root):
    """The first database the app would use outside allowed_root (verify's throwaway copy), or None.

    verify gives the app a throwaway SQLite file; a database elsewhere (an absolute path set after
    from_prefixed_env(), a server) may be the learner's own, so no request may reach it. A relative
    SQLite path or one in memory lands in the copy, and the checks judge whether it is honoured.
    """
    try:
        urls = database_urls(application)
    except Exception:
        return None  # no SQLAlchemy, or a URI it cannot read: then the app cannot reach a database either
    for url in urls:
        if url.get_backend_name() != "sqlite":
            return url
        database = (url.database or "").split("?")[0]
        if database.startswith("file:"):
            database = database[len("file:"):]
        if database in ("", ":memory:") or database.startswith(":memory:"):
            continue
        path = os.path.realpath(os.path.join(application.instance_path, database))
        if path != allowed_root and not path.startswith(allowed_root + os.sep):
            return url
    return None


def say(line, fd=1):
    """Write one line to stdout (1) or stderr (2) in a single write.

    Every app of a run shares these two pipes with the supervisor, and print() writes a line and
    its newline in two calls: another process's output landing between them would break a line
    the CLI reads (an app's "I listen" never heard). Up to PIPE_BUF bytes a write is never split.
    """
    stream = sys.__stdout__ if fd == 1 else sys.__stderr__
    stream.flush()  # what this process wrote before comes first
    data = (line + "\n").encode("utf-8", "replace")
    while data:
        data = data[os.write(fd, data):]


def stop_for_database(shown):
    say(OWN_DATABASE + " " + shown, 2)
    os._exit(EXIT_OWN_DATABASE)


def guard_connections(project):
    """Before app.py runs: any SQLAlchemy connection outside the staging folder ends the process.

    Module-level code (a db.create_all() at import) connects before the app is even returned,
    so this catches what refuse_outside_database() alone would see only afterwards.
    """
    if not os.environ.get("FLASK_SQLALCHEMY_DATABASE_URI") or "sqlalchemy" not in sys.modules:
        return
    try:
        from sqlalchemy import event
        from sqlalchemy.engine import Engine
    except Exception:
        return
    allowed_root = os.path.realpath(os.path.dirname(project))

    def before_connect(dialect, _record, cargs, cparams):
        if dialect.name != "sqlite":
            stop_for_database(f"{dialect.name}://{cparams.get('host', '')}/{cparams.get('database', cparams.get('dbname', ''))}")
        database = str(cparams.get("database", cargs[0] if cargs else ""))
        if database.startswith("file:"):
            database = database[len("file:"):].split("?")[0]
        if database in ("", ":memory:") or database.startswith(":memory:"):
            return
        path = os.path.realpath(database)
        if path != allowed_root and not path.startswith(allowed_root + os.sep):
            stop_for_database("sqlite:///" + database)

    event.listen(Engine, "do_connect", before_connect)


def refuse_outside_database(application, project):
    """Exit before serving when the app chose a database outside verify's staging folder."""
    if not os.environ.get("FLASK_SQLALCHEMY_DATABASE_URI"):
        return  # not under verify's throwaway database
    url = database_outside(application, os.path.realpath(os.path.dirname(project)))
    if url is not None:
        stop_for_database(url.render_as_string(hide_password=True) if hasattr(url, "render_as_string") else str(url))


def lower_hash_cost():
    """FLASH_LOGIN_PBKDF2_ITERATIONS=N: Werkzeug's default PBKDF2 work factor for this throwaway run.

    Every login hashes a password once, and verify logs in dozens of times; at Werkzeug's
    default (260,000 to 1,000,000 iterations) that is most of verify's time. Hashes made
    here live in a database that is deleted afterwards, and check_password_hash() reads
    the count from each hash, so only the speed changes. A method that names its own
    count ("pbkdf2:sha256:600000") keeps it.
    """
    iterations = os.environ.get("FLASH_LOGIN_PBKDF2_ITERATIONS", "")
    if not iterations.isdigit() or int(iterations) < 1:
        return
    try:
        import werkzeug.security
    except Exception:
        return
    werkzeug.security.DEFAULT_PBKDF2_ITERATIONS = int(iterations)


_serving = threading.local()


def pbkdf2_work(hash_name, password=None, salt=None, iterations=0, dklen=None):
    return "pbkdf2:%s:%s" % (str(hash_name).lower(), iterations)


def scrypt_work(*_args, n=0, r=0, p=0, **_kwargs):
    return "scrypt:%s:%s:%s" % (n, r, p)


def count_hash_work():
    """Note each key derivation hashlib runs while it serves a tagged request (contract 5.13).

    Werkzeug's password hashes, and most hand-written ones, are hashlib.pbkdf2_hmac or
    hashlib.scrypt; wrapped before app.py is imported, every way of calling them is seen,
    and the work of one login is a fact of the process, not a time on a busy machine.
    """
    import hashlib

    for name, describe in (("pbkdf2_hmac", pbkdf2_work), ("scrypt", scrypt_work)):
        real = getattr(hashlib, name, None)
        if real is None or getattr(real, "flash_login_counted", False):
            continue

        def counted(*args, _real=real, _describe=describe, **kwargs):
            work = getattr(_serving, "work", None)
            if work is not None and len(work) < MAX_HASH_WORK_ITEMS:
                try:
                    work.append(_describe(*args, **kwargs))
                except Exception:
                    work.append("unknown")
            return _real(*args, **kwargs)

        counted.flash_login_counted = True
        setattr(hashlib, name, counted)


class RoutedStream:
    """sys.stdout / sys.stderr: a thread serving a tagged request writes into that request's
    buffer; every other write (import time, background threads) goes to the real stream.
    Installed before app.py runs, so logging handlers the app makes write through it too."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        buffer = getattr(_serving, "buffer", None)
        # Past MAX_BUFFERED_OUTPUT a request's output goes straight to the real stream: an app
        # printing without end cannot fill memory here, and grade's output limit sees it.
        if buffer is None or _serving.buffered > MAX_BUFFERED_OUTPUT:
            return self._stream.write(text)
        _serving.buffered += len(text)
        buffer.append(text)
        return len(text)

    def flush(self):
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)


def route_output():
    sys.stdout = RoutedStream(sys.stdout)
    sys.stderr = RoutedStream(sys.stderr)


def encoded(text):
    if len(text) > MAX_HEADER_OUTPUT:
        half = MAX_HEADER_OUTPUT // 2
        text = text[:half] + "\n…\n" + text[-half:]
    return base64.b64encode(text.encode("utf-8", "replace")).decode("ascii")


def tag_output(application):
    """Wrap the app: a request carrying verify's tag has its output sent back with its answer.

    Flask logs an exception before it starts the 500 answer, so the traceback is in the
    buffer when start_response is called and travels in a header of that very answer:
    no race between the app's stderr pipe and its socket. Output printed after that
    (while a body streams) follows on stderr as one tagged record.
    """

    def wsgi(environ, start_response):
        tag = environ.get(TAG_ENVIRON)
        if not tag:
            return application(environ, start_response)
        buffer = []
        started = []
        work = []
        cpu_at_start = time.thread_time()

        def start(status, headers, exc_info=None):
            text = "".join(buffer)
            del buffer[:]
            # The app's own header of that name, if any, never stands for ours.
            ours = (HASH_WORK_HEADER.lower(), CPU_HEADER.lower())
            headers = [(name, value) for name, value in headers if name.lower() not in ours]
            headers.append((HASH_WORK_HEADER, ",".join(work)))
            headers.append((CPU_HEADER, "%.1f" % ((time.thread_time() - cpu_at_start) * 1000)))
            if text:
                headers.append((OUTPUT_HEADER, encoded(text)))
            started.append(True)
            return start_response(status, headers, exc_info)

        _serving.buffer = buffer
        _serving.buffered = 0
        _serving.work = work
        try:
            answer = application(environ, start)
            try:
                return list(answer)
            finally:
                if hasattr(answer, "close"):
                    answer.close()  # Flask's teardown runs here, its output still this request's
        except BaseException:
            # An app that lets an exception out (PROPAGATE_EXCEPTIONS, DEBUG): answer 500 as Werkzeug would, with the traceback.
            traceback.print_exc(file=sys.stderr)
            if started:
                raise
            start("500 INTERNAL SERVER ERROR", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Internal Server Error"]
        finally:
            _serving.buffer = None
            _serving.work = None
            if buffer:
                record = json.dumps({"tag": tag, "text": "".join(buffer)})
                say(OUTPUT_RECORD + " " + record, 2)

    return wsgi


class NothingToRead:
    def read(self, *args):
        return b""

    def readline(self, *args):
        return b""


NOTHING_TO_READ = NothingToRead()


def serve(project, ready=READY):
    """Import app.py and serve it until the process is stopped, saying `ready` once it listens. Never returns."""
    lower_hash_cost()
    count_hash_work()
    route_output()
    guard_connections(project)
    try:
        application = find_application(load_module(project))
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(EXIT_IMPORT_FAILED)
    if application is None:
        os._exit(EXIT_NO_APP)  # the CLI says what is missing, once
    refuse_outside_database(application, project)

    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietHandler(WSGIRequestHandler):
        """Werkzeug's handler, quiet, and keeping connections open between requests.

        Werkzeug answers every request with `Connection: close`, because a body the app
        left unread would be taken for the next request. Here the body is read up front,
        so the connection can serve the next request, and verify's checks, which make
        a hundred and more requests, need not open a connection and a thread for each.
        """

        def setup(self):
            super().setup()
            # Small writes (headers, then body) must not wait for the client's delayed ACK.
            if self.connection.family != socket.AF_UNIX:
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def make_environ(self):
            environ = super().make_environ()
            length = environ.get("CONTENT_LENGTH", "")
            self.body_read = "wsgi.input_terminated" not in environ and (length == "" or length.isdigit())
            if self.body_read:
                environ["wsgi.input"] = io.BytesIO(self.rfile.read(int(length)) if length else b"")
                # Werkzeug 3 reads whatever else the client sent once it has answered (it
                # expects to close the connection): that would be the next request, so
                # until the answer is out it finds nothing there.
                self.connection_rfile, self.rfile = self.rfile, NOTHING_TO_READ
            return environ

        def run_wsgi(self):
            try:
                super().run_wsgi()
            finally:
                if getattr(self, "connection_rfile", None) is not None:
                    self.rfile, self.connection_rfile = self.connection_rfile, None

        def send_header(self, keyword, value):
            if keyword.lower() == "connection" and value.lower() == "close" and getattr(self, "body_read", False):
                return
            super().send_header(keyword, value)

        # One access-log line per request would bury the tracebacks we show.
        def log_request(self, *args, **kwargs):
            pass

    # In verify's sandbox no network is shared with the CLI: the app serves on a Unix socket in the staging folder.
    unix_socket = os.environ.get("FLASH_LOGIN_SOCKET")
    if unix_socket:
        server = make_server("unix://" + unix_socket, 0, tag_output(application), threaded=True, request_handler=QuietHandler)
        say(ready + " " + json.dumps({"socket": unix_socket, "pid": os.getpid()}))
    else:
        server = make_server("127.0.0.1", 0, tag_output(application), threaded=True, request_handler=QuietHandler)
        say(ready + " " + json.dumps({"port": server.server_port, "pid": os.getpid()}))
    server.serve_forever()
    os._exit(0)


def exit_on_eof(fd):
    """Exit this process as soon as nothing can write to fd any more."""

    def watch():
        try:
            while os.read(fd, 4096):
                pass
        finally:
            os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def installed_imports(project):
    """The modules the project's .py files import that are installed packages, not its own files."""
    names = []
    own = set()
    for folder, subfolders, files in os.walk(project):
        subfolders[:] = [name for name in subfolders if not name.startswith(".") and name != "__pycache__"]
        if folder == project:
            own.update(name[:-3] for name in files if name.endswith(".py"))
            own.update(subfolders)
        for name in files:
            if not name.endswith(".py"):
                continue
            try:
                # Never through a link, never a FIFO or device, at most 1 MB: a zz.py -> /dev/zero is no source.
                fd = os.open(os.path.join(folder, name), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
                with os.fdopen(fd, "rb") as source:
                    if not stat.S_ISREG(os.fstat(fd).st_mode):
                        continue
                    text = source.read(MAX_SOURCE + 1)
                if len(text) > MAX_SOURCE:
                    continue
                tree = ast.parse(text)
            except Exception:
                continue  # the child reports a broken app.py with its own traceback
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.extend(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.append(node.module)
    return [name for name in dict.fromkeys(names) if name.split(".")[0] not in own and name != "__future__"]


def preload(project):
    """Import what the app will import, so each forked child finds it loaded. Failures are the child's to report."""
    import_all(installed_imports(project), project)


def import_all(names, project=None):
    """Import each installed package named (not one of the project's own files); failures are the child's to report."""
    for name in names:
        try:
            spec = importlib.util.find_spec(name.split(".")[0])
            origin = getattr(spec, "origin", None) or ""
            if spec is None or (project and os.path.abspath(origin).startswith(project + os.sep)):
                continue
            importlib.import_module(name)
        except BaseException:
            pass


class Forked:
    """One app this supervisor forked: its pid, and the pipes that tell each side of the other's end."""

    def __init__(self, pid, alive_write, done_read):
        self.pid = pid
        self.alive_write = alive_write  # ours: the child exits when it closes
        self.done_read = done_read  # EOF here: the child exited

    def stop(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        self.close()

    def exit_code(self):
        _, status = os.waitpid(self.pid, 0)
        self.close()
        return os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status >> 8

    def close(self):
        os.close(self.alive_write)
        os.close(self.done_read)


class Supervisor:
    # The app's key in self.apps; each sibling's is its socket.
    MAIN = ""

    def __init__(self, project, pending=b"", zygote=False):
        self.project = project
        self.pending = pending  # commands read from stdin before the supervisor ran
        self.apps = {}  # Forked, by key: the app, and the siblings beside it
        # --zygote: no app until `open`, each in its own copy; one that ends is reported, and we stay.
        self.zygote = zygote
        # poll, not epoll: epoll refuses a stdin that is a file or /dev/null.
        self.selector = selectors.PollSelector() if hasattr(selectors, "PollSelector") else selectors.SelectSelector()

    def fork_app(self, env, key):
        done_read, done_write = os.pipe()  # the child holds the write end: EOF here means it exited
        alive_read, alive_write = os.pipe()  # we hold the write end: EOF there means we exited
        pid = os.fork()
        if pid == 0:
            try:
                os.close(done_read)
                os.close(alive_write)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                exit_on_eof(alive_read)
                devnull = os.open(os.devnull, os.O_RDONLY)
                os.dup2(devnull, 0)  # stdin carries our commands, not the app's input
                os.close(devnull)
                for name, value in env.items():
                    if value is None:
                        os.environ.pop(name, None)
                    else:
                        os.environ[name] = value
                if self.zygote:
                    # Entered here, in the child: the zygote itself never imports the learner's code.
                    os.chdir(self.project)
                    sys.path.insert(0, self.project)
                serve(self.project, READY if key == self.MAIN else SIBLING_READY)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
            finally:
                os._exit(1)
        os.close(done_write)
        os.close(alive_read)
        self.apps[key] = Forked(pid, alive_write, done_read)
        self.selector.register(done_read, selectors.EVENT_READ, key)

    def stop_app(self, key):
        forked = self.apps.pop(key, None)
        if forked is None:
            return
        self.selector.unregister(forked.done_read)
        forked.stop()

    def stop_siblings(self):
        for key in [key for key in self.apps if key != self.MAIN]:
            self.stop_app(key)

    def quit(self, code=0):
        try:
            self.stop_siblings()
            self.stop_app(self.MAIN)
            sys.stdout.flush()
        finally:
            os._exit(code)

    def ended(self, key):
        """An app exited by itself (failed to import, or died): say so, or go with it."""
        forked = self.apps.pop(key)
        self.selector.unregister(forked.done_read)
        code = forked.exit_code()
        if key != self.MAIN:
            say(SIBLING_EXITED + " " + json.dumps({"code": code, "socket": key}))
        elif not self.zygote:
            self.quit(code)  # the app is the run: its end is ours, with its code
        else:
            self.stop_siblings()
            report_exit(code)

    def command(self, line):
        """One line from the CLI. Returns whether an app was started or stopped (events read since are stale)."""
        command, _, argument = line.decode().strip().partition(" ")
        running = self.MAIN in self.apps
        if command == "sibling" and running:
            env = json.loads(argument)
            key = env.get("FLASH_LOGIN_SOCKET") or "-"
            self.stop_app(key)
            self.fork_app(env, key)
        elif command == "sibling-stop":
            self.stop_app(argument)
        elif self.zygote and command in ("open", "close"):
            self.stop_siblings()
            if running:
                self.stop_app(self.MAIN)
                report_exit(-signal.SIGKILL)
            if command == "open":
                run = json.loads(argument)
                self.project = run["dir"]
                self.fork_app(run["env"], self.MAIN)
        else:
            return False
        return True

    def run(self):
        signal.signal(signal.SIGTERM, lambda *_: self.quit(0))
        signal.signal(signal.SIGINT, lambda *_: self.quit(130))
        stdin = sys.stdin.fileno()
        self.selector.register(stdin, selectors.EVENT_READ, None)
        pending = self.pending
        if not self.zygote:
            self.fork_app({}, self.MAIN)
        while True:
            # Stdin first: after an `open` the child's pipe is a new one, and the old event is stale.
            events = sorted(self.selector.select(), key=lambda event: event[0].data is not None)
            for key, _ in events:
                if key.data is not None:
                    forked = self.apps.get(key.data)
                    if forked is not None and key.fd == forked.done_read and not os.read(key.fd, 4096):
                        self.ended(key.data)
                    continue
                chunk = os.read(stdin, 65536)
                if not chunk:
                    self.quit(0)
                pending += chunk
                changed = False
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    changed = self.command(line) or changed
                if changed:
                    break  # select again: any event about an old child is stale


def report_exit(code):
    """--zygote: the app's end, on both streams, after everything it wrote there (the CLI waits for both)."""
    line = EXITED + " " + json.dumps({"code": code})
    say(line, 1)
    say(line, 2)


def serve_in_process(project):
    """No fork (Windows): serve here, and exit when stdin closes."""

    def exit_when_parent_goes():
        try:
            while sys.stdin.readline():
                pass
        finally:
            os._exit(0)

    threading.Thread(target=exit_when_parent_goes, daemon=True).start()
    serve(project)


def wait_for_start():
    """--wait: block until the CLI writes `start` (and the run's variables) on stdin: its copy is ready.

    Returns whatever followed that line, for the supervisor to read as its next commands.
    Exits when stdin closes first: the CLI gave up before the copy was done.
    """
    pending = b""
    while b"\n" not in pending:
        chunk = os.read(sys.stdin.fileno(), 65536)
        if not chunk:
            os._exit(0)
        pending += chunk
    line, pending = pending.split(b"\n", 1)
    command, _, argument = line.strip().partition(b" ")
    if command != b"start":
        print(f"serve_app.py: expected `start`, got {line[:80]!r}", file=sys.stderr, flush=True)
        os._exit(2)
    # `start {"NAME": "value", ...}`: the run's own variables, for a Python started before they were chosen.
    os.environ.update(json.loads(argument or b"{}"))
    return pending


def main():
    args = sys.argv[1:]
    # --wait: the CLI starts Python while it is still copying the project, so the slow part
    # (importing Flask and friends, read from the learner's own folder, LABEL, which is never
    # written to) overlaps the copy; the app itself runs from PROJECT_DIR once `start` comes.
    # --zygote ROOT LABEL: import the packages, then serve each copy that `open` names under ROOT (verify --watch).
    zygote = args[:1] == ["--zygote"]
    wait = args[:1] == ["--wait"] or zygote
    if wait:
        args = args[1:]
    # --preload a,b: packages to import while waiting, where LABEL cannot be read (verify's sandbox hides it).
    expected = []
    if args[:1] == ["--preload"]:
        expected = [name for name in args[1].split(",") if name]
        args = args[2:]
    project = os.path.abspath(args[0])
    scan = os.path.abspath(args[1]) if wait and len(args) > 1 else project

    def enter_project():
        os.chdir(project)
        sys.path.insert(0, project)

    if not hasattr(os, "fork"):
        if wait:
            wait_for_start()
        enter_project()
        serve_in_process(project)
    if not wait:
        enter_project()
    import_all(expected)
    preload(scan)
    if zygote:
        os.chdir(project)
        Supervisor(project, zygote=True).run()
    pending = b""
    if wait:
        pending = wait_for_start()
        enter_project()
        if scan != project:
            preload(project)  # what the copy imports beyond what was read before it was made
    Supervisor(project, pending).run()


if __name__ == "__main__":
    main()
