import { type CheckDefinition, expect } from '../../src/checks/checks.js';
import type { Flash } from '../../src/checks/html.js';
import { mentions } from '../../src/checks/html.js';
import type { Client, Exchange } from '../../src/checks/http.js';
import { describeFlashes, flashes, logIn, logOut, postLogin } from '../helpers.js';
import { helperText } from '../helpers.text.js';
import { text } from './checks.text.js';

function findFlash(page: Exchange, phrase: string): Flash | undefined {
  return flashes(page).find((flash) => mentions(flash.text, phrase));
}

/** Categories a flash commonly has: a flash showing one of these as its text had flash()'s arguments swapped. */
const CATEGORY_NAMES = new Set(['success', 'error', 'info', 'warning', 'danger', 'message']);

function expectFlash(page: Exchange, phrase: string, categories: string[], where: string): void {
  const flash = findFlash(page, phrase);
  const swapped = flash ? undefined : flashes(page).find((shown) => CATEGORY_NAMES.has(shown.text.trim().toLowerCase()));
  expect(!swapped, text().flashSwapped(where, swapped?.text.trim() ?? ''), page, 'flash-swapped');
  expect(flash, text().flashMissing(where, helperText().phrase(phrase), describeFlashes(page)), page, 'flash-missing');
  expect(
    flash.categories.some((category) => categories.includes(category)),
    text().flashCategory(flash.text, flash.categories, categories),
    page,
    'flash-category',
  );
}

/**
 * The flash a login or logout made, on the page it landed on. A page that shows no flash at all
 * may be one that renders none: then /login, asked next, shows the flash still waiting in the
 * session, and the loop is in one page instead of the base template.
 */
async function expectLandingFlash(
  client: Client,
  page: Exchange,
  expected: { phrase: string; categories: string[]; where: string },
): Promise<void> {
  if (flashes(page).length === 0 && page.path !== '/login') {
    const login = await client.landing(await client.get('/login'));
    const phrase = helperText().phrase(expected.phrase);
    expect(!findFlash(login, expected.phrase), text().shownElsewhere(expected.where, phrase, login.path), page, 'flash-not-in-base');
  }
  expectFlash(page, expected.phrase, expected.categories, expected.where);
}

export const checks: CheckDefinition[] = [
  {
    id: '3.1',
    get title() {
      return text().titles['3.1'];
    },
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const page = await client.landing(await logIn(t, client));
      await expectLandingFlash(client, page, { phrase: 'logged in', categories: ['success'], where: text().afterLogin(page.path) });
      const again = await client.get(page.path);
      expect(!findFlash(again, 'logged in'), text().flashRepeated(page.path), again, 'flash-repeated');
    },
  },
  {
    id: '3.2',
    get title() {
      return text().titles['3.2'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const page = await client.landing(await logOut(t, client));
      await expectLandingFlash(client, page, {
        phrase: 'logged out',
        categories: ['info', 'success'],
        where: text().afterLogout(page.path),
      });
    },
  },
  {
    id: '3.3',
    get title() {
      return text().titles['3.3'];
    },
    needs: ['1.1'],
    async run(t) {
      const client = t.client();
      const failed = await postLogin(t, client, { user: { username: t.user.username, password: `${t.user.password}-wrong` } });
      expectFlash(failed, 'invalid', ['error'], text().afterWrongPassword);
    },
  },
  {
    id: '3.4',
    get title() {
      return text().titles['3.4'];
    },
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      // The one place verify stops at a redirect, as a browser stopped at that moment would: the
      // login's flash then waits for whichever page comes next, and /login must show it.
      await logIn(t, client, { follow: false });
      const login = await client.landing(await client.get('/login'));
      expect(findFlash(login, 'logged in'), text().notInBaseAfterLogin(login.path), login, 'flash-not-in-base', { missed: 'logged in' });
      await logOut(t, client, { follow: false });
      if (t.lesson >= 4) t.rode?.('guard');
      const home = await client.landing(await client.get('/'));
      expect(findFlash(home, 'logged out'), text().notInBaseAfterLogout(home.path), home, 'flash-not-in-base', { missed: 'logged out' });
    },
  },
  {
    id: '3.5',
    get title() {
      return text().titles['3.5'];
    },
    needs: ['1.1'],
    async run(t) {
      // A visitor with nothing before it: a fresh browser, straight to /login.
      const client = t.client();
      const page = await client.landing(await client.get('/login'));
      const shown = flashes(page);
      expect(shown.length === 0, text().flashWithoutCause(page.path, describeFlashes(page)), page, 'flash-without-cause');
    },
  },
];
