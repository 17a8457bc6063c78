// What the browser tests share: a browser context per test whose every request must stay on this
// machine, and the steps a person takes (log in, read the flashes, reload).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Lang } from '../../src/i18n/i18n.js';
import { launchBrowser, type ReferenceApp, startReference } from './browser.js';

export { ADMIN, landingPath, launchOptions, logIn, newPerson, register, serveOtherSite } from './browser.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Every URL a context's pages requested, so a test can prove they all stayed on this machine. */
export function recordRequests(context: BrowserContext): Array<{ method: string; url: string }> {
  const requests: Array<{ method: string; url: string }> = [];
  context.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  return requests;
}

export function expectOnlyLocalRequests(requests: Array<{ url: string }>): void {
  expect(requests.length, 'the pages made no request at all').toBeGreaterThan(0);
  const elsewhere = requests.map(({ url }) => url).filter((url) => !LOCAL_HOSTS.has(new URL(url).hostname));
  expect(elsewhere, 'requests that left 127.0.0.1 and localhost').toEqual([]);
}

export interface Visit {
  app: ReferenceApp;
  browser: Browser;
  /** A fresh browser context (cookies of its own) for this test, its requests recorded. */
  context: BrowserContext;
  page: Page;
  /** Every request this test's context made, method and URL. */
  requests: Array<{ method: string; url: string }>;
}

/**
 * A test file's lesson: its reference app and a Chromium, both started once for the file, and a
 * fresh context per test; after each test, every request its pages made must have stayed local.
 */
export function browserSuite(lesson: number, lang: Lang = 'en'): Visit {
  const visit = { requests: [] as Visit['requests'] } as Visit;
  beforeAll(async () => {
    [visit.app, visit.browser] = await Promise.all([startReference(lesson, lang), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([visit.browser?.close(), visit.app?.stop()]);
  });
  beforeEach(async () => {
    visit.context = await visit.browser.newContext();
    // Every step waits for the page, never a fixed time; a step that cannot happen fails in 10 s, not 30.
    visit.context.setDefaultTimeout(10_000);
    visit.requests = recordRequests(visit.context);
    visit.page = await visit.context.newPage();
  });
  afterEach(async (test) => {
    await visit.context.close();
    if (test.task.result?.state === 'fail') console.error(`lesson ${lesson} app output:\n${visit.app.output()}`);
    expectOnlyLocalRequests(visit.requests);
  });
  return visit;
}

/** The page's text outside flash messages: "shows the username" means there (as in the contract). */
export function textOutsideFlashes(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('.flash, .alert').forEach((flash) => flash.remove());
    return body.innerText;
  });
}

/** The flash messages on the page: category (from the flash-<category> class) and text. */
export function flashes(page: Page): Promise<Array<{ category: string; text: string; background: string }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.flash, .alert')].map((flash) => ({
      category: [...flash.classList].find((name) => /^(flash|alert)-/.test(name))?.replace(/^(flash|alert)-/, '') ?? '',
      text: flash.innerText,
      background: getComputedStyle(flash).backgroundColor,
    })),
  );
}

/** The page is laid out by the app's own stylesheets (static/), for a phone as for a desktop. */
export async function expectStyled(page: Page, requests: Visit['requests']): Promise<void> {
  const looks = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
    // simple.css lays the body out as a centred grid; a browser's default is block.
    bodyDisplay: getComputedStyle(document.body).display,
  }));
  expect(looks.lang, 'the <html> element has no lang').not.toBe('');
  expect(looks.viewport, 'no <meta name="viewport">').toContain('width=device-width');
  expect(looks.bodyDisplay, 'simple.css is not applied').toBe('grid');
  const served = requests.map(({ url }) => new URL(url).pathname);
  expect(served).toContain('/static/simple.css');
  expect(served).toContain('/static/app.css');
}

/** Reloading the page reached by a login sends no POST again (post, redirect, get). */
export async function expectReloadPostsNothing(page: Page, requests: Visit['requests']): Promise<void> {
  const posts = () => requests.filter((request) => request.method === 'POST').length;
  const before = posts();
  expect(before, 'no form was posted before the reload').toBeGreaterThan(0);
  const url = page.url();
  await page.reload();
  expect(posts(), 'the reload posted the form again').toBe(before);
  expect(page.url()).toBe(url);
}
