// Lesson 4 in a browser: the guard sends you to log in and back; a hostile next leaves you on the site.
import { describe, expect, it } from 'vitest';
import { ADMIN, browserSuite, expectStyled, flashes, logIn, textOutsideFlashes } from './harness.js';

const HOSTILE_NEXT = ['https://evil.example/', '//evil.example/', '/\\evil.example/', 'javascript:alert(1)'];

describe('lesson 4 in Chromium', () => {
  const visit = browserSuite(4);

  it('sends a visitor from a guarded page to log in, and back to that page after logging in', async () => {
    const { page, app, requests } = visit;
    await page.goto(`${app.url}/profile`);
    const login = new URL(page.url());
    expect(login.pathname).toBe('/login');
    expect(login.searchParams.get('next')).toMatch(/\/profile$/);
    const [asked] = await flashes(page);
    expect(asked?.text).toMatch(/log ?in/i);
    await expectStyled(page, requests);

    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${app.url}/profile`);
    await expect(textOutsideFlashes(page)).resolves.toContain('admin');
  });

  for (const next of HOSTILE_NEXT) {
    it(`stays on the site after logging in with next=${next}`, async () => {
      const { page, app } = visit;
      await logIn(page, app.url, ADMIN, { path: `/login?next=${encodeURIComponent(next)}` });
      expect(new URL(page.url()).origin).toBe(app.url);
      await expect(textOutsideFlashes(page)).resolves.toContain('admin');
    });
  }
});
