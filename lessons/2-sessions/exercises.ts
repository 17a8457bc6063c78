import type { Exercise } from '../exercise.js';

export const exercises: Exercise[] = [
  {
    id: '2.secret',
    todo: 'give the app a random SECRET_KEY default, then let FLASK_* settings override it',
    hints: [
      'Flask signs the session cookie with `SECRET_KEY`; without one, writing the session fails. The key must not be a literal in your code.',
      '`secrets.token_hex(32)` makes a random default, and `app.config.from_prefixed_env()` (after the defaults) reads `FLASK_SECRET_KEY` from the environment.',
    ],
    checks: ['2.1', '2.2', '2.3', '2.5', '2.6'],
    steps: [1],
    places: { 'app.py': [{ kind: 'app' }] },
  },
  {
    id: '2.session',
    todo: 'in login below: once the password matches, store the username in the session (keep the redirect)',
    hints: [
      "Flask's `session` is a dict that lives in a signed cookie: what you put there comes back on the next request.",
      'Import `session` from flask and assign `session["username"] = username` just before the redirect, and only there.',
    ],
    checks: ['2.1', '2.2', '2.3', '2.5', '2.6'],
    steps: [2],
    places: { 'app.py': [{ kind: 'view', rule: '/login' }] },
  },
  {
    id: '2.home',
    todo: 'show who is logged in: pass session.get("username") to index.html, which greets them or links to the login',
    hints: [
      'A visitor who never logged in has no "username" in the session, and that must not be an error.',
      '`session.get("username")` gives None instead of a KeyError; in the template, `{% if username %}` chooses between the two paragraphs.',
    ],
    checks: ['2.2'],
    steps: [3, 4],
    places: { 'app.py': [{ kind: 'view', rule: '/' }], 'templates/index.html': [{ kind: 'page', rule: '/', at: 'nav' }] },
  },
  {
    id: '2.logout',
    todo: 'add a /logout route that empties the session and redirects home',
    hints: [
      'Logging out is forgetting: the session has to lose what login put in it.',
      '`session.clear()` forgets everything login stored, then `redirect(url_for("index"))`.',
    ],
    checks: ['2.3'],
    steps: [5],
    places: { 'app.py': [{ kind: 'after-view', rule: '/login' }] },
  },
];
