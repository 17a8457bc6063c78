import { type CheckDefinition, expect, fail } from '../../src/checks/checks.js';
import { isRedirect } from '../../src/checks/http.js';
import { homeIsGuarded, homeShowsUser, logIn, logOut, postLogin, sessionCookieOf } from '../helpers.js';
import { helperText } from '../helpers.text.js';
import { text } from './checks.text.js';
import { resign, signedWith, tamper } from './flask-cookie.js';

/** Keys that tutorials, docs and defaults use, so forgers try them first. */
const GUESSED_KEYS = [
  'dev',
  'secret',
  'secret-key',
  'secret_key',
  'changeme',
  'change-me',
  'development',
  'supersecret',
  'super secret key',
  'your-secret-key',
  'mysecret',
  'key',
];

export const checks: CheckDefinition[] = [
  {
    id: '2.1',
    get title() {
      return text().titles['2.1'];
    },
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await postLogin(t, client);
      expect(isRedirect(login), text().loginNotRedirect(login.status), login, 'login-not-redirect');
      const cookie = sessionCookieOf(login);
      if (!cookie) fail(text().noCookie, login, 'no-session-cookie');
      expect(cookie.httpOnly, helperText().cookieNotHttpOnly(cookie.key), login, 'cookie-not-httponly');
      expect(
        decodeURIComponent(cookie.value).toLowerCase() !== t.user.username.toLowerCase(),
        text().cookiePlainText(cookie.key),
        login,
        'cookie-plain-text',
      );
    },
  },
  {
    id: '2.2',
    get title() {
      return text().titles['2.2'];
    },
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const withCookie = await homeShowsUser(t, client);
      expect(withCookie.loggedIn, text().nameNotShown(t.user.username), withCookie.home, 'name-not-shown');
      if (homeIsGuarded(t)) return; // from lesson 4 that visit is a redirect, checked by 4.1
      // Before lesson 4, homeShowsUser fails any answer to a stranger but 200.
      const anonymous = await homeShowsUser(t, t.client());
      expect(!anonymous.loggedIn, text().nameShownWithoutCookie(t.user.username), anonymous.home, 'name-shown-without-cookie');
    },
  },
  {
    id: '2.3',
    get title() {
      return text().titles['2.3'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const out = await logOut(t, client);
      expect(isRedirect(out), text().logoutNotRedirect(out.status), out, 'logout-not-redirect');
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, text().nameShownAfterLogout(t.user.username), after.home, 'name-shown-after-logout');
    },
  },
  {
    id: '2.4',
    get title() {
      return text().titles['2.4'];
    },
    needs: ['1.1'],
    async run(t) {
      const client = t.client();
      await postLogin(t, client, { user: { username: t.user.username, password: `${t.user.password}-wrong` } });
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, text().nameShownAfterFailedLogin(t.user.username), after.home, 'name-shown-after-failed-login');
    },
  },
  {
    id: '2.5',
    get title() {
      return text().titles['2.5'];
    },
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieOf(login);
      if (!cookie) fail(text().noCookieToTest, login, 'no-session-cookie');
      // A key anyone can guess is found offline: the cookie verify got is signed with it.
      const guessed = GUESSED_KEYS.find((key) => signedWith(cookie.value, key));
      if (guessed !== undefined) fail(text().guessableKey(guessed), login, 'guessable-key');
      const forgeries = [
        { what: text().tamperedCookie, value: tamper(cookie.value) },
        { what: text().guessedKeyCookie, value: resign(cookie.value, 'dev') },
        { what: text().madeUpCookie, value: 'not-a-real-session' },
      ];
      for (const forgery of forgeries) {
        const visitor = t.client();
        await visitor.setCookie(cookie.key, forgery.value);
        const seen = await homeShowsUser(t, visitor);
        expect(!seen.loggedIn, text().forgedCookieAccepted(forgery.what, t.user.username), seen.home, 'forged-cookie-accepted');
      }
    },
  },
  {
    id: '2.6',
    get title() {
      return text().titles['2.6'];
    },
    // A cookie that is not Flask's signed session (2.1) has no key to test.
    needs: ['1.3', '2.1'],
    restarts: true,
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieOf(login);
      const before = await homeShowsUser(t, client);
      expect(before.loggedIn, text().keyTestNoLogin(t.user.username), before.home, 'name-not-shown');
      if (cookie && signedWith(cookie.value, t.secretKey) === false) fail(text().keyNotFromConfig, login, 'key-not-from-config');
      // With no FLASK_SECRET_KEY at all, the app refuses to start or makes a random key: the old cookie
      // is not accepted, nor is one made by that start after the next (a literal default would be).
      if (!(await t.restart({ FLASK_SECRET_KEY: null }))) return;
      const after = await homeShowsUser(t, client);
      expect(!after.loggedIn, text().oldKeyAccepted, after.home, 'old-key-accepted');
      const keyless = t.client();
      const again = await postLogin(t, keyless);
      if (!isRedirect(again)) return; // it cannot sign a session without the key: it refuses one
      if (!(await homeShowsUser(t, keyless)).loggedIn) return;
      if (!(await t.restart({ FLASK_SECRET_KEY: null }))) return;
      const next = await homeShowsUser(t, keyless);
      expect(!next.loggedIn, text().literalKeyDefault, next.home, 'literal-key-default');
    },
  },
];
