import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Cookie } from 'tough-cookie';
import { expect, fail, type CheckContext, type CheckDefinition, type Credentials } from '../../src/engine/checks.js';
import { findForm, linesOutsideFlashes, type Form } from '../../src/engine/html.js';
import { isRedirect, type Client, type Exchange } from '../../src/engine/http.js';
import { expectRedirectTo, flashes, logIn, logOut, pageShowsName, postLogin, sitePath } from '../helpers.js';

const REGISTER_FIELDS = ['username', 'email', 'password', 'confirm'];
const LOGIN_FIELDS = ['username', 'password'];
/** Statuses that may carry "the form again": a plain page, or one that also says what was wrong. */
const FORM_AGAIN = new Set([200, 400, 401, 409, 422]);
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

interface NewUser {
  username: string;
  email: string;
  password: string;
}

/** A user nobody registered yet. example.com, because WTForms' Email() refuses .test and .local. */
function freshUser(label: string): NewUser {
  const tag = randomBytes(4).toString('hex');
  return { username: `${label}_${tag}`, email: `${label}.${tag}@example.com`, password: `${label}-Pass-${tag}` };
}

/** Fill the register form as a browser would (its csrf_token included). Fails the check when /register has no such form. */
async function register(
  client: Client,
  user: NewUser,
  confirm = user.password,
): Promise<{ page: Exchange; form: Form; response: Exchange }> {
  const { page, form, response } = await client.submit('/register', {
    username: user.username,
    email: user.email,
    password: user.password,
    confirm,
  });
  if (!form || !response) fail(`GET /register shows no form with inputs named ${REGISTER_FIELDS.join(', ')}`, page, 'no-register-form');
  return { page, form, response };
}

/** Whether GET / shows `username` to this visitor, i.e. the visitor is logged in as that user. */
async function showsUser(client: Client, username: string): Promise<{ yes: boolean; home: Exchange }> {
  const home = await client.get('/');
  return { yes: home.status === 200 && pageShowsName(home, username), home };
}

/** Try to log in with a fresh browser; true when that worked and / shows `shownName` (the username, when logging in by email). */
async function canLogIn(t: CheckContext, user: Credentials, shownName = user.username): Promise<{ yes: boolean; home: Exchange }> {
  const client = t.client();
  await postLogin(t, client, { user });
  return showsUser(client, shownName);
}

/** A visitor who is not logged in: GET / sends them to the login page. */
async function expectLoggedOut(client: Client, why: string): Promise<void> {
  const home = await client.get('/');
  expect(isRedirect(home) && sitePath(client, home) === '/login', `${why}, yet GET / answered ${home.status} instead of a redirect to /login: the visitor is logged in`, home, 'still-logged-in');
}

