// `npm run screenshots [-- --out DIR]`: each lesson's main pages, as its reference app shows them
// in Chromium, at desktop (1280x800) and phone (390x844) size; PNGs into DIR (default screenshots/).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN, launchBrowser, logIn, register, startReference } from './browser.js';

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const LEARNER = { username: 'ada', email: 'ada@example.com', password: 'correct horse battery' };

/** Each lesson's scenes, in order: the steps that reach a page, then its name in the file name. */
type Scene = [name: string, reach: (page: Page, base: string) => Promise<void>];
const SCENES: Record<number, Scene[]> = {
  1: [
    ['login-error', (page, base) => logIn(page, base, { username: 'admin', password: 'wrong' })],
    ['home', (page, base) => logIn(page, base, ADMIN)],
  ],
  2: [
    ['login', async (page, base) => void (await page.goto(`${base}/login`))],
    ['home', (page, base) => logIn(page, base, ADMIN)],
  ],
  3: [
    ['login-error', (page, base) => logIn(page, base, { username: 'admin', password: 'wrong' })],
    ['home', (page, base) => logIn(page, base, ADMIN)],
  ],
  4: [
    ['login-next', async (page, base) => void (await page.goto(`${base}/profile`))],
    ['profile', (page, base) => logIn(page, base, ADMIN, { path: '/login?next=/profile' })],
  ],
  5: [
    ['register', async (page, base) => void (await page.goto(`${base}/register`))],
    ['login', (page, base) => register(page, base, LEARNER)],
    ['home', (page, base) => logIn(page, base, LEARNER, { remember: true })],
    ['profile', async (page, base) => void (await page.goto(`${base}/profile`))],
  ],
};

function outDir(args: string[]): string {
  const at = args.indexOf('--out');
  if (at >= 0 && !args[at + 1]) throw new Error('--out needs a folder: npm run screenshots -- --out docs/screenshots');
  return resolve(at >= 0 ? args[at + 1]! : 'screenshots');
}

async function main(): Promise<void> {
  const out = outDir(process.argv.slice(2));
  await mkdir(out, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const [lesson, scenes] of Object.entries(SCENES)) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        // A fresh app (and database) per size, so each run of the scenes starts from nothing.
        const app = await startReference(Number(lesson));
        const context = await browser.newContext({ viewport });
        try {
          const page = await context.newPage();
          for (const [name, reach] of scenes) {
            await reach(page, app.url);
            const file = `${out}/lesson-${lesson}-${name}-${size}.png`;
            await page.screenshot({ path: file });
            console.log(file);
          }
        } finally {
          await context.close();
          await app.stop();
        }
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
