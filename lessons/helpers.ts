// Steps that many lessons' checks share: logging in, reading where a redirect goes.
import { type CheckContext, type Credentials, expect, fail } from '../src/checks/checks.js';
import { type Flash, fillForm, findFlashes, linesOutsideFlashes, readForm, showsName } from '../src/checks/html.js';
import { type Client, type Exchange, isRedirect, type RequestOptions } from '../src/checks/http.js';
import { helperText as text } from './helpers.text.js';

export interface LoginOptions {
  user?: Credentials;
  /** Log in from /login?next=... */
  next?: string;
  /** Tick the "remember me" box (lesson 5). */
  remember?: boolean;
  /** Stop at the login's redirect instead of following it (see 3.4). */
  follow?: boolean;
}

/** Fill and post the login form as a browser would. Fails the check when /login has no such form. */
export async function postLogin(t: CheckContext, client: Client, options: LoginOptions = {}): Promise<Exchange> {
  const user = options.user ?? t.user;
  t.rode?.('login-form');
  if (user.username === t.user.username && user.password === t.user.password) {
    // The checks' own user, with the right password: what follows rides on that login working.
    if (t.lesson >= 5) t.rode?.('register');
    t.rode?.('login');
    t.rode?.('login-sticks');
  }
  const page = options.next === undefined ? '/login' : `/login?next=${encodeURIComponent(options.next)}`;
  const fields: Record<string, string | boolean> = { username: user.username, password: user.password };
  if (options.remember !== undefined) fields.remember = options.remember;
  const { page: shown, response } = await client.submit(page, fields, ['username', 'password'], { follow: options.follow });
  if (!response) fail(text().noLoginForm(page), shown, 'no-login-form');
  return response;
}

/** Log in and expect it to work: a redirect. */
export async function logIn(t: CheckContext, client: Client, options: LoginOptions = {}): Promise<Exchange> {
  const response = await postLogin(t, client, options);
  expect(isRedirect(response), text().loginNotRedirect((options.user ?? t.user).username, response.status), response, 'login-not-redirect');
  return response;
}

/** The path a redirect leads to, when it stays on this site; undefined when it leaves it. */
export function sitePath(client: Client, exchange: Exchange): string | undefined {
  const location = exchange.location;
  if (!location || location.origin !== new URL(client.baseUrl).origin) return undefined;
  return location.pathname;
}

export function expectRedirectTo(client: Client, exchange: Exchange, path: string, what: string): void {
  expect(isRedirect(exchange), text().notRedirect(what, exchange.status, path), exchange, 'not-redirect');
  const reached = sitePath(client, exchange);
  expect(reached === path, text().wrongRedirect(what, exchange.location?.href ?? text().noLocation, path), exchange, 'wrong-redirect');
}

/** Whether the page shows `name` outside its flash messages: a welcome flash neither counts for it nor against it. */
export function pageShowsName(exchange: Exchange, name: string): boolean {
  return showsName(linesOutsideFlashes(exchange.body).join('\n'), name);
}

export function flashes(exchange: Exchange): Flash[] {
  return findFlashes(exchange.page());
}

/** What flashes a page shows, with their categories, for a failure message: "no flash at all" where none. */
export function describeFlashes(page: Exchange): string {
  const found = flashes(page);
  if (found.length === 0) return text().noFlashAtAll;
  return found.map((flash) => text().flashWithCategory(flash.text, flash.categories)).join('; ');
}

/** From lesson 4 on, `/` asks a visitor who is not logged in to log in first. */
export function homeIsGuarded(t: CheckContext): boolean {
  return t.lesson >= 4;
}

/**
 * Log out as the lesson expects: GET /logout up to lesson 4; from lesson 5 the logout
 * form (a POST with its CSRF token), looked for on the pages a logged-in visitor sees.
 */
export async function logOut(t: CheckContext, client: Client, options: RequestOptions = {}): Promise<Exchange> {
  t.rode?.('logout');
  if (t.lesson < 5) return client.get('/logout', options);
  let first: Exchange | undefined;
  for (const path of ['/', '/profile']) {
    const page = await client.get(path);
    first ??= page;
    const found = page
      .page()
      .querySelectorAll('form')
      .map(readForm)
      .find((form) => form.method === 'post' && form.action !== undefined && new URL(form.action, client.url(path)).pathname === '/logout');
    if (found) return client.post('/logout', fillForm(found, {}), options);
  }
  fail(text().noLogoutForm, first, 'no-logout-form');
}

/**
 * Whether the visitor is logged in as `name`: GET / shows the name. Before lesson 4 a
 * logged-out visitor gets / as a page without the name; from lesson 4 a redirect to /login.
 */
export async function homeShowsUser(
  t: CheckContext,
  client: Client,
  name = t.user.username,
): Promise<{ loggedIn: boolean; home: Exchange }> {
  if (homeIsGuarded(t)) t.rode?.('guard');
  const home = await client.get('/');
  if (home.status === 200) return { loggedIn: pageShowsName(home, name), home };
  if (homeIsGuarded(t) && isRedirect(home) && sitePath(client, home) === '/login') return { loggedIn: false, home };
  fail(text().homeStatus(home.status, home.location?.href, homeIsGuarded(t)), home, 'home-status');
}

/** The session cookie a login set: the first cookie it set other than Flask-Login's remember_token. */
export function sessionCookieOf(login: Exchange) {
  return login.setCookies.find((cookie) => cookie.key !== 'remember_token' && cookie.value !== '');
}
