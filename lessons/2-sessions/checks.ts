import { randomBytes } from 'node:crypto';
import { expect, fail, type CheckDefinition } from '../../src/engine/checks.js';
import { isRedirect } from '../../src/engine/http.js';
import { homeIsGuarded, homeShowsUser, logIn, logOut, postLogin, sessionCookieOf } from '../helpers.js';
import { resign, signedWith, tamper } from './flask-cookie.js';

/** Keys that tutorials, docs and defaults use, so forgers try them first. */
const GUESSED_KEYS = ['dev', 'secret', 'secret-key', 'secret_key', 'changeme', 'change-me', 'development', 'supersecret', 'super secret key', 'your-secret-key', 'mysecret', 'key'];

export const checks: CheckDefinition[] = [
  {
    id: '2.1',
    title: 'A successful login redirects and sets a signed, HttpOnly session cookie',
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await postLogin(t, client);
      expect(isRedirect(login), `a successful login answered ${login.status}: redirect after the POST (302 or 303)`, login, 'login-not-redirect');
      const cookie = sessionCookieOf(login);
      if (!cookie) fail('the successful login set no cookie: store the user in Flask\'s `session`', login, 'no-session-cookie');
      expect(cookie.httpOnly, `the ${cookie.key} cookie is not HttpOnly, so page scripts can read it`, login, 'cookie-not-httponly');
      expect(
        decodeURIComponent(cookie.value).toLowerCase() !== t.user.username.toLowerCase(),
        `the ${cookie.key} cookie holds the username in plain text, so anyone can change it: use Flask's signed \`session\``,
        login,
        'cookie-plain-text',
      );
    },
  },
  {
    id: '2.2',
    title: 'GET / shows the username with the session cookie, and not without it',
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const withCookie = await homeShowsUser(t, client);
      expect(withCookie.loggedIn, `GET / with the session cookie does not show "${t.user.username}"`, withCookie.home, 'name-not-shown');
      if (homeIsGuarded(t)) return; // from lesson 4 that visit is a redirect, checked by 4.1
      // Before lesson 4, homeShowsUser fails any answer to a stranger but 200.
      const anonymous = await homeShowsUser(t, t.client());
      expect(!anonymous.loggedIn, `GET / with no cookie shows "${t.user.username}"`, anonymous.home, 'name-shown-without-cookie');
    },
  },
  {
    id: '2.3',
    title: 'Logging out redirects, and then / no longer shows the username',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const out = await logOut(t, client);
      expect(isRedirect(out), `logging out answered ${out.status}, expected a redirect (302 or 303)`, out, 'logout-not-redirect');
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, `after logging out, GET / still shows "${t.user.username}": clear the session`, after.home, 'name-shown-after-logout');
    },
  },
  {
    id: '2.4',
    title: 'A failed login leaves the visitor logged out',
    needs: ['1.1'],
    async run(t) {
      const client = t.client();
      await postLogin(t, client, { user: { username: t.user.username, password: `${t.user.password}-wrong` } });
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, `after a wrong password, GET / shows "${t.user.username}": only write the session once the password matched`, after.home, 'name-shown-after-failed-login');
    },
  },
  {
    id: '2.5',
    title: 'A tampered or forged session cookie is ignored, never a 500',
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieOf(login);
      if (!cookie) fail('the successful login set no session cookie to test', login, 'no-session-cookie');
      // A key anyone can guess is found offline: the cookie verify got is signed with it.
      const guessed = GUESSED_KEYS.find((key) => signedWith(cookie.value, key));
      if (guessed !== undefined)
        fail(
          `your app signs its session cookie with the key "${guessed}", which anyone can guess and use to forge a login. ` +
            'Whether that key is written in app.py or is the fallback of os.environ.get("SECRET_KEY", ...), the fix is the same: ' +
            'a random default (secrets.token_hex()) and then app.config.from_prefixed_env(), which reads FLASK_SECRET_KEY',
          login,
          'guessable-key',
        );
      const forgeries = [
        { what: 'a session cookie with one character changed', value: tamper(cookie.value) },
        { what: 'a session cookie signed with a guessed key', value: resign(cookie.value, 'dev') },
        { what: 'a made-up session cookie', value: 'not-a-real-session' },
      ];
      for (const forgery of forgeries) {
        const visitor = t.client();
        await visitor.setCookie(cookie.key, forgery.value);
        const seen = await homeShowsUser(t, visitor);
        expect(!seen.loggedIn, `with ${forgery.what}, GET / shows "${t.user.username}": the cookie must be signed and checked`, seen.home, 'forged-cookie-accepted');
      }
    },
  },
  {
    id: '2.6',
    title: 'The secret key comes from FLASK_SECRET_KEY: a restart with another key ends old sessions',
    needs: ['1.3'],
    restarts: true,
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieOf(login);
      const before = await homeShowsUser(t, client);
      expect(before.loggedIn, `could not log in to test the key: GET / does not show "${t.user.username}"`, before.home, 'name-not-shown');
      if (cookie && signedWith(cookie.value, t.secretKey) === false)
        fail(
          'the session cookie is not signed with FLASK_SECRET_KEY: set a default SECRET_KEY, then call app.config.from_prefixed_env()',
          login,
          'key-not-from-config',
        );
      await t.restart({ FLASK_SECRET_KEY: `verify-${randomBytes(24).toString('hex')}` });
      const after = await homeShowsUser(t, client);
      expect(
        !after.loggedIn,
        'after a restart with another FLASK_SECRET_KEY the old session cookie still works: the key is fixed in the code',
        after.home,
        'old-key-accepted',
      );
    },
  },
];
