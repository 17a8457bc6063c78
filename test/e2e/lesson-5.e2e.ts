// Lesson 5 in a browser: register, log in and out with the nav's button, and forms posted from
// another origin refused. Remember me across a browser restart: lesson-5-restart.e2e.ts.
import { describe, expect, it } from 'vitest';
import {
  browserSuite,
  expectReloadPostsNothing,
  expectStyled,
  flashes,
  landingPath,
  logIn,
  newPerson,
  register,
  serveOtherSite,
  textOutsideFlashes,
} from './harness.js';

describe('lesson 5 in Chromium', () => {
  const visit = browserSuite(5);

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
      // Refused whichever way the app does it (the reference: no CSRF token, 400); what counts is the visitor still logged in.
      await Promise.all([page.waitForResponse(`${app.url}/logout`), page.getByRole('button', { name: 'Claim your prize' }).click()]);
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
