import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Cookie } from 'tough-cookie';
import { type CheckContext, type CheckDefinition, type Credentials, expect, fail } from '../../src/checks/checks.js';
import { type Form, findForm, linesOutsideFlashes, renderedLines } from '../../src/checks/html.js';
import { type Client, type Exchange, isRedirect } from '../../src/checks/http.js';
import { describeFlashes, expectRedirectTo, flashes, logIn, logOut, pageShowsName, postLogin, sitePath } from '../helpers.js';
import { helperText } from '../helpers.text.js';
import { text } from './checks.text.js';
import { compareHashWork, cpuMs, hashWork, slowWork, storedHashes } from './password-hashing.js';

const REGISTER_FIELDS = ['username', 'email', 'password', 'confirm'];
const LOGIN_FIELDS = ['username', 'password'];
/** Statuses that may carry "the form again": a plain page, or one that also says what was wrong. */
const FORM_AGAIN = new Set([200, 400, 401, 409, 422]);
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/**
 * 5.13 by time, for an app that hashes with a library verify cannot count: a stranger's login
 * fails it only when it is quicker by this much and by half, so a busy machine cannot.
 */
const TIMING_MARGIN_MS = 40;

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
  if (!form || !response) fail(text().noRegisterForm(REGISTER_FIELDS), page, 'no-register-form');
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
async function expectLoggedOut(client: Client, why: string, t?: CheckContext): Promise<void> {
  t?.rode?.('guard');
  const home = await client.get('/');
  expect(isRedirect(home) && sitePath(client, home) === '/login', text().stillLoggedIn(why, home.status), home, 'still-logged-in');
}

/** The page's lines of visible text, flashes included. */
function textLines(exchange: Exchange): string[] {
  return renderedLines(exchange.page());
}

/** The error a form shows: a flash of category error, or text the blank form did not have (a field error). */
function shownError(response: Exchange, blank: Exchange): string | undefined {
  const error = flashes(response).find((flash) => flash.categories.includes('error'));
  if (error) return error.text;
  const before = new Set(linesOutsideFlashes(blank.body));
  return linesOutsideFlashes(response.body).find((line) => !before.has(line));
}

/**
 * The bytes of the throwaway SQLite database verify gave the app, with its WAL and journal
 * if any; undefined when the app never made that file (it ignores the setting).
 */
async function databaseBytes(databaseFile: string): Promise<Buffer | undefined> {
  const read = (path: string): Promise<Buffer | undefined> => readFile(path).catch(() => undefined);
  const main = await read(databaseFile);
  if (!main) return undefined;
  const extra: Buffer[] = [];
  for (const suffix of ['-wal', '-journal']) {
    const part = await read(`${databaseFile}${suffix}`);
    if (part) extra.push(part);
  }
  return Buffer.concat([main, ...extra]);
}

function sessionCookieIn(cookies: Cookie[]): Cookie | undefined {
  const candidates = cookies.filter((cookie) => cookie.key !== 'remember_token' && cookie.value !== '');
  return candidates.find((cookie) => cookie.key === 'session') ?? candidates[0];
}

function hasFutureExpiry(cookie: Cookie): boolean {
  if (typeof cookie.maxAge === 'number') return cookie.maxAge > 0;
  return cookie.expires instanceof Date && cookie.expires.getTime() > Date.now();
}

/** Whether a registration took the user: refused is the register form again, with no redirect (5.2). */
function accepted({ response }: { response: Exchange }): boolean {
  return isRedirect(response) || !findForm(response.page(), REGISTER_FIELDS);
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
  const first = await register(t.client(), squatter);
  const second = await register(t.client(), owner);
  if (!accepted(second)) {
    expect(accepted(first), text().emailRefused(owner.username, address), second.response, 'email-refused');
    return; // the second registration refused because the first holds the address: correct
  }
  const opened = await canLogIn(t, { username: address, password: owner.password }, owner.username);
  const squatted = text().squatted(address, owner.username);
  expect(opened.yes, text().emailNotItsAccount(squatted, address, owner.username), opened.home, 'email-not-its-account');
  const client = t.client();
  const answer = await postLogin(t, client, { user: { username: address, password: squatter.password } });
  expect(!isRedirect(answer), text().emailOpensOtherAccount(squatted, address, owner.username), answer, 'email-opens-other-account');
}

