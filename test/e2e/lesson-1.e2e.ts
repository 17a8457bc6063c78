// Lesson 1 in a browser: the login form, a wrong password, and a reload that does not post again.
import { describe, expect, it } from 'vitest';
import { ADMIN, browserSuite, expectReloadPostsNothing, expectStyled, logIn } from './harness.js';

describe('lesson 1 in Chromium', () => {
  const visit = browserSuite(1);

  it('logs in with the right password and lands on the home page; a reload does not post the form again', async () => {
    const { page, app, requests } = visit;
    await logIn(page, app.url, ADMIN);
    expect(new URL(page.url()).pathname).toBe('/');
    await expectStyled(page, requests);
    await expectReloadPostsNothing(page, requests);
  });

  it('keeps a wrong password on the form with an error', async () => {
    const { page, app, requests } = visit;
    await logIn(page, app.url, { username: 'admin', password: 'wrong' });
    expect(new URL(page.url()).pathname).toBe('/login');
    await expect(page.locator('body').innerText()).resolves.toMatch(/invalid/i);
    await expect(page.getByLabel('Password', { exact: true }).count()).resolves.toBe(1);
    await expectStyled(page, requests);
  });
});
