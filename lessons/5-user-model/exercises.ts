import type { Exercise } from '../exercise.js';

// Every check of lessons 1 to 5 needs a registered user, so the starter fails them all until
// the model and /register exist.
const EVERY_CHECK = [
  ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  ...['3.1', '3.2', '3.3', '3.4', '3.5', '4.1', '4.2', '4.3', '4.4', '4.5'],
  ...['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10', '5.11', '5.12', '5.13'],
];

export const exercises: Exercise[] = [
  {
    id: '5.model',
    todo: "set up the database: SQLAlchemy(app), a User model with a hashed password, create_all(), and Flask-Login's LoginManager with a user_loader",
    hints: [
      'Users now live in a table, and Flask-Login needs to turn what it keeps in the session back into a user. Name users there by a token of their own, not by their id, so that logging out can end a remember-me cookie.',
      '`class User(UserMixin, db.Model)` with id, username, email, password_hash and a `login_token` column (`default=new_token`) that `get_id()` returns; `set_password()` stores `generate_password_hash(password, method=app.config["PASSWORD_HASH_METHOD"])`; `db.create_all()` under `with app.app_context():`; the `@login_manager.user_loader` looks the token up: `db.select(User).filter_by(login_token=token)`.',
    ],
    checks: [...EVERY_CHECK],
    steps: [2, 3],
    places: { 'app.py': [{ kind: 'app' }] },
  },
  {
    id: '5.register',
    todo: 'add RegisterForm and a /register route (form in register.html) that refuses a taken username or email and stores a new user',
    hints: [
      'Registering is a form like login, with more fields and a check that nobody has the name or email yet.',
      'A `FlaskForm` with `StringField`, `PasswordField` and validators (`DataRequired`, `Email`, `Length`, `EqualTo("password")`); `form.validate_on_submit()`; `db.session.add(user)` and `db.session.commit()`.',
    ],
    checks: [...EVERY_CHECK],
    steps: [4, 5],
    places: {
      'app.py': [
        { kind: 'after-view', rule: '/login' },
        { kind: 'after-view', rule: '/login' },
      ],
      'templates/register.html': [{ kind: 'page', rule: '/register', at: 'content' }],
    },
  },
  {
    id: '5.login',
    todo: 'rewrite login with a LoginForm: look the user up by username or email, check the hash, login_user(), and keep the next handling',
    hints: [
      'The hard-coded USERS goes: the database knows the users, and Flask-Login keeps who is logged in.',
      'A name with an "@" is an email: `db.select(User).filter_by(email=name.lower())`, any other `filter_by(username=name)`; `user.check_password(form.password.data)`, and for an unknown name `check_password_hash(DUMMY_HASH, form.password.data)`, so both cost one hash; then `session.clear()` and `login_user(user, remember=form.remember.data)`. The template renders `form.hidden_tag()` and the form\'s fields.',
    ],
    checks: EVERY_CHECK.filter((id) => !['5.1', '5.2', '5.5', '5.10'].includes(id)),
    steps: [4, 6],
    places: {
      'app.py': [
        { kind: 'view', rule: '/login' },
        { kind: 'view', rule: '/login' },
      ],
      'templates/login.html': [{ kind: 'page', rule: '/login', at: 'form' }],
    },
  },
  {
    id: '5.current',
    todo: 'use Flask-Login everywhere else: its login_required, current_user in the views and base.html, and logout_user() on a POST-only /logout',
    hints: [
      'Your own decorator and the session reads give way to Flask-Login, which knows the logged-in user.',
      'Delete your `login_required` (the import from flask_login replaces it); `current_user.username`; `@app.route("/logout", methods=["POST"])` that gives the user a new `login_token` (`new_token()`, then `db.session.commit()`) and calls `logout_user()`, and a small POST form with the csrf_token for the Log out button.',
    ],
    checks: ['2.2', '2.3', '3.2', '4.1', '4.2', '4.5', '5.3', '5.6', '5.7'],
    steps: [7, 8],
    places: {
      'app.py': [
        { kind: 'guard', rule: '/' },
        { kind: 'view', rule: '/profile' },
        { kind: 'view', rule: '/' },
        { kind: 'view', rule: '/logout' },
      ],
      'templates/base.html': [{ kind: 'base', at: 'nav' }],
      'templates/profile.html': [{ kind: 'page', rule: '/profile', at: 'content' }],
    },
  },
];
