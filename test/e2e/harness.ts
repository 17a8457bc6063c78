// What the browser tests share: a reference app served for real, and Debian's Chromium driven by
// playwright-core, cut off from every host but this machine.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from 'playwright-core';
import fs from 'fs-extra';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startApp, type RunningApp } from '../../src/engine/app-runner.js';
import { renderLesson, writeRendered } from '../../src/engine/render.js';
import { debianPython, tempDir } from '../helpers.js';

/** Debian's package (`apt-get install chromium`); playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.FLASH_LOGIN_CHROMIUM ?? '/usr/bin/chromium';
/** The apps run on Debian's Flask stack, as in the other tests; FLASH_LOGIN_E2E_PYTHON picks another. */
const PYTHON = process.env.FLASH_LOGIN_E2E_PYTHON ?? debianPython;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
/** Chromium refuses ports on its "unsafe" list (5060, 5061, 6000, ...); its highest is 10080. */
const HIGHEST_UNSAFE_PORT = 10_080;

export function launchOptions(): LaunchOptions {
  const args = [
    // No updates, no field trials, no first-run pages: nothing that talks to the outside.
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Every host but localhost and 127.0.0.1 resolves to nothing (IP literals go through the rules too), so even a stray request reaches no one.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  // Chromium's sandbox will not start as root (CI runs as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return { executablePath: CHROMIUM, headless: true, args };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

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

export function expectBrowserPort(port: number): void {
  expect(port, `port ${port} may be one Chromium refuses`).toBeGreaterThan(HIGHEST_UNSAFE_PORT);
}

export interface ReferenceApp {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  dir: string;
  output(): string;
  stop(): Promise<void>;
}

/** Render lesson N's reference app, as create-flash-login writes it, and serve it on 127.0.0.1 as verify does. */
export async function startReference(lesson: number): Promise<ReferenceApp> {
  const dir = await tempDir(`flash-login-e2e-${lesson}-`);
  let app: RunningApp | undefined;
  try {
    await writeRendered(dir, await renderLesson(lesson, { projectName: `e2e-lesson-${lesson}` }));
    const env = {
      FLASK_SECRET_KEY: randomBytes(32).toString('hex'),
      FLASK_SQLALCHEMY_DATABASE_URI: `sqlite:///${join(dir, 'e2e.db')}`,
    };
    app = await startApp({ python: PYTHON, dir, env, displayDir: dir });
  } catch (error) {
    await fs.remove(dir);
    throw error;
  }
  const running = app;
  expectBrowserPort(Number(new URL(running.baseUrl).port));
  return {
    url: running.baseUrl,
    dir,
    output: () => running.output(),
    stop: async () => {
      await running.stop();
      await fs.remove(dir);
    },
  };
}

/** A page on another origin (localhost, another port): a site the visitor opens that is not the app. */
export async function serveOtherSite(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  expectBrowserPort(port);
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
export function browserSuite(lesson: number): Visit {
  const visit = { requests: [] as Visit['requests'] } as Visit;
  beforeAll(async () => {
    [visit.app, visit.browser] = await Promise.all([startReference(lesson), launchBrowser()]);
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

/** Log in as a person does: the login page, the fields found by their labels, the button. */
export async function logIn(
  page: Page,
  base: string,
  user: { username: string; password: string },
  options: { remember?: boolean; path?: string } = {},
): Promise<void> {
  await page.goto(`${base}${options.path ?? '/login'}`);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  if (options.remember) await page.getByLabel('Remember me').check();
  await Promise.all([page.waitForEvent('framenavigated'), page.getByRole('button', { name: 'Log in' }).click()]);
  await page.waitForLoadState();
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

/** The hard-coded user of lessons 1 to 4. */
export const ADMIN = { username: 'admin', password: 'secret' };

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
