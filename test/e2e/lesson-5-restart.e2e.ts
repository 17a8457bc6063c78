// Lesson 5 in a browser that is closed and opened again: "remember me" survives a restart, no tick
// does not, and logging out ends it. (Its own file, so it runs beside lesson-5.e2e.ts.)
import { join } from 'node:path';
import fs from 'fs-extra';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scratchParent } from '../../src/runtime/app-runner.js';
import {
  browserSuite,
  expectOnlyLocalRequests,
  landingPath,
  launchOptions,
  logIn,
  newPerson,
  recordRequests,
  register,
  textOutsideFlashes,
} from './harness.js';

describe('lesson 5 in Chromium, across browser restarts', () => {
  const visit = browserSuite(5);

  /**
   * A browser with a profile on disk, closed and opened again as a person would: what survives
   * is what Chromium keeps across a restart. Every context's requests are checked like the suite's.
   */
  async function withProfile(steps: (open: () => Promise<Page>) => Promise<void>): Promise<void> {
    // In memory where Linux has it (as verify's staging is): a profile is many small files, each synced.
    const profile = await fs.mkdtemp(join(scratchParent(), 'flash-login-e2e-profile-'));
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
});
