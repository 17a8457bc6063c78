import { expect, type CheckDefinition } from '../../src/engine/checks.js';
import type { Flash } from '../../src/engine/html.js';
import { mentions } from '../../src/engine/html.js';
import type { Exchange } from '../../src/engine/http.js';
import { flashes, logIn, logOut, postLogin } from '../helpers.js';

function findFlash(page: Exchange, phrase: string): Flash | undefined {
  return flashes(page).find((flash) => mentions(flash.text, phrase));
}

function describeFlashes(page: Exchange): string {
  const found = flashes(page);
  if (found.length === 0) return 'no flash at all (an element with class "flash" or "alert")';
  return found.map((flash) => `"${flash.text}" (${flash.categories.join(', ') || 'no category'})`).join('; ');
}

function expectFlash(page: Exchange, phrase: string, categories: string[], where: string): void {
  const flash = findFlash(page, phrase);
  expect(flash, `${where} shows no flash containing "${phrase}"; it shows ${describeFlashes(page)}`, page, 'flash-missing');
  expect(
    flash.categories.some((category) => categories.includes(category)),
    `the "${flash.text}" flash has category ${flash.categories.join(', ') || '(none)'}; expected ${categories.join(' or ')} (class flash-${categories[0]})`,
    page,
    'flash-category',
  );
}

export const checks: CheckDefinition[] = [
  {
    id: '3.1',
    title: 'A successful login flashes "logged in" (success) once',
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      const page = await client.landing(await logIn(t, client));
      expectFlash(page, 'logged in', ['success'], `the page after logging in (${page.path})`);
      const again = await client.get(page.path);
      expect(!findFlash(again, 'logged in'), `loading ${page.path} again still flashes "logged in": flash once, in the POST that logs in`, again, 'flash-repeated');
    },
  },
  {
    id: '3.2',
    title: 'Logging out flashes "logged out" (info or success)',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      await logIn(t, client);
      const page = await client.landing(await logOut(t, client));
      expectFlash(page, 'logged out', ['info', 'success'], `the page after logging out (${page.path})`);
    },
  },
  {
    id: '3.3',
    title: 'A failed login flashes "invalid" (error)',
    needs: ['1.1'],
    async run(t) {
      const client = t.client();
      const failed = await postLogin(t, client, { user: { username: t.user.username, password: `${t.user.password}-wrong` } });
      expectFlash(failed, 'invalid', ['error'], 'the page after a wrong password');
    },
  },
  {
    id: '3.4',
    title: 'Flashes show on / and on /login alike (a base template renders them)',
    logsOut: true,
    needs: ['1.3'],
    async run(t) {
      const client = t.client();
      // The one place verify stops at a redirect, as a browser stopped at that moment would: the
      // login's flash then waits for whichever page comes next, and /login must show it.
      await logIn(t, client, { follow: false });
      const login = await client.landing(await client.get('/login'));
      expect(findFlash(login, 'logged in'), `after logging in, ${login.path} shows no "logged in" flash: render flashes in the base template every page extends`, login, 'flash-not-in-base');
      await logOut(t, client, { follow: false });
      const home = await client.landing(await client.get('/'));
      expect(findFlash(home, 'logged out'), `after logging out, ${home.path} shows no "logged out" flash: render flashes in the base template every page extends`, home, 'flash-not-in-base');
    },
  },
];
