// The reference apps served for real, and Debian's Chromium as playwright-core launches it, cut
// off from every host but this machine. Shared by the browser tests and `npm run screenshots`.

import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect, createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import fs from 'fs-extra';
import { type Browser, chromium, type LaunchOptions, type Page } from 'playwright-core';
import { socketFor } from '../../src/checks/transport.js';
import { renderLesson, writeRendered } from '../../src/course/render.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { type RunningApp, startApp } from '../../src/runtime/app-runner.js';
import { debianPython, tempDir } from '../helpers.js';

/** Debian's package (`apt-get install chromium`); playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.FLASH_LOGIN_CHROMIUM ?? '/usr/bin/chromium';
/** The apps run on Debian's Flask stack, as in the other tests; FLASH_LOGIN_E2E_PYTHON picks another. */
const PYTHON = process.env.FLASH_LOGIN_E2E_PYTHON ?? debianPython;
/** Chromium refuses ports on its "unsafe" list (5060, 5061, 6000, ...); its highest is 10080. */
const HIGHEST_UNSAFE_PORT = 10_080;

/** Ports come from the kernel's ephemeral range (32768 and up on Linux), above all of them; this makes sure. */
function checkBrowserPort(port: number): void {
  if (port <= HIGHEST_UNSAFE_PORT)
    throw new Error(`port ${port} may be one Chromium refuses (ports up to ${HIGHEST_UNSAFE_PORT} are not used)`);
}

export function launchOptions(): LaunchOptions {
  const args = [
    // No updates, no field trials, no first-run pages: nothing that talks to the outside.
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Every host but localhost and 127.0.0.1 resolves to nothing (IP literals go through these
    // rules too), so even a stray request reaches no one.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  // Chromium's sandbox will not start as root (CI runs as root).
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return { executablePath: CHROMIUM, headless: true, args };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export interface ReferenceApp {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  dir: string;
  output(): string;
  stop(): Promise<void>;
}

/** Render lesson N's reference app, as create-flash-login writes it, and serve it on 127.0.0.1 as verify does. */
export async function startReference(lesson: number, lang: Lang = 'en'): Promise<ReferenceApp> {
  const dir = await tempDir(`flash-login-e2e-${lesson}-`);
  let app: RunningApp | undefined;
  try {
    await writeRendered(dir, await renderLesson(lesson, { projectName: `e2e-lesson-${lesson}` }, { lang }));
    const env = {
      FLASK_SECRET_KEY: randomBytes(32).toString('hex'),
      FLASK_SQLALCHEMY_DATABASE_URI: `sqlite:///${join(dir, 'e2e.db')}`,
    };
    app = await startApp({ python: PYTHON, dir, env, displayDir: dir });
  } catch (error) {
    await app?.stop();
    await fs.remove(dir);
    throw error;
  }
  const running = app;
  // The app serves on a Unix socket the CLI chose (verify's sandbox has no network); a browser
  // needs TCP, so a proxy on 127.0.0.1 passes each connection through to that socket.
  const socket = socketFor.get(new URL(running.baseUrl).origin);
  const proxy = createTcpServer((client) => {
    const upstream = connect(socket ?? '');
    client.pipe(upstream).pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as AddressInfo).port;
  checkBrowserPort(port);
  return {
    url: socket ? `http://127.0.0.1:${port}` : running.baseUrl,
    dir,
    output: () => running.output(),
    stop: async () => {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
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
  checkBrowserPort(port);
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The hard-coded user of lessons 1 to 4. */
export const ADMIN = { username: 'admin', password: 'secret' };

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

/** Register through the form, reached from the login page's link, as a new visitor would. */
export async function register(page: Page, base: string, person: Person): Promise<void> {
  await page.goto(`${base}/login`);
  await page.locator('main').getByRole('link', { name: 'Register' }).click();
  await page.waitForURL(`${base}/register`);
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByLabel('Confirm password').fill(person.password);
  await page.getByRole('button', { name: 'Register' }).click();
  await page.waitForURL(`${base}/login`);
}

export interface Person {
  username: string;
  email: string;
  password: string;
}

let people = 0;
/** A new visitor for lesson 5, with a password long enough for its rules. */
export function newPerson(): Person {
  people += 1;
  return { username: `learner${people}`, email: `learner${people}@example.com`, password: `long enough ${people}` };
}

/** Where a visitor who asks for the home page ends up: "/" when logged in, "/login" when not. */
export async function landingPath(page: Page, base: string): Promise<string> {
  await page.goto(`${base}/`);
  return new URL(page.url()).pathname;
}
