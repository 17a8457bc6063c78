// Lesson 3 in a browser: each flash shows once, in its own colours, and is gone on reload.
import { describe, expect, it } from 'vitest';
import { ADMIN, browserSuite, expectStyled, flashes, logIn } from './harness.js';

describe('lesson 3 in Chromium', () => {
  const visit = browserSuite(3);

  it('shows "logged in" and "logged out" once each, and a reload takes them away', async () => {
    const { page, app, requests } = visit;
    await logIn(page, app.url, ADMIN);
    const loggedIn = await flashes(page);
    expect(loggedIn).toHaveLength(1);
    expect(loggedIn[0]).toMatchObject({ category: 'success', text: expect.stringMatching(/logged in/i) });
    await expectStyled(page, requests);
    await page.reload();
    await expect(flashes(page)).resolves.toEqual([]);

    await page.locator('nav').getByRole('link', { name: 'Log out' }).click();
    await page.waitForURL(`${app.url}/`);
    const loggedOut = await flashes(page);
    expect(loggedOut).toHaveLength(1);
    expect(loggedOut[0]!.text).toMatch(/logged out/i);
    expect(['info', 'success']).toContain(loggedOut[0]!.category);
    await page.reload();
    await expect(flashes(page)).resolves.toEqual([]);
  });

  it('shows a failed login as an error flash, coloured apart from success and info, once', async () => {
    const { page, app } = visit;
    await logIn(page, app.url, { username: 'admin', password: 'wrong' });
    const [error] = await flashes(page);
    expect(error).toMatchObject({ category: 'error', text: expect.stringMatching(/invalid/i) });

    // The other categories' colours, on the same page, as the app's stylesheet paints them.
    const painted = await page.evaluate(() =>
      ['success', 'info', 'error'].map((category) => {
        const probe = document.createElement('p');
        probe.className = `flash flash-${category}`;
        document.querySelector('main')!.append(probe);
        const colour = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return colour;
      }),
    );
    expect(new Set(painted).size, `success, info and error look alike: ${painted.join(' / ')}`).toBe(3);
    expect(painted[2]).toBe(error!.background);

    await page.goto(`${app.url}/login`);
    await expect(flashes(page)).resolves.toEqual([]);
  });
});