/** The page's lines of visible text, flashes included. */
function textLines(exchange: Exchange): string[] {
  return exchange
    .page()
    .structuredText.split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The error a form shows: a flash of category error, or text the blank form did not have (a field error). */
function shownError(response: Exchange, blank: Exchange): string | undefined {
  const error = flashes(response).find((flash) => flash.categories.includes('error'));
  if (error) return error.text;
  const before = new Set(linesOutsideFlashes(blank.body));
  return linesOutsideFlashes(response.body).find((line) => !before.has(line));
}

function describeFlashes(page: Exchange): string {
  const found = flashes(page);
  if (found.length === 0) return 'no flash at all (an element with class "flash" or "alert")';
  return found.map((flash) => `"${flash.text}" (${flash.categories.join(', ') || 'no category'})`).join(', ');
}

/**
 * The bytes of the throwaway SQLite database verify gave the app, with its WAL and journal
 * if any; undefined when the app never made that file (it ignores the setting).
 */
async function databaseBytes(t: CheckContext): Promise<Buffer | undefined> {
  const read = (path: string): Promise<Buffer | undefined> => readFile(path).catch(() => undefined);
  const main = await read(t.databaseFile);
  if (!main) return undefined;
  const extra: Buffer[] = [];
  for (const suffix of ['-wal', '-journal']) {
    const part = await read(`${t.databaseFile}${suffix}`);
    if (part) extra.push(part);
  }
  return Buffer.concat([main, ...extra]);
}

const IGNORES_DATABASE_URI =
  'the app ignores FLASK_SQLALCHEMY_DATABASE_URI: verify gave it a throwaway SQLite file, and after a registration that file ' +
  'does not exist, so the app keeps its users somewhere else. Set your default SQLALCHEMY_DATABASE_URI first, then call ' +
  'app.config.from_prefixed_env(), and only then SQLAlchemy(app) (or db.init_app(app)); never set the URI again after it';

function sessionCookieIn(cookies: Cookie[]): Cookie | undefined {
  const candidates = cookies.filter((cookie) => cookie.key !== 'remember_token' && cookie.value !== '');
  return candidates.find((cookie) => cookie.key === 'session') ?? candidates[0];
}

function hasFutureExpiry(cookie: Cookie): boolean {
  if (typeof cookie.maxAge === 'number') return cookie.maxAge > 0;
  return cookie.expires instanceof Date && cookie.expires.getTime() > Date.now();
}

/**
 * Contract 5.3: one visitor registers a username that is an email address, another then registers
 * with that address as their email; the address with the second one's password opens the second
 * account, and with the first one's opens nothing. Refusing either registration is correct too.
 */
async function expectEmailMeansItsOwner(t: CheckContext): Promise<void> {
  const tag = randomBytes(4).toString('hex');
  const address = `eve.${tag}@example.com`;
  const squatter: NewUser = { username: address, email: `first.${tag}@example.com`, password: `First-Pass-${tag}` };
  const owner: NewUser = { username: `eve_${tag}`, email: address, password: `Owner-Pass-${tag}` };
  // Refused: the register form again, with no redirect (5.2); anything else took the user.
  const accepted = ({ response }: { response: Exchange }) => isRedirect(response) || !findForm(response.page(), REGISTER_FIELDS);
  const first = await register(t.client(), squatter);
  const second = await register(t.client(), owner);
  if (!accepted(second)) {
    expect(
      accepted(first),
      `registering ${owner.username} with the email ${address} was refused, though no account had that address: only a taken username or email may be refused`,
      second.response,
      'email-refused',
    );
    return; // the second registration refused because the first holds the address: correct
  }
  const opened = await canLogIn(t, { username: address, password: owner.password }, owner.username);
  const squatted = `the username ${address} was registered by one visitor and the email ${address} by another (${owner.username})`;
  expect(
    opened.yes,
    `${squatted}, and logging in as ${address} with ${owner.username}'s password does not open ${owner.username}'s account: an email ` +
      'address must mean the account with that email. Refuse "@" in usernames, or look a name with "@" up by email only',
    opened.home,
    'email-not-its-account',
  );
  const client = t.client();
  const answer = await postLogin(t, client, { user: { username: address, password: squatter.password } });
  expect(
    !isRedirect(answer),
    `${squatted}, and logging in as ${address} with the first visitor's password logged in: that address must mean ${owner.username}'s account`,
    answer,
    'email-opens-other-account',
  );
}

export const checks: CheckDefinition[] = [
  {
    id: '5.1',
    title: 'GET /register shows the form, and a valid registration redirects to /login with a success flash',
    async run(t) {
      const client = t.client();
      const page = await client.get('/register');
      expect(page.status === 200, `GET /register answered ${page.status}, expected 200 with the register form`, page, 'register-page-status');
      const form = findForm(page.page(), REGISTER_FIELDS);
      if (!form) {
        const names = page
          .page()
          .querySelectorAll('form input, form textarea, form select')
          .map((input) => input.getAttribute('name'))
          .filter(Boolean);
        fail(
          `GET /register shows no form with inputs named ${REGISTER_FIELDS.join(', ')}${names.length ? ` (its inputs are named ${names.join(', ')})` : ''}`,
          page,
          'no-register-form',
        );
      }
      expect(form.method === 'post', `the register form's method is "${form.method}": write <form method="post">`, page, 'form-not-post');
      const user = freshUser('grace');
      const { response } = await register(client, user);
      expectRedirectTo(client, response, '/login', `registering the new user ${user.username}`);
      const login = await client.follow(response);
      expect(
        flashes(login).some((flash) => flash.categories.includes('success')),
        `the login page after registering shows no flash of category success; it shows ${describeFlashes(login)}`,
        login,
        'register-flash-missing',
      );
    },
  },
  {
    id: '5.2',
    title: 'A taken username or email, a wrong confirmation, or a password under 8 characters gets the form again with an error and adds no user',
    needs: ['5.1', '1.3'],
    async run(t) {
      const taken = t.user;
      // `check`: how to log in as the user the attempt must not add.
      const attempts: { what: string; user: NewUser; confirm?: string; check: Credentials }[] = [
        (() => {
          const user = { ...freshUser('dup_name'), username: taken.username };
          // Only the new email (and password) can tell a second user of that name from the first.
          return { what: `the taken username ${taken.username}`, user, check: { username: user.email, password: user.password } };
        })(),
        (() => {
          const user = { ...freshUser('dup_mail'), email: taken.email ?? '' };
          return { what: `the taken email ${taken.email}`, user, check: { username: user.username, password: user.password } };
        })(),
        (() => {
          const user = freshUser('mismatch');
          return { what: 'a confirmation that differs from the password', user, confirm: `${user.password}-typo`, check: user };
        })(),
        (() => {
          const user = { ...freshUser('short'), password: 'Sh0rt-7' };
          return { what: `the 7-character password "${user.password}"`, user, check: user };
        })(),
      ];
      for (const attempt of attempts) {
        const client = t.client();
        const { page, response } = await register(client, attempt.user, attempt.confirm);
        const what = `registering with ${attempt.what}`;
        expect(!isRedirect(response), `${what} redirected to ${response.location?.pathname}: it must show the form again and add no user`, response, 'refused-register-redirects');
        expect(FORM_AGAIN.has(response.status), `${what} answered ${response.status}, expected 200 with the form again`, response, 'refused-register-status');
        expect(findForm(response.page(), REGISTER_FIELDS), `${what} did not show the register form again`, response, 'no-form-again');
        expect(
          shownError(response, page),
          `${what} showed the form again with no error: flash a message of category error, or show a field error`,
          response,
          'no-register-error',
        );
        const added = await canLogIn(t, attempt.check, attempt.user.username);
        expect(!added.yes, `${what} was refused, yet the user was added: logging in as ${attempt.check.username} works`, added.home, 'user-added');
      }
    },
  },
  {
    id: '5.3',
    title: "The login form takes the username or the email (an email always means that email's account); / and /profile show the username; empty fields do not log in",
    needs: ['1.3'],
    async run(t) {
      const byName = t.client();
      await logIn(t, byName);
      for (const path of ['/', '/profile']) {
        const page = await byName.get(path);
        expect(page.status === 200, `GET ${path} after logging in answered ${page.status}, expected 200`, page, 'page-status');
        expect(pageShowsName(page, t.user.username), `GET ${path} after logging in does not show the username "${t.user.username}" (current_user.username)`, page, 'name-not-shown');
      }

      const byEmail = t.client();
      const email = t.user.email ?? '';
      const login = await postLogin(t, byEmail, { user: { username: email, password: t.user.password } });
      expect(
        isRedirect(login),
        `logging in with the email ${email} in the username field answered ${login.status}, expected a redirect: look the user up by username or email`,
        login,
        'email-login-not-redirect',
      );
      const home = await showsUser(byEmail, t.user.username);
      expect(home.yes, `after logging in with the email ${email}, GET / does not show the username "${t.user.username}"`, home.home, 'name-not-shown');

      const empty = t.client();
      const answer = await postLogin(t, empty, { user: { username: '', password: '' } });
      expect(!isRedirect(answer), `logging in with empty fields redirected to ${answer.location?.pathname}: it must show the form again`, answer, 'empty-login-redirects');
      expect(FORM_AGAIN.has(answer.status), `logging in with empty fields answered ${answer.status}, expected 200 with the form again`, answer, 'empty-login-status');
      expect(findForm(answer.page(), LOGIN_FIELDS), 'logging in with empty fields did not show the login form again', answer, 'no-form-again');
      await expectLoggedOut(empty, 'logging in with empty fields was refused');

      await expectEmailMeansItsOwner(t);
    },
  },
  {
    id: '5.4',
    title: 'A wrong password and an unknown user get the same error text',
    needs: ['1.1'],
    async run(t) {
      const unknown = `nobody_${randomBytes(4).toString('hex')}`;
      const wrongPassword = `${t.user.password}-wrong`;
      const answers: { what: string; answer: Exchange; lines: string[] }[] = [];
      for (const attempt of [
        { what: 'a wrong password', user: { username: t.user.username, password: wrongPassword } },
        { what: 'an unknown user', user: { username: unknown, password: wrongPassword } },
      ]) {
        const answer = await postLogin(t, t.client(), { user: attempt.user });
        expect(!isRedirect(answer), `logging in with ${attempt.what} redirected to ${answer.location?.pathname}: it must show the form again`, answer, 'failed-login-redirects');
        // A page may repeat the name it was given; only the rest must not differ.
        const lines = textLines(answer).map((line) => line.split(attempt.user.username).join('<username>'));
        answers.push({ what: attempt.what, answer, lines });
      }
      const [wrong, stranger] = answers as [(typeof answers)[0], (typeof answers)[0]];
      expect(
        wrong.answer.status === stranger.answer.status,
        `a wrong password answered ${wrong.answer.status} but an unknown user ${stranger.answer.status}: the difference tells a stranger which usernames exist`,
        stranger.answer,
        'enumeration-status',
      );
      const wrongOnly = wrong.lines.filter((line) => !stranger.lines.includes(line));
      const strangerOnly = stranger.lines.filter((line) => !wrong.lines.includes(line));
      if (wrongOnly.length > 0 || strangerOnly.length > 0) {
        const shown = [
          ...(wrongOnly.length ? [`a wrong password shows "${wrongOnly.join(' / ')}"`] : []),
          ...(strangerOnly.length ? [`an unknown user "${strangerOnly.join(' / ')}"`] : []),
        ];
        fail(
          `a wrong password and an unknown user get different text (${shown.join(', ')}): show one message, such as "Invalid username or password.", for both`,
          stranger.answer,
          'enumeration-text',
        );
      }
    },
  },
  {
    id: '5.5',
    title: 'Passwords are stored hashed: the plain password is nowhere in the database file',
    needs: ['5.10'],
    async run(t) {
      const bytes = await databaseBytes(t);
      if (!bytes) fail(IGNORES_DATABASE_URI, undefined, 'database-uri-ignored');
      expect(
        bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER),
        'the database file verify gave the app (FLASK_SQLALCHEMY_DATABASE_URI) is still empty after a registration: are the tables created at start (see 5.10)?',
        undefined, 'database-empty',
      );
      expect(
        bytes.includes(Buffer.from(t.user.username, 'utf8')),
        `the user verify registered (${t.user.username}) is not in the database file verify gave the app (FLASK_SQLALCHEMY_DATABASE_URI): did registering work?`,
        undefined, 'user-not-in-database',
      );
      expect(
        !bytes.includes(Buffer.from(t.user.password, 'utf8')),
        `the database file holds the password of ${t.user.username} in plain text: store generate_password_hash(password) and check with check_password_hash()`,
        undefined, 'plain-password',
      );
    },
  },
  {
    id: '5.6',
    title: 'Ticking "remember" sets a remember_token cookie with an expiry; not ticking it sets none; logging out ends it',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const ticked = t.client();
      const { page, form, response } = await ticked.submit('/login', { username: t.user.username, password: t.user.password, remember: true }, LOGIN_FIELDS);
      if (!form || !response) fail('GET /login shows no form with inputs named username and password', page, 'no-login-form');
      expect(
        form.inputs.some((input) => input.name === 'remember' && input.type === 'checkbox'),
        'the login form has no <input type="checkbox" name="remember">',
        page,
        'no-remember-box',
      );
      expect(isRedirect(response), `logging in with "remember" ticked answered ${response.status}, expected a redirect`, response, 'login-not-redirect');
      const token = response.setCookies.find((cookie) => cookie.key === 'remember_token') ?? (await ticked.cookie('remember_token'));
      if (!token) fail('logging in with "remember" ticked set no remember_token cookie: login_user(user, remember=...) with the box\'s value', response, 'no-remember-token');
      expect(
        hasFutureExpiry(token),
        'the remember_token cookie has no expiry (Expires or Max-Age), so it would end with the browser session',
        response,
        'remember-no-expiry',
      );

      const unticked = t.client();
      const login = await postLogin(t, unticked, { remember: false });
      expect(isRedirect(login), `logging in without "remember" answered ${login.status}, expected a redirect`, login, 'login-not-redirect');
      await unticked.get('/');
      const unwanted = login.setCookies.find((cookie) => cookie.key === 'remember_token' && hasFutureExpiry(cookie)) ?? (await unticked.cookie('remember_token'));
      expect(!unwanted, 'logging in with "remember" not ticked still set a remember_token cookie: pass the checkbox\'s value, not True', login, 'remember-unwanted');

      // The cookie alone, in a browser that has nothing else: it logs in before a logout, and not after.
      const rememberedBy = async () => {
        const fresh = t.client();
        await fresh.setCookie('remember_token', token.value);
        return showsUser(fresh, t.user.username);
      };
      const before = await rememberedBy();
      expect(before.yes, 'the remember_token cookie, sent alone by a fresh visitor, does not log in: is it the one login_user(..., remember=True) set?', before.home, 'remember-token-useless');
      await logOut(t, ticked);
      const after = await rememberedBy();
      expect(
        !after.yes,
        'after logging out, the remember_token from before still logs in a fresh visitor who sends it alone. Flask-Login\'s default token is the ' +
          'signed user id, valid as long as the secret key: give each user a token column, return it from get_id(), look users up by it in ' +
          'the user_loader, and replace it at logout',
        after.home,
        'remember-survives-logout',
      );
    },
  },
  {
    id: '5.7',
    title: 'GET /logout does not log out; the logout form (a POST with its token) does',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const get = await client.get('/logout');
      const still = await showsUser(client, t.user.username);
      expect(
        still.yes,
        `after GET /logout (answered ${get.status}) the visitor is logged out: a link or an <img> on any site could do that. Take POST only: methods=["POST"]`,
        get,
        'get-logout',
      );
      const post = await logOut(t, client);
      expect(
        post.status < 400,
        `posting the logout form answered ${post.status}${post.status === 400 ? ': is its hidden csrf_token input missing?' : ''}`,
        post,
        'logout-post-refused',
      );
      await expectLoggedOut(client, 'posting the logout form should have logged the visitor out');
    },
  },
  {
    id: '5.8',
    title: 'A POST to /login or /register without the CSRF token is refused and changes nothing',
    async run(t) {
      const refusedMessage = (what: string, answer: Exchange) =>
        `${what} answered ${answer.status}${isRedirect(answer) ? ` → ${answer.location?.pathname}` : ''}: it must be refused (400, or the form again). Protect every form with CSRFProtect(app)`;
      const refused = (answer: Exchange, names: string[]) =>
        !isRedirect(answer) && (answer.status === 400 || answer.status === 403 || (FORM_AGAIN.has(answer.status) && findForm(answer.page(), names) !== undefined));

      for (const visitedFirst of [false, true]) {
        const who = visitedFirst ? 'after GET /login' : 'from a fresh browser';
        const client = t.client();
        if (visitedFirst) await client.get('/login');
        const answer = await client.post('/login', new URLSearchParams({ username: t.user.username, password: t.user.password }));
        const what = `POST /login with the right password but no csrf_token (${who})`;
        expect(refused(answer, LOGIN_FIELDS), refusedMessage(what, answer), answer, 'csrf-missing');
        await expectLoggedOut(client, `${what} must not log in`);
      }

      for (const visitedFirst of [false, true]) {
        const who = visitedFirst ? 'after GET /register' : 'from a fresh browser';
        const client = t.client();
        if (visitedFirst) await client.get('/register');
        const user = freshUser('forged');
        const answer = await client.post('/register', new URLSearchParams({ ...user, confirm: user.password }));
        const what = `POST /register with no csrf_token (${who})`;
        expect(refused(answer, REGISTER_FIELDS), refusedMessage(what, answer), answer, 'csrf-missing');
        const added = await canLogIn(t, user);
        expect(!added.yes, `${what} added the user ${user.username}: logging in as them works`, added.home, 'user-added');
      }
    },
  },
  {
    id: '5.9',
    title: 'The session cookie is HttpOnly and SameSite=Lax',
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieIn(login.setCookies) ?? sessionCookieIn(await client.jar.getCookies(client.baseUrl));
      if (!cookie) fail('the login set no session cookie', login, 'no-session-cookie');
      expect(cookie.httpOnly, `the ${cookie.key} cookie is not HttpOnly, so page scripts can read it: keep SESSION_COOKIE_HTTPONLY on`, login, 'cookie-not-httponly');
      expect(
        cookie.sameSite === 'lax',
        `the ${cookie.key} cookie has ${cookie.sameSite && cookie.sameSite !== 'none' ? `SameSite=${cookie.sameSite}` : 'no SameSite=Lax'}: set app.config["SESSION_COOKIE_SAMESITE"] = "Lax"`,
        login,
        'cookie-not-samesite-lax',
      );
    },
  },
  {
    id: '5.10',
    title: 'Tables are created at start: a fresh database works with no extra command',
    async run(t) {
      // verify registered its user first thing on a database file that did not exist yet.
      const bytes = await databaseBytes(t);
      if (bytes?.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER) && bytes.includes(Buffer.from(t.user.username, 'utf8'))) return;
      // Something is wrong: register once more to see how, with the app's own error.
      const user = freshUser('fresh');
      const { response } = await register(t.client(), user);
      expect(
        response.status < 500,
        `registering on a fresh database answered ${response.status}: create the missing tables when the app starts (with app.app_context(): db.create_all())`,
        response,
        'tables-missing',
      );
      const after = await databaseBytes(t);
      if (!after) fail(IGNORES_DATABASE_URI, response, 'database-uri-ignored');
      expect(
        after.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER),
        'the database file verify gave the app is still empty after a registration: create the tables when the app starts (db.create_all())',
        response,
        'tables-missing',
      );
      fail(
        `the user verify registered first thing (${t.user.username}) is not in the fresh database: does registering work without an extra command?`,
        response,
        'user-not-in-database',
      );
    },
  },
];
