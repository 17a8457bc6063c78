import type { Exercise } from '../exercise.js';

export const exercises: Exercise[] = [
  {
    id: '4.guard',
    todo: 'write a login_required decorator: no username in the session means a flash and a redirect to login with next= this page',
    hints: [
      'A decorator takes the view and returns a new function that runs first and decides whether the view runs at all.',
      '`functools.wraps(view)` keeps the endpoint name; `redirect(url_for("login", next=request.full_path if request.query_string else request.path))`.',
    ],
    checks: ['4.1', '4.2', '4.5'],
    steps: [1],
    places: { 'app.py': [{ kind: 'view', rule: '/' }] },
  },
  {
    id: '4.protect',
    todo: 'guard the pages: @login_required on / and on a new /profile page (profile.html shows the username)',
    hints: [
      'The decorator only protects the views it is put on, and it goes under `@app.route`.',
      '`@app.route("/profile")` then `@login_required`; render profile.html with `username=session.get("username")`.',
    ],
    checks: ['4.1', '4.2', '4.5'],
    steps: [2, 6],
    places: {
      'app.py': [
        { kind: 'after-view', rule: '/' },
        { kind: 'view', rule: '/' },
        { kind: 'view', rule: '/logout' },
      ],
      'templates/base.html': [{ kind: 'base', at: 'nav' }],
      'templates/index.html': [{ kind: 'page', rule: '/', at: 'content' }],
      'templates/profile.html': [{ kind: 'page', rule: '/profile', at: 'content' }],
    },
  },
  {
    id: '4.next',
    todo: 'write is_safe_next(target): True only for a path on this site (one leading /, no backslash, tab or newline, no scheme or host)',
    hints: [
      '`next` comes from the address bar, so anyone can set it: only a local path may be followed, or your login becomes an open redirect.',
      '`urllib.parse.urlsplit(target)` must give no scheme and no netloc, and `//<host>`, `/\\<host>` and control characters must be refused before that.',
    ],
    checks: ['4.2'],
    steps: [3],
    places: { 'app.py': [{ kind: 'view', rule: '/login' }] },
  },
  {
    id: '4.follow',
    todo: 'in login below: read next from the request, carry it in a hidden input, and redirect there after login when is_safe_next() says so',
    hints: [
      'The guard puts `next` in the URL of the GET; the POST only has it if the form sends it back.',
      '`request.values.get("next", "")` reads it from either; pass it to the template, write `<input type="hidden" name="next" value="{{ next_page }}">`, and `redirect(next_page)` when it is safe.',
    ],
    checks: ['4.2'],
    steps: [4, 5],
    places: {
      'app.py': [{ kind: 'view', rule: '/login' }],
      'templates/login.html': [{ kind: 'page', rule: '/login', at: 'form' }],
    },
  },
];
