// The shared steps that many checks ride on, each probed once per run (see STEPS in
// src/checks/checks.ts): /login has the form, /register adds a user, a correct login redirects
// and sticks, the guard sends a stranger to /login, the logout ends the login. A check whose
// requests rode on a step that failed is reported as needing it; the step's failure is reported
// once, by the check that owns it at the lesson verified.
import { randomBytes } from 'node:crypto';
import { type CheckDefinition, expect, fail } from '../src/checks/checks.js';
import { findForm, visibleText } from '../src/checks/html.js';
import { isRedirect } from '../src/checks/http.js';
import { homeIsGuarded, logIn, logOut, pageShowsName, postLogin, sitePath } from './helpers.js';
import { probeText as text } from './helpers.text.js';

/** The first words of a page, for a message: what a 400 page says ("The CSRF token is missing."). */
function gist(body: string, page: () => Parameters<typeof visibleText>[0]): string {
  if (!body) return '';
  const words = visibleText(page());
  return words.length > 120 ? `${words.slice(0, 120)}…` : words;
}

const loginForm: CheckDefinition = {
  id: 'login-form',
  title: '/login shows the login form',
  // A login page that redirects from lesson 4 on is the guard put on the login view itself.
  probe: { owner: (lesson, failure) => (lesson >= 4 && failure.reason === 'login-page-redirects' ? '4.4' : '1.1') },
  async run(t) {
    const client = t.client();
    const page = await client.get('/login', { follow: false });
    if (isRedirect(page)) {
      const loop = sitePath(client, page) === '/login';
      fail(text().loginPageRedirects(page.headers.get('location') ?? '', loop), page, 'login-page-redirects');
    }
    expect(
      page.status === 200,
      text().loginPageStatus(
        page.status,
        gist(page.body, () => page.page()),
      ),
      page,
      'login-page-status',
      {
        status: String(page.status),
      },
    );
    if (!findForm(page.page(), ['username', 'password'])) fail(text().noLoginForm, page, 'no-login-form');
  },
};

const register: CheckDefinition = {
  id: 'register',
  title: '/register adds a user',
  // Registering on a fresh database that has no tables: they were not created at start (5.10).
  probe: { owner: (_lesson, failure) => (/no such table|OperationalError/.test(failure.appOutput ?? '') ? '5.10' : '5.1') },
  async run(t) {
    t.rode?.('register');
    const tag = randomBytes(4).toString('hex');
    const user = {
      username: `probe_${tag}`,
      email: `probe.${tag}@example.com`,
      password: `Probe-Pass-${tag}`,
      confirm: `Probe-Pass-${tag}`,
    };
    const { page, form, response } = await t.client().submit('/register', user, undefined, { follow: false });
    if (!form || !response) fail(text().noRegisterForm, page, 'no-register-form');
    expect(isRedirect(response), text().registerNotRedirect(response.status), response, 'not-redirect');
  },
};

/** The reasons a login that redirected still leaves the next page not knowing the user. */
const STICKING = ['login-not-sticking', 'name-not-shown'];

const login: CheckDefinition = {
  id: 'login',
  title: 'a correct login redirects, and the next page knows the user',
  probe: {
    // A 405 is the form's route refusing POST: the form does not post, whatever is typed in it (1.2 tries first).
    stepOf: (failure) =>
      failure.exchange?.status === 405 ? 'login-form' : STICKING.includes(failure.reason ?? '') ? 'login-sticks' : 'login',
    owner: (lesson, failure) =>
      failure.exchange?.status === 405
        ? '1.2'
        : lesson === 1
          ? '1.3'
          : lesson >= 5
            ? '5.3'
            : STICKING.includes(failure.reason ?? '')
              ? '2.2'
              : '2.1',
  },
  async run(t) {
    const client = t.client();
    const answer = await postLogin(t, client, { follow: false });
    expect(isRedirect(answer), text().loginNotRedirect(t.user.username, answer.status), answer, 'login-not-redirect');
    if (t.lesson < 2) return;
    const home = await client.get('/');
    if (home.status >= 500) return; // the page's own error (its template, its view), not the login's
    const sentToLogin = homeIsGuarded(t) && isRedirect(home) && sitePath(client, home) === '/login';
    const knows = home.status === 200 && pageShowsName(home, t.user.username);
    // Sent back to /login: the login did not stick. A page without the name may also just not show it.
    if (!knows)
      fail(
        text().loginNotSticking(t.user.username, t.lesson, sentToLogin, home.status),
        home,
        sentToLogin ? 'login-not-sticking' : 'name-not-shown',
      );
  },
};

const guard: CheckDefinition = {
  id: 'guard',
  title: 'the guard sends a visitor who is not logged in to /login',
  probe: { owner: () => '4.1' },
  async run(t) {
    t.rode?.('guard');
    for (const path of ['/', '/profile']) {
      const client = t.client();
      const answer = await client.get(path, { follow: false });
      if (answer.status >= 500) fail(text().guardCrashed(path), answer, 'guard-crashed', { crash: 'yes' });
      expect(
        isRedirect(answer) && sitePath(client, answer) === '/login',
        text().guardNotRedirect(path, answer.status, answer.headers.get('location')),
        answer,
        'guard-not-redirect',
        { status: String(answer.status) },
      );
    }
  },
};

const logout: CheckDefinition = {
  id: 'logout',
  title: 'the logout ends the login',
  logsOut: true,
  probe: { owner: (lesson) => (lesson >= 5 ? '5.7' : '2.3') },
  async run(t) {
    const client = t.client();
    await logIn(t, client, { follow: false });
    const out = await logOut(t, client, { follow: false });
    if (out.status >= 500) fail(text().logoutStatus(out.status, ''), out, 'status-500');
    expect(
      out.status < 400,
      text().logoutStatus(
        out.status,
        gist(out.body, () => out.page()),
      ),
      out,
      t.lesson >= 5 ? 'logout-post-refused' : 'logout-not-redirect',
      { status: String(out.status) },
    );
    expect(isRedirect(out), text().logoutNotRedirect(out.status), out, 'logout-not-redirect');
    const home = await client.get('/');
    if (home.status >= 500) return; // the page's own error, not the logout's
    expect(
      !(home.status === 200 && pageShowsName(home, t.user.username)),
      text().stillLoggedIn(t.user.username),
      home,
      'name-shown-after-logout',
    );
  },
};

/** The probes a lesson runs, in the order of the steps. */
export function probesFor(lesson: number): CheckDefinition[] {
  return [loginForm, ...(lesson >= 5 ? [register] : []), login, ...(lesson >= 4 ? [guard] : []), ...(lesson >= 2 ? [logout] : [])];
}
