// Hints for a check that failed on a 500: what the app's own error most likely means, read
// from the last lines of its traceback. A 500's cause is in the traceback, not in the check.

interface ErrorHint {
  /** Matched against the traceback's text. */
  pattern: RegExp;
  hint: string;
}

const ERROR_HINTS: ErrorHint[] = [
  {
    pattern: /has no attribute '(is_active|is_authenticated|is_anonymous|get_id)'/,
    hint: 'Flask-Login asks your user object for is_active, is_authenticated and get_id(): let the model inherit them, `class User(UserMixin, db.Model)`.',
  },
  {
    pattern: /KeyError: '[^']*'[\s\S]*sessions\.py|sessions\.py[\s\S]*KeyError/,
    hint: 'The session has no such key (a new visitor, or a cookie Flask threw away): read it with session.get("username"), which gives None instead of raising.',
  },
  {
    pattern: /secret key was set|SECRET_KEY.*not set/i,
    hint: 'The app has no secret key, so it cannot sign a session: set a random default, app.config["SECRET_KEY"] = secrets.token_hex(), then call app.config.from_prefixed_env().',
  },
  {
    pattern: /KeyError: '(SECRET_KEY|FLASK_SECRET|SECRET)'/,
    hint: 'verify gives the key as FLASK_SECRET_KEY, under no other name: keep a random default and let app.config.from_prefixed_env() read it.',
  },
  { pattern: /TemplateNotFound: (\S+)/, hint: 'render_template() names a file that templates/ does not have: compare the name with the file.' },
  { pattern: /BuildError/, hint: 'url_for() names an endpoint no view has: it takes the view function\'s name, such as url_for("index").' },
  {
    pattern: /IntegrityError[\s\S]*UNIQUE/,
    hint: 'The database refused a second row with the same value (a UNIQUE column): look the username and the email up first, and show the form again with an error.',
  },
  { pattern: /no such table/, hint: 'The table does not exist yet: create the tables when the app starts, `with app.app_context(): db.create_all()`.' },
  { pattern: /CSRFError|The CSRF token is missing/, hint: 'A form was posted without its csrf_token: render `{{ form.hidden_tag() }}` (or the csrf_token input) inside every POST form.' },
];

/** The hint for the error in `output`, when it is one learners often meet. */
export function hintForError(output: string | undefined): string | undefined {
  if (!output) return undefined;
  return ERROR_HINTS.find((entry) => entry.pattern.test(output))?.hint;
}
