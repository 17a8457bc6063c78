// Lesson 2 in a browser: a session that survives a reload, a wrong password, logging out.
import { describe, expect, it } from 'vitest';
import { ADMIN, browserSuite, expectReloadPostsNothing, expectStyled, logIn, textOutsideFlashes } from './harness.js';

describe('lesson 2 in Chromium', () => {
  const visit = browserSuite(2);

  it('logs in, shows who is logged in in the nav bar, stays logged in on reload without posting again, and logs out', async () => {
    const { page, app, requests } = visit;
    await logIn(page, app.url, ADMIN);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('nav').innerText()).resolves.toContain('admin');
    await expectStyled(page, requests);

    await expectReloadPostsNothing(page, requests);
    await expect(page.locator('nav').innerText()).resolves.toContain('admin');

    await page.locator('nav').getByRole('link', { name: 'Log out' }).click();
    await page.waitForURL(`${app.url}/`);
    await expect(textOutsideFlashes(page)).resolves.not.toContain('admin');
  });

  it('keeps a wrong password on the form with an error and logs nobody in', async () => {
    const { page, app } = visit;
    await logIn(page, app.url, { username: 'admin', password: 'wrong' });
    await expect(page.locator('body').innerText()).resolves.toMatch(/invalid/i);
    await page.goto(`${app.url}/`);
    await expect(textOutsideFlashes(page)).resolves.not.toContain('admin');
  });
});