export const checks: CheckDefinition[] = [
  {
    id: '5.1',
    get title() {
      return text().titles['5.1'];
    },
    async run(t) {
      const client = t.client();
      const page = await client.get('/register');
      expect(page.status === 200, text().registerPageStatus(page.status), page, 'register-page-status');
      const form = findForm(page.page(), REGISTER_FIELDS);
      if (!form) {
        const names = page
          .page()
          .querySelectorAll('form input, form textarea, form select')
          .map((input) => input.getAttribute('name'))
          .filter(Boolean);
        fail(text().noRegisterForm(REGISTER_FIELDS, names), page, 'no-register-form');
      }
      expect(form.method === 'post', text().formNotPost(form.method), page, 'form-not-post');
      const user = freshUser('grace');
      const { response } = await register(client, user);
      expectRedirectTo(client, response, '/login', text().registeringNewUser(user.username));
      const login = await client.follow(response);
      expect(
        flashes(login).some((flash) => flash.categories.includes('success')),
        text().registerFlashMissing(describeFlashes(login)),
        login,
        'register-flash-missing',
      );
    },
  },
  {
    id: '5.2',
    get title() {
      return text().titles['5.2'];
    },
    needs: ['5.1', '1.3'],
    async run(t) {
      const taken = t.user;
      // `check`: how to log in as the user the attempt must not add.
      const attempts: { what: string; user: NewUser; confirm?: string; check: Credentials; case: string }[] = [
        (() => {
          const user = { ...freshUser('dup_name'), username: taken.username };
          // Only the new email (and password) can tell a second user of that name from the first.
          return {
            what: text().takenUsername(taken.username),
            user,
            check: { username: user.email, password: user.password },
            case: 'username',
          };
        })(),
        (() => {
          const user = { ...freshUser('dup_mail'), email: taken.email ?? '' };
          return { what: text().takenEmail(taken.email), user, check: { username: user.username, password: user.password }, case: 'email' };
        })(),
        (() => {
          const user = freshUser('mismatch');
          return { what: text().confirmationDiffers, user, confirm: `${user.password}-typo`, check: user, case: 'confirm' };
        })(),
        (() => {
          const user = { ...freshUser('short'), password: 'Sh0rt-7' };
          return { what: text().shortPassword(user.password), user, check: user, case: 'short' };
        })(),
      ];
      for (const attempt of attempts) {
        const client = t.client();
        const { page, response } = await register(client, attempt.user, attempt.confirm);
        const what = text().registeringWith(attempt.what);
        expect(
          !isRedirect(response),
          text().refusedRegisterRedirects(what, response.location?.pathname),
          response,
          'refused-register-redirects',
          { case: attempt.case },
        );
        expect(FORM_AGAIN.has(response.status), text().formAgainStatus(what, response.status), response, 'refused-register-status');
        expect(findForm(response.page(), REGISTER_FIELDS), text().noRegisterFormAgain(what), response, 'no-form-again');
        expect(shownError(response, page), text().noRegisterError(what), response, 'no-register-error');
        const added = await canLogIn(t, attempt.check, attempt.user.username);
        expect(!added.yes, text().userAdded(what, attempt.check.username), added.home, 'user-added', { case: attempt.case });
      }
    },
  },
  {
    id: '5.3',
    get title() {
      return text().titles['5.3'];
    },
    needs: ['1.3'],
    async run(t) {
      const byName = t.client();
      await logIn(t, byName);
      for (const path of ['/', '/profile']) {
        const page = await byName.get(path);
        expect(page.status === 200, helperText().afterLoginStatus(path, page.status), page, 'page-status');
        expect(pageShowsName(page, t.user.username), text().nameNotShown(path, t.user.username), page, 'name-not-shown');
      }

      const byEmail = t.client();
      const email = t.user.email ?? '';
      const login = await postLogin(t, byEmail, { user: { username: email, password: t.user.password } });
      expect(isRedirect(login), text().emailLoginNotRedirect(email, login.status), login, 'email-login-not-redirect');
      const home = await showsUser(byEmail, t.user.username);
      expect(home.yes, text().emailLoginNameNotShown(email, t.user.username), home.home, 'name-not-shown');

      const empty = t.client();
      const answer = await postLogin(t, empty, { user: { username: '', password: '' } });
      expect(
        !isRedirect(answer),
        text().loginRedirects(helperText().loggingInWith(helperText().emptyFields), answer.location?.pathname),
        answer,
        'empty-login-redirects',
      );
      expect(
        FORM_AGAIN.has(answer.status),
        text().formAgainStatus(helperText().loggingInWith(helperText().emptyFields), answer.status),
        answer,
        'empty-login-status',
      );
      expect(
        findForm(answer.page(), LOGIN_FIELDS),
        text().noLoginFormAgain(helperText().loggingInWith(helperText().emptyFields)),
        answer,
        'no-form-again',
      );
      await expectLoggedOut(empty, text().refused(helperText().loggingInWith(helperText().emptyFields)), t);

      await expectEmailMeansItsOwner(t);
    },
  },
  {
    id: '5.4',
    get title() {
      return text().titles['5.4'];
    },
    // Its two failed logins must leave the visitor logged out (2.4), or their pages differ for that.
    needs: ['1.1', '2.4'],
    async run(t) {
      const unknown = `nobody_${randomBytes(4).toString('hex')}`;
      const wrongPassword = `${t.user.password}-wrong`;
      const answers: { what: string; answer: Exchange; lines: string[] }[] = [];
      for (const attempt of [
        { what: helperText().wrongPassword, user: { username: t.user.username, password: wrongPassword } },
        { what: helperText().unknownUser, user: { username: unknown, password: wrongPassword } },
      ]) {
        const answer = await postLogin(t, t.client(), { user: attempt.user });
        expect(
          !isRedirect(answer),
          text().loginRedirects(helperText().loggingInWith(attempt.what), answer.location?.pathname),
          answer,
          'failed-login-redirects',
        );
        // A page may repeat the name it was given; only the rest must not differ.
        const lines = textLines(answer).map((line) => line.split(attempt.user.username).join('<username>'));
        answers.push({ what: attempt.what, answer, lines });
      }
      const [wrong, stranger] = answers as [(typeof answers)[0], (typeof answers)[0]];
      expect(
        wrong.answer.status === stranger.answer.status,
        text().enumerationStatus(wrong.answer.status, stranger.answer.status),
        stranger.answer,
        'enumeration-status',
      );
      const wrongOnly = wrong.lines.filter((line) => !stranger.lines.includes(line));
      const strangerOnly = stranger.lines.filter((line) => !wrong.lines.includes(line));
      if (wrongOnly.length > 0 || strangerOnly.length > 0) {
        const shown = [
          ...(wrongOnly.length ? [text().wrongPasswordShows(wrongOnly)] : []),
          ...(strangerOnly.length ? [text().unknownUserShows(strangerOnly)] : []),
        ];
        fail(text().enumerationText(shown), stranger.answer, 'enumeration-text');
      }
    },
  },
  {
    id: '5.5',
    get title() {
      return text().titles['5.5'];
    },
    needs: ['5.10'],
    async run(t) {
      const bytes = await databaseBytes(t.databaseFile);
      if (!bytes) fail(text().databaseUriIgnored, undefined, 'database-uri-ignored');
      expect(bytes.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER), text().databaseEmpty, undefined, 'database-empty');
      expect(
        bytes.includes(Buffer.from(t.user.username, 'utf8')),
        text().userNotInDatabase(t.user.username),
        undefined,
        'user-not-in-database',
      );
      // The learner's own table name, for the hint: the table whose CREATE statement has a password column.
      const table = /CREATE TABLE\s+["`[]?(\w+)["`\]]?\s*\([^)]*password/i.exec(bytes.toString('latin1'))?.[1];
      expect(
        !bytes.includes(Buffer.from(t.user.password, 'utf8')),
        text().plainPassword(t.user.username),
        undefined,
        'plain-password',
        table ? { table } : undefined,
      );
    },
  },
  {
    id: '5.6',
    get title() {
      return text().titles['5.6'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const ticked = t.client();
      for (const step of ['login-form', 'register', 'login', 'login-sticks'] as const) t.rode?.(step);
      const { page, form, response } = await ticked.submit(
        '/login',
        { username: t.user.username, password: t.user.password, remember: true },
        LOGIN_FIELDS,
      );
      if (!form || !response) fail(helperText().noLoginForm('/login'), page, 'no-login-form');
      expect(
        form.inputs.some((input) => input.name === 'remember' && input.type === 'checkbox'),
        text().noRememberBox,
        page,
        'no-remember-box',
      );
      expect(isRedirect(response), text().rememberNotRedirect(response.status), response, 'login-not-redirect');
      const token = response.setCookies.find((cookie) => cookie.key === 'remember_token') ?? (await ticked.cookie('remember_token'));
      if (!token) fail(text().noRememberToken, response, 'no-remember-token');
      expect(hasFutureExpiry(token), text().rememberNoExpiry, response, 'remember-no-expiry');

      const unticked = t.client();
      const login = await postLogin(t, unticked, { remember: false });
      expect(isRedirect(login), text().untickedNotRedirect(login.status), login, 'login-not-redirect');
      await unticked.get('/');
      const unwanted =
        login.setCookies.find((cookie) => cookie.key === 'remember_token' && hasFutureExpiry(cookie)) ??
        (await unticked.cookie('remember_token'));
      expect(!unwanted, text().rememberUnwanted, login, 'remember-unwanted');

      // The cookie alone, in a browser that has nothing else: it logs in before a logout, and not after.
      const rememberedBy = async () => {
        const fresh = t.client();
        await fresh.setCookie('remember_token', token.value);
        return showsUser(fresh, t.user.username);
      };
      const before = await rememberedBy();
      expect(before.yes, text().rememberTokenUseless, before.home, 'remember-token-useless');
      await logOut(t, ticked);
      const after = await rememberedBy();
      expect(!after.yes, text().rememberSurvivesLogout, after.home, 'remember-survives-logout');
    },
  },
  {
    id: '5.7',
    get title() {
      return text().titles['5.7'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const get = await client.get('/logout');
      const still = await showsUser(client, t.user.username);
      expect(still.yes, text().getLogout(get.status), get, 'get-logout');
      const post = await logOut(t, client);
      expect(post.status < 400, text().logoutPostRefused(post.status), post, 'logout-post-refused');
      await expectLoggedOut(client, text().logoutShouldLogOut, t);
    },
  },
  {
    id: '5.8',
    get title() {
      return text().titles['5.8'];
    },
    async run(t) {
      const refusedMessage = (what: string, answer: Exchange) =>
        text().csrfRefused(what, answer.status, isRedirect(answer), answer.location?.pathname);
      const refused = (answer: Exchange, names: string[]) =>
        !isRedirect(answer) &&
        (answer.status === 400 || answer.status === 403 || (FORM_AGAIN.has(answer.status) && findForm(answer.page(), names) !== undefined));

      for (const visitedFirst of [false, true]) {
        const who = visitedFirst ? text().afterVisiting('/login') : text().freshBrowser;
        const client = t.client();
        if (visitedFirst) await client.get('/login');
        const answer = await client.post('/login', new URLSearchParams({ username: t.user.username, password: t.user.password }));
        const what = text().csrfLogin(who);
        expect(refused(answer, LOGIN_FIELDS), refusedMessage(what, answer), answer, 'csrf-missing');
        await expectLoggedOut(client, text().mustNotLogIn(what), t);
      }

      for (const visitedFirst of [false, true]) {
        const who = visitedFirst ? text().afterVisiting('/register') : text().freshBrowser;
        const client = t.client();
        if (visitedFirst) await client.get('/register');
        const user = freshUser('forged');
        const answer = await client.post('/register', new URLSearchParams({ ...user, confirm: user.password }));
        const what = text().csrfRegister(who);
        expect(refused(answer, REGISTER_FIELDS), refusedMessage(what, answer), answer, 'csrf-missing');
        const added = await canLogIn(t, user);
        expect(!added.yes, text().csrfUserAdded(what, user.username), added.home, 'user-added');
      }
    },
  },
  {
    id: '5.9',
    get title() {
      return text().titles['5.9'];
    },
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client);
      const cookie = sessionCookieIn(login.setCookies) ?? sessionCookieIn(await client.jar.getCookies(client.baseUrl));
      if (!cookie) fail(text().noSessionCookie, login, 'no-session-cookie');
      expect(cookie.httpOnly, text().cookieNotHttpOnly(cookie.key), login, 'cookie-not-httponly');
      expect(cookie.sameSite === 'lax', text().cookieNotLax(cookie.key, cookie.sameSite), login, 'cookie-not-samesite-lax');
    },
  },
  {
    id: '5.10',
    get title() {
      return text().titles['5.10'];
    },
    async run(t) {
      // verify registered its user first thing on a database file that did not exist yet.
      const bytes = await databaseBytes(t.databaseFile);
      if (bytes?.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER) && bytes.includes(Buffer.from(t.user.username, 'utf8'))) return;
      // Something is wrong: register once more to see how, with the app's own error.
      const user = freshUser('fresh');
      const { response } = await register(t.client(), user);
      expect(response.status < 500, text().tablesMissing(response.status), response, 'tables-missing');
      const after = await databaseBytes(t.databaseFile);
      if (!after) fail(text().databaseUriIgnored, response, 'database-uri-ignored');
      expect(after.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER), text().tablesEmpty, response, 'tables-missing');
      fail(text().userNotInFreshDatabase(t.user.username), response, 'user-not-in-database');
    },
  },
  {
    id: '5.11',
    get title() {
      return text().titles['5.11'];
    },
    needs: ['5.1', '1.3'],
    async run(t) {
      const tag = randomBytes(3).toString('hex');
      // A tag no page has: found raw in an answer, the name was printed as markup.
      const markup = `<b${tag}>`;
      const user: NewUser = { username: `x${markup}&y`, email: `markup.${tag}@example.com`, password: `Markup-Pass-${tag}` };
      const visitor = t.client();
      const mistyped = t.client();
      const registration = await register(visitor, user);
      if (accepted(registration)) {
        await visitor.landing(registration.response);
        await visitor.landing(await postLogin(t, visitor, { user }));
        for (const path of ['/', '/profile']) await visitor.get(path);
        // A failed login with that name: the form again, which may repeat what was typed.
        await postLogin(t, mistyped, { user: { ...user, password: `${user.password}-wrong` } });
      }
      for (const exchange of [...visitor.history, ...mistyped.history]) {
        const raw = exchange.body.toLowerCase().includes(markup);
        expect(!raw, text().markupUnescaped(user.username, exchange.path), exchange, 'markup-unescaped');
      }
    },
  },
  {
    id: '5.12',
    get title() {
      return text().titles['5.12'];
    },
    // Plain passwords (5.5) are no hash at all: that failure says it first.
    needs: ['5.1', '5.5'],
    usesSecondApp: true,
    async run(t) {
      const second = await t.appWithOwnHashing();
      if ('startError' in second) fail(text().ownHashingNoStart(second.startError), undefined, 'no-start-without-method');
      const user = freshUser('slow');
      const { response } = await register(second.client(), user);
      expect(isRedirect(response), text().ownHashingRegisterRefused(response.status), response, 'register-without-method');
      const bytes = (await databaseBytes(second.databaseFile)) ?? Buffer.alloc(0);
      const stored = storedHashes(bytes);
      const quick = stored.find((hash) => !hash.slow);
      if (quick) fail(text().fastHash(quick.method), response, 'fast-hash', { method: quick.method });
      // Stored in a format verify does not read: the hashing it did while registering decides.
      const work = hashWork(response) ?? [];
      expect(stored.length > 0 || slowWork(work), text().hashNotFound(work), response, 'hash-not-found');
    },
  },
  {
    id: '5.13',
    get title() {
      return text().titles['5.13'];
    },
    needs: ['1.1', '5.5'],
    async run(t) {
      const wrongPassword = `${t.user.password}-wrong`;
      const attempt = async (username: string) => {
        const started = performance.now();
        const answer = await postLogin(t, t.client(), { user: { username, password: wrongPassword }, follow: false });
        // The app's own CPU time for the answer where the runner says it: waiting behind other checks is not work.
        return { answer, ms: cpuMs(answer) ?? performance.now() - started, work: hashWork(answer) ?? [] };
      };
      const stranger = () => `nobody_${randomBytes(4).toString('hex')}`;
      const known = await attempt(t.user.username);
      // Twice for strangers: an app may make its dummy hash on the first one, then keep it.
      await attempt(stranger());
      const unknown = await attempt(stranger());
      const compared = compareHashWork(known.work, unknown.work);
      if (compared === 'none-for-unknown') fail(text().noDummyHash(known.work), unknown.answer, 'no-dummy-hash');
      if (compared === 'differs') fail(text().dummyHashDiffers(known.work, unknown.work), unknown.answer, 'dummy-hash-differs');
      if (compared === 'same') return;
      // Hashed by a library verify cannot count: time it (the app's CPU time), interleaved, with a wide margin.
      const knownMs = [known.ms];
      const unknownMs = [unknown.ms];
      for (let round = 0; round < 2; round++) {
        knownMs.push((await attempt(t.user.username)).ms);
        unknownMs.push((await attempt(stranger())).ms);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
      const [knownMedian, unknownMedian] = [median(knownMs), median(unknownMs)];
      const enumerable = knownMedian - unknownMedian > TIMING_MARGIN_MS && unknownMedian < knownMedian / 2;
      expect(!enumerable, text().timingDiffers(Math.round(knownMedian), Math.round(unknownMedian)), unknown.answer, 'timing-differs');
    },
  },
];
