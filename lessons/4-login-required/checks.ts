import { type CheckContext, type CheckDefinition, expect, fail } from '../../src/checks/checks.js';
import { findForm, mentions } from '../../src/checks/html.js';
import { type Client, type Exchange, isRedirect } from '../../src/checks/http.js';
import { describeFlashes, expectRedirectTo, flashes, logIn, logOut, pageShowsName, postLogin, sitePath } from '../helpers.js';
import { helperText } from '../helpers.text.js';
import { text } from './checks.text.js';

/** The pages the guard must keep private. */
const GUARDED = ['/', '/profile'];

/**
 * verify's attempts at an open redirect: each one leads a browser off the site, the last four once
 * the browser has dropped tabs and newlines, trimmed spaces and read `\` as `/` (contract 4.3).
 */
const OFF_SITE_NEXTS = [
  'https://evil.example/',
  '//evil.example/',
  '/\\evil.example/',
  'javascript:alert(1)',
  '/\t/evil.example/',
  ' //evil.example/',
  '\\\\evil.example/',
  'https:evil.example',
];

/**
 * Where a browser goes for a Location header: tabs and newlines dropped, spaces trimmed, `\` read
 * as `/` (WHATWG URL parsing, which new URL() follows, does all three for http and https).
 */
function browserTarget(raw: string, base: string): URL | undefined {
  try {
    return new URL(
      raw
        .replace(/[\t\n\r]/g, '')
        .trim()
        .replace(/\\/g, '/'),
      base,
    );
  } catch {
    return undefined;
  }
}

/** What a Location header holds, and what a browser makes of it when that is not plain to see. */
function describeLocation(exchange: Exchange): string {
  const raw = exchange.headers.get('location');
  if (raw === null) return helperText().noLocation;
  const plain = !/[\s\\]/.test(raw) && (/^\/(?!\/)/.test(raw) || /^https?:\/\//i.test(raw));
  const resolved = browserTarget(raw, exchange.location?.href ?? 'http://127.0.0.1/')?.href;
  const shown = /[\s\\]/.test(raw) ? JSON.stringify(raw) : raw;
  return plain || !resolved || resolved === raw ? shown : text().browserReads(shown, resolved);
}

/** The guard's answer to a visitor who is not logged in: a redirect to /login whose `next` points back at `path`. */
function expectGuardRedirect(client: Client, answer: Exchange, path: string, who: string): void {
  expect(isRedirect(answer), text().guardNotRedirect(path, who, answer.status), answer, 'guard-not-redirect');
  const reached = sitePath(client, answer);
  expect(reached === '/login', text().guardWrongTarget(path, who, describeLocation(answer)), answer, 'guard-wrong-target');
  const next = answer.location!.searchParams.get('next');
  expect(next, text().guardNoNext(path, who, describeLocation(answer)), answer, 'guard-no-next');
  let target: URL | undefined;
  try {
    target = new URL(next, answer.location);
  } catch {
    target = undefined;
  }
  expect(
    target && target.origin === new URL(client.baseUrl).origin && target.pathname === path,
    text().guardNextWrong(path, who, next),
    answer,
    'guard-next-wrong',
  );
}

/** The visitor of `client` is logged out as far as the guard is concerned: `path` sends them to /login. */
async function expectGuarded(t: CheckContext, client: Client, path: string, who: string): Promise<void> {
  t.rode?.('guard');
  const answer = await client.get(path);
  expect(isRedirect(answer), text().notGuardedAfterLogout(path, who, answer.status), answer, 'not-guarded-after-logout');
  const reached = sitePath(client, answer);
  expect(reached === '/login', text().guardWrongTarget(path, who, describeLocation(answer)), answer, 'guard-wrong-target');
}

export const checks: CheckDefinition[] = [
  {
    id: '4.1',
    get title() {
      return text().titles['4.1'];
    },
    async run(t) {
      for (const path of GUARDED) {
        const client = t.client();
        const answer = await client.get(path);
        expectGuardRedirect(client, answer, path, text().withNoLogin);
        t.rode?.('login-form'); // the login page it reaches
        const login = await client.follow(answer);
        expect(login.status === 200, text().followedStatus(path, login.path, login.status), login, 'login-page-status');
        expect(
          flashes(login).some((flash) => mentions(flash.text, 'log in') || mentions(flash.text, 'login')),
          text().guardFlashMissing(path, describeFlashes(login)),
          login,
          'guard-flash-missing',
        );
      }
    },
  },
  {
    id: '4.2',
    get title() {
      return text().titles['4.2'];
    },
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const login = await logIn(t, client, { next: '/profile' });
      expectRedirectTo(client, login, '/profile', text().loggingInFrom('/profile'));
      const profile = await client.follow(login);
      expect(profile.status === 200, helperText().afterLoginStatus('/profile', profile.status), profile, 'profile-status');
      expect(pageShowsName(profile, t.user.username), text().profileNameNotShown(t.user.username), profile, 'name-not-shown');
    },
  },
  {
    id: '4.3',
    get title() {
      return text().titles['4.3'];
    },
    needs: ['1.3'],
    async run(t) {
      const origin = new URL(t.client().baseUrl).origin;
      for (const next of OFF_SITE_NEXTS) {
        const client = t.client();
        const login = await postLogin(t, client, { next });
        const what = text().loggingInFrom(next);
        expect(isRedirect(login), text().offSiteNotRedirect(what, login.status), login, 'login-not-redirect');
        const raw = login.headers.get('location') ?? '';
        const target = browserTarget(raw, new URL(login.path, origin).href);
        // javascript: has no origin of its own ("null"): it never counts as this site.
        expect(target?.origin === origin, text().openRedirect(what, describeLocation(login)), login, 'open-redirect', { next });
      }
    },
  },
  {
    id: '4.4',
    get title() {
      return text().titles['4.4'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const visits = [
        { client: t.client(), path: '/login', who: text().withNoLogin },
        { client: t.client(), path: '/login?next=%2Fprofile', who: text().withNoLogin },
      ];
      for (const visit of visits) await expectLoginPage(visit.client, visit.path, visit.who);
      // Logged in, then out again: the login page must answer as it did for a stranger.
      const client = t.client();
      await logIn(t, client);
      await logOut(t, client);
      await expectLoginPage(client, '/login', text().afterLoggingOut);
    },
  },
  {
    id: '4.5',
    get title() {
      return text().titles['4.5'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const home = await client.get('/');
      expect(home.status === 200, helperText().afterLoginStatus('/', home.status), home, 'home-status');
      await logOut(t, client);
      for (const path of GUARDED) await expectGuarded(t, client, path, text().afterLoggingOut);
    },
  },
];

async function expectLoginPage(client: Client, path: string, who: string): Promise<void> {
  const page = await client.get(path);
  if (isRedirect(page)) fail(text().loginPageRedirects(path, who, describeLocation(page)), page, 'login-page-redirects');
  expect(page.status === 200, text().loginPageStatus(path, who, page.status), page, 'login-page-status');
  expect(findForm(page.page(), ['username', 'password']), text().noLoginForm(path, who), page, 'no-login-form');
}
