import { expect, fail, type CheckDefinition } from '../../src/engine/checks.js';
import { findForm, mentions } from '../../src/engine/html.js';
import { isRedirect, type Client, type Exchange } from '../../src/engine/http.js';
import { expectRedirectTo, flashes, logIn, logOut, pageShowsName, postLogin, sitePath } from '../helpers.js';

/** The pages the guard must keep private. */
const GUARDED = ['/', '/profile'];

/** verify's attempts at an open redirect: each one leads a browser off the site. */
const OFF_SITE_NEXTS = ['https://evil.example/', '//evil.example/', '/\\evil.example/', 'javascript:alert(1)'];

/** What a Location header holds, and what a browser makes of it when that is not plain to see. */
function describeLocation(exchange: Exchange): string {
  const raw = exchange.headers.get('location');
  if (raw === null) return '(no Location header)';
  const plain = /^\/(?![/\\])/.test(raw) || /^https?:\/\//i.test(raw);
  const resolved = exchange.location?.href;
  return plain || !resolved || resolved === raw ? raw : `${raw} (which a browser reads as ${resolved})`;
}

function describeFlashes(page: Exchange): string {
  const found = flashes(page);
  if (found.length === 0) return 'no flash at all (an element with class "flash" or "alert")';
  return found.map((flash) => `"${flash.text}"`).join(', ');
}

/** The guard's answer to a visitor who is not logged in: a redirect to /login whose `next` points back at `path`. */
function expectGuardRedirect(client: Client, answer: Exchange, path: string, who: string): void {
  expect(isRedirect(answer), `GET ${path} ${who} answered ${answer.status}, expected a redirect (302 or 303) to /login`, answer, 'guard-not-redirect');
  const reached = sitePath(client, answer);
  expect(reached === '/login', `GET ${path} ${who} redirected to ${describeLocation(answer)}, expected /login`, answer, 'guard-wrong-target');
  const next = answer.location!.searchParams.get('next');
  expect(next, `GET ${path} ${who} redirected to ${describeLocation(answer)}, with no "next" query parameter to come back to ${path}`, answer, 'guard-no-next');
  let target: URL | undefined;
  try {
    target = new URL(next, answer.location);
  } catch {
    target = undefined;
  }
  expect(
    target && target.origin === new URL(client.baseUrl).origin && target.pathname === path,
    `GET ${path} ${who} redirected with next=${next}, which does not point back to ${path}`,
    answer,
    'guard-next-wrong',
  );
}

/** The visitor of `client` is logged out as far as the guard is concerned: `path` sends them to /login. */
async function expectGuarded(client: Client, path: string, who: string): Promise<void> {
  const answer = await client.get(path);
  expect(
    isRedirect(answer),
    `GET ${path} ${who} answered ${answer.status}: the page still shows, expected a redirect to /login. Logging out must clear what the guard checks`,
    answer,
    'not-guarded-after-logout',
  );
  const reached = sitePath(client, answer);
  expect(reached === '/login', `GET ${path} ${who} redirected to ${describeLocation(answer)}, expected /login`, answer, 'guard-wrong-target');
}

export const checks: CheckDefinition[] = [
  {
    id: '4.1',
    title: 'GET / and /profile with no login redirect to /login?next=..., which flashes "log in"',
    async run(t) {
      for (const path of GUARDED) {
        const client = t.client();
        const answer = await client.get(path);
        expectGuardRedirect(client, answer, path, 'with no login');
        const login = await client.follow(answer);
        expect(login.status === 200, `following the redirect from ${path} to ${login.path} answered ${login.status}, expected the login page`, login, 'login-page-status');
        expect(
          flashes(login).some((flash) => mentions(flash.text, 'log in') || mentions(flash.text, 'login')),
          `the login page reached from ${path} shows no flash containing "log in" or "login"; it shows ${describeFlashes(login)}. Flash a message in the guard before redirecting`,
          login,
          'guard-flash-missing',
        );
      }
    },
  },
  {
    id: '4.2',
    title: 'Logging in from /login?next=/profile redirects to /profile, which shows the username',
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client, { next: '/profile' });
      expectRedirectTo(client, login, '/profile', 'logging in from /login?next=/profile');
      const profile = await client.follow(login);
      expect(profile.status === 200, `GET /profile after logging in answered ${profile.status}, expected 200`, profile, 'profile-status');
      expect(pageShowsName(profile, t.user.username), `GET /profile after logging in does not show the username "${t.user.username}"`, profile, 'name-not-shown');
    },
  },
  {
    id: '4.3',
    title: 'A "next" that leaves the site is ignored: the login redirects to a page of the site',
    needs: ['1.3'],
    async run(t) {
      const origin = new URL(t.client().baseUrl).origin;
      for (const next of OFF_SITE_NEXTS) {
        const client = t.client();
        const login = await postLogin(t, client, { next });
        const what = `logging in from /login?next=${next}`;
        expect(isRedirect(login), `${what} answered ${login.status}, expected a redirect (302 or 303) to a page of this site`, login, 'login-not-redirect');
        expect(
          login.location?.origin === origin,
          `${what} redirected to ${describeLocation(login)}: that leaves the site (an open redirect). Follow "next" only when it is a path on this site`,
          login,
          'open-redirect',
        );
      }
    },
  },
  {
    id: '4.4',
    title: '/login stays reachable with no login',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const visits = [
        { client: t.client(), path: '/login', who: 'with no login' },
        { client: t.client(), path: '/login?next=%2Fprofile', who: 'with no login' },
      ];
      for (const visit of visits) await expectLoginPage(visit.client, visit.path, visit.who);
      // Logged in, then out again: the login page must answer as it did for a stranger.
      const client = t.client();
      await logIn(t, client);
      await logOut(t, client);
      await expectLoginPage(client, '/login', 'after logging out');
    },
  },
  {
    id: '4.5',
    title: 'After logging out, / and /profile redirect to /login again',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const home = await client.get('/');
      expect(home.status === 200, `GET / after logging in answered ${home.status}, expected 200`, home, 'home-status');
      await logOut(t, client);
      for (const path of GUARDED) await expectGuarded(client, path, 'after logging out');
    },
  },
];

async function expectLoginPage(client: Client, path: string, who: string): Promise<void> {
  const page = await client.get(path);
  if (isRedirect(page))
    fail(`GET ${path} ${who} redirected to ${describeLocation(page)}: the login page must not need a login (nor bounce a logged-out visitor away)`, page, 'login-page-redirects');
  expect(page.status === 200, `GET ${path} ${who} answered ${page.status}, expected 200 with the login form`, page, 'login-page-status');
  expect(findForm(page.page(), ['username', 'password']), `GET ${path} ${who} shows no form with inputs named username and password`, page, 'no-login-form');
}
