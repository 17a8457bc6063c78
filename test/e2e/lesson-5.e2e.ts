// Lesson 5 in a browser: register, remember me across a browser restart, logging out with the
// nav's button, and forms posted from another origin refused.
import fs from 'fs-extra';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import {
  browserSuite,
  expectOnlyLocalRequests,
  expectReloadPostsNothing,
  expectStyled,
  flashes,
  launchOptions,
  logIn,
  register,
  recordRequests,
  serveOtherSite,
  textOutsideFlashes,
} from './harness.js';

interface Person {
  username: string;
  email: string;
  password: string;
}

let people = 0;
function newPerson(): Person {
  people += 1;
  return { username: `learner${people}`, email: `learner${people}@example.com`, password: `long enough ${people}` };
}

/** Where a visitor who asks for the home page ends up: "/" when logged in, "/login" when not. */
async function landingPath(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/`);
  return new URL(page.url()).pathname;
}

describe('lesson 5 in Chromium', () => {
  const visit = browserSuite(5);

  /**
   * A browser with a profile on disk, closed and opened again as a person would: what survives
   * is what Chromium keeps across a restart. Every context's requests are checked like the suite's.
   */
  async function withProfile(steps: (open: () => Promise<Page>) => Promise<void>): Promise<void> {
    const profile = await tempDir('flash-login-e2e-profile-');
    const contexts: BrowserContext[] = [];
    const recorded: Array<Array<{ url: string }>> = [];
    try {
      await steps(async () => {
        await Promise.all(contexts.map((context) => context.close()));
        const context = await chromium.launchPersistentContext(profile, launchOptions());
        contexts.push(context);
        recorded.push(recordRequests(context));
        return context.pages()[0] ?? context.newPage();
      });
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
      await fs.remove(profile);
    }
    expectOnlyLocalRequests(recorded.flat());
  }

  it('registers through the form, logs in, shows the user in the nav bar, and logs out with its button', async () => {
    const { page, app, requests } = visit;
    const person = newPerson();
    await register(page, app.url, person);
    const [ready] = await flashes(page);
    expect(ready?.category).toBe('success');
    await expectStyled(page, requests);

    await logIn(page, app.url, person);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('nav').innerText()).resolves.toContain(person.username);
    await expectReloadPostsNothing(page, requests);

    await page.locator('nav').getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${app.url}/login`);
    expect((await flashes(page)).map((flash) => flash.text).join(' ')).toMatch(/logged out/i);
    await expect(landingPath(page, app.url)).resolves.toBe('/login');
  });

  it('keeps a visitor who ticked "remember me" logged in across a browser restart', async () => {
    const person = newPerson();
    await register(visit.page, visit.app.url, person);
    await withProfile(async (open) => {
      let page = await open();
      await logIn(page, visit.app.url, person, { remember: true });
      expect(new URL(page.url()).pathname).toBe('/');
      page = await open();
      await expect(landingPath(page, visit.app.url)).resolves.toBe('/');
      await expect(textOutsideFlashes(page)).resolves.toContain(person.username);
    });
  });

  it('logs out, at the browser restart, a visitor who did not tick "remember me"', async () => {
    const person = newPerson();
    await register(visit.page, visit.app.url, person);
    await withProfile(async (open) => {
      let page = await open();
      await logIn(page, visit.app.url, person);
      await expect(landingPath(page, visit.app.url)).resolves.toBe('/');
      page = await open();
      await expect(landingPath(page, visit.app.url)).resolves.toBe('/login');
    });
  });

  it('ends "remember me" at logout: not after a restart, and not with the old token in another browser', async () => {
    const person = newPerson();
    await register(visit.page, visit.app.url, person);
    await withProfile(async (open) => {
      let page = await open();
      await logIn(page, visit.app.url, person, { remember: true });
      const token = (await page.context().cookies()).find((cookie) => cookie.name === 'remember_token');
      expect(token, 'logging in with "remember me" set no remember_token').toBeDefined();
      await page.locator('nav').getByRole('button', { name: 'Log out' }).click();
      await page.waitForURL(`${visit.app.url}/login`);
      page = await open();
      await expect(landingPath(page, visit.app.url)).resolves.toBe('/login');

      // Someone who copied the cookie before the logout: a fresh browser with that token alone.
      const { context } = visit;
      await context.addCookies([token!]);
      await expect(landingPath(visit.page, visit.app.url)).resolves.toBe('/login');
    });
  });

  it('refuses a logout and a login posted by a form on another origin', async () => {
    const { page, app, context } = visit;
    const person = newPerson();
    const attacker = newPerson();
    await register(page, app.url, person);
    await register(page, app.url, attacker);
    const other = await serveOtherSite(
      `<!doctype html><html lang="en"><body>
        <form id="logout" method="post" action="${app.url}/logout"><button>Claim your prize</button></form>
        <form id="login" method="post" action="${app.url}/login">
          <input type="hidden" name="username" value="${attacker.username}">
          <input type="hidden" name="password" value="${attacker.password}">
          <button>See the photos</button>
        </form></body></html>`,
    );
    try {
      // Logged in as themself, the visitor opens the other site and presses its button.
      await logIn(page, app.url, person);
      await page.goto(other.url);
      const [refusedLogout] = await Promise.all([
        page.waitForResponse(`${app.url}/logout`),
        page.getByRole('button', { name: 'Claim your prize' }).click(),
      ]);
      expect(refusedLogout.status(), 'the app logged the visitor out from another site').toBeGreaterThanOrEqual(400);
      await expect(landingPath(page, app.url)).resolves.toBe('/');
      await expect(textOutsideFlashes(page)).resolves.toContain(person.username);

      // Logged out, the visitor is not logged in to the attacker's account by the other site.
      await context.clearCookies();
      await page.goto(other.url);
      await Promise.all([page.waitForResponse(`${app.url}/login`), page.getByRole('button', { name: 'See the photos' }).click()]);
      await expect(landingPath(page, app.url)).resolves.toBe('/login');
    } finally {
      await other.close();
    }
  });
});
