import type { Exercise } from '../../src/engine/exercises.js';

export const exercises: Exercise[] = [
  {
    id: '4.guard',
    todo: 'write a login_required decorator: no username in the session means a flash and a redirect to login with next= this page',
    hints: [
      'A decorator takes the view and returns a new function that runs first and decides whether the view runs at all.',
      '`functools.wraps(view)` keeps the endpoint name; `redirect(url_for("login", next=request.full_path if request.query_string else request.path))`.',
      '```python\ndef login_required(view):\n    @wraps(view)\n    def guarded(*args, **kwargs):\n        if session.get("username") is None:\n            flash("Please log in to see that page.", "info")\n            here = request.full_path if request.query_string else request.path\n            return redirect(url_for("login", next=here))\n        return view(*args, **kwargs)\n\n    return guarded\n```',
    ],
    checks: ['4.1', '4.2', '4.5'],
  },
  {
    id: '4.protect',
    todo: 'guard the pages: @login_required on / and on a new /profile page (profile.html shows the username)',
    hints: [
      'The decorator only protects the views it is put on, and it goes under `@app.route`.',
      '`@app.route("/profile")` then `@login_required`; render profile.html with `username=session.get("username")`.',
      '```python\n@app.route("/")\n@login_required\ndef index():\n    return render_template("index.html", username=session.get("username"))\n\n\n@app.route("/profile")\n@login_required\ndef profile():\n    return render_template("profile.html", username=session.get("username"))\n```',
    ],
    checks: ['4.1', '4.2', '4.5'],
  },
  {
    id: '4.next',
    todo: 'write is_safe_next(target): True only for a path on this site (one leading /, no backslash, tab or newline, no scheme or host)',
    hints: [
      '`next` comes from the address bar, so anyone can set it: only a local path may be followed, or your login becomes an open redirect.',
      '`urllib.parse.urlsplit(target)` must give no scheme and no netloc, and `//host`, `/\\host` and control characters must be refused before that.',
      '```python\ndef is_safe_next(target):\n    if not target or not target.startswith("/") or target.startswith("//"):\n        return False\n    if any(char in target for char in "\\\\\\t\\r\\n"):\n        return False\n    parts = urlsplit(target)\n    return not parts.scheme and not parts.netloc\n```',
    ],
    checks: ['4.2'],
  },
  {
    id: '4.follow',
    todo: 'in login below: read next from the request, carry it in a hidden input, and redirect there after login when is_safe_next() says so',
    hints: [
      'The guard puts `next` in the URL of the GET; the POST only has it if the form sends it back.',
      '`request.values.get("next", "")` reads it from either; pass it to the template, write `<input type="hidden" name="next" value="{{ next_page }}">`, and `redirect(next_page)` when it is safe.',
      '```python\nnext_page = request.values.get("next", "")\n...\nif is_safe_next(next_page):\n    return redirect(next_page)\nreturn redirect(url_for("index"))\n...\nreturn render_template("login.html", next_page=next_page)\n```',
    ],
    checks: ['4.2'],
  },
];
