// Issue 17, "secure by example": each weakness the security review found, tried against the
// reference app of every lesson it applies to, on both Flask stacks, over real HTTP. Each test
// failed on the reference apps before they were fixed.

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { execa } from 'execa';
import fs from 'fs-extra';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logOut } from '../lessons/helpers.js';
import type { CheckContext, Credentials } from '../src/checks/checks.js';
import { fillForm, findForm } from '../src/checks/html.js';
import { Client, type Exchange, isRedirect } from '../src/checks/http.js';
import { renderLesson, writeRendered } from '../src/course/render.js';
import { type RunningApp, startApp } from '../src/runtime/app-runner.js';
import { bins, debianPython, hasModernPython, modernPython, root, run, tempDir, writeReference } from './helpers.js';

const stacks: [string, string][] = [['Debian stack (Flask 2.2)', debianPython]];
if (hasModernPython) stacks.push(['PyPI stack (Flask 3)', modernPython]);

/** Made and read by real Flask: a session cookie signed with the app's key, `age` seconds old. */
const FLASK_SESSION = `
import json, sys, time
from flask import Flask
app = Flask(__name__)
app.secret_key = sys.argv[1]
serializer = app.session_interface.get_signing_serializer(app)
if sys.argv[2] == "read":
    print(json.dumps(serializer.loads(sys.argv[3])))
else:
    now, age = time.time, int(sys.argv[4])
    time.time = lambda: now() - age  # itsdangerous stamps the signature with time.time()
    print(serializer.dumps(json.loads(sys.argv[3])))
`;

interface Served {
  lesson: number;
  python: string;
  app: RunningApp;
  secretKey: string;
  user: Credentials;
  folder: string;
  client(): Client;
  /** How many password hashes (PBKDF2 or scrypt runs) the app has computed so far. */
  hashes(): Promise<number>;
}

/** Start a copy of lessons/N-name/app as verify does, counting its password hashes. */
async function serve(lesson: number, python: string, env: Record<string, string | undefined> = {}): Promise<Served> {
  const folder = await tempDir('flash-login-security-');
  const dir = join(folder, 'app');
  await writeRendered(dir, await renderLesson(lesson, { projectName: 'security' })); // guided: markers stripped
  const hashLog = join(folder, 'hashes.log');
  const secretKey = `security-${randomBytes(12).toString('hex')}`;
  const settings: Record<string, string | undefined> = {
    FLASK_SECRET_KEY: secretKey,
    FLASK_SQLALCHEMY_DATABASE_URI: `sqlite:///${join(folder, 'users.db')}`,
    FLASK_PASSWORD_HASH_METHOD: 'pbkdf2:sha256:1000',
    PYTHONPATH: join(root, 'test', 'hash-counter'),
    FLASH_LOGIN_TEST_HASH_LOG: hashLog,
    ...env,
  };
  // undefined leaves a variable out altogether
  const defined = Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const app = await startApp({ python, dir, displayDir: dir, env: Object.fromEntries(defined) });
  const served: Served = {
    lesson,
    python,
    app,
    secretKey,
    folder,
    user: { username: 'admin', password: 'secret' },
    client: () => new Client(() => app.baseUrl),
    hashes: async () => (await fs.readFile(hashLog, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
  };
  if (lesson >= 5) {
    const tag = randomBytes(4).toString('hex');
    served.user = { username: `mary_${tag}`, email: `mary.${tag}@example.com`, password: `Somerville-${tag}` };
    const { response } = await register(served.client(), served.user);
    expect(isRedirect(response), `registering ${served.user.username}`).toBe(true);
  }
  return served;
}

async function stop(served: Served | undefined): Promise<void> {
  if (!served) return;
  await served.app.stop();
  await fs.remove(served.folder);
}

async function register(client: Client, user: Credentials, email = user.email!): Promise<{ response: Exchange }> {
  const { page, response } = await client.submit('/register', {
    username: user.username,
    email,
    password: user.password,
    confirm: user.password,
  });
  if (!response) throw new Error(`GET /register shows no register form: ${page.status}`);
  return { response };
}

/** Post the login form (with its hidden inputs, as a browser does); `next` as the form would carry it. */
async function postLogin(client: Client, user: Credentials, extra: { remember?: boolean; next?: string } = {}): Promise<Exchange> {
  const page = await client.get('/login');
  const form = findForm(page.page(), ['username', 'password']);
  if (!form) throw new Error(`GET /login shows no login form: ${page.status}`);
  const body = fillForm(form, { username: user.username, password: user.password, ...(extra.remember ? { remember: true } : {}) });
  if (extra.next !== undefined) body.set('next', extra.next);
  return client.post('/login', body);
}

/** Whether this browser is logged in as the user: GET / shows the name (from lesson 4, / needs a login). */
async function loggedIn(served: Served, client: Client): Promise<boolean> {
  const home = await client.get('/');
  return home.status === 200 && home.body.includes(served.user.username);
}

async function sessionOf(served: Served, client: Client): Promise<Record<string, unknown>> {
  const cookie = await client.cookie('session');
  if (!cookie) return {};
  const { stdout } = await execa(served.python, ['-c', FLASK_SESSION, served.secretKey, 'read', cookie.value]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

async function signedSession(served: Served, content: Record<string, unknown>, ageSeconds: number): Promise<string> {
  const { stdout } = await execa(served.python, [
    '-c',
    FLASK_SESSION,
    served.secretKey,
    'make',
    JSON.stringify(content),
    String(ageSeconds),
  ]);
  return stdout.trim();
}

const logOutOf = (served: Served, client: Client) => logOut({ lesson: served.lesson } as CheckContext, client);

describe.each(stacks)('%s', (_stack, python) => {
  describe.each([2, 3, 4, 5])('lesson %i reference', (lesson) => {
    let served: Served | undefined;
    beforeAll(async () => {
      served = await serve(lesson, python);
    });
    afterAll(() => stop(served));

    it('clears the session at login: nothing planted before it survives (item 6)', async () => {
      const s = served!;
      const client = s.client();
      await client.setCookie('session', await signedSession(s, { planted: 'before the login' }, 0));
      await client.get('/login'); // lesson 5: Flask-WTF puts its CSRF token in the session here
      const tokenBefore = (await sessionOf(s, client)).csrf_token;
      expect(isRedirect(await postLogin(client, s.user))).toBe(true);
      const after = await sessionOf(s, client);
      expect(after).not.toHaveProperty('planted');
      if (tokenBefore !== undefined) expect(after.csrf_token).not.toBe(tokenBefore);
      expect(await loggedIn(s, client)).toBe(true);
    });

    it('refuses a copied session cookie once it is an hour old, and marks it SameSite=Lax (item 4)', async () => {
      const s = served!;
      const client = s.client();
      const login = await postLogin(client, s.user);
      expect(login.setCookies.find((cookie) => cookie.key === 'session')?.sameSite).toBe('lax');
      const content = await sessionOf(s, client);
      for (const [age, works] of [
        [60, true],
        [2 * 3600, false],
      ] as const) {
        const copy = s.client();
        await copy.setCookie('session', await signedSession(s, content, age));
        expect(await loggedIn(s, copy), `a copy of the session cookie ${age} s old`).toBe(works);
      }
    });

    // Lessons 2 and 3 have no `next` at all: the test exists from lesson 4 on (not a skip).
    if (lesson >= 4)
      it('refuses every control character in next (item 6)', async () => {
        const s = served!;
        for (const code of [0x00, 0x01, 0x08, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x7f]) {
          const next = `/${String.fromCharCode(code)}/evil.example/`;
          const login = await postLogin(s.client(), s.user, { next });
          const raw = login.headers.get('location') ?? '';
          expect(isRedirect(login), `next with U+${code.toString(16).padStart(4, '0')}`).toBe(true);
          expect(/[\u0000-\u001f\u007f]/.test(raw), `Location ${JSON.stringify(raw)}`).toBe(false);
          expect(login.location?.pathname, `Location ${JSON.stringify(raw)}`).toBe('/');
        }
        // A plain path on the site still works.
        const login = await postLogin(s.client(), s.user, { next: '/profile?tab=1' });
        expect(login.headers.get('location')).toMatch(/\/profile\?tab=1$/);
      });
  });

  describe('lesson 5 reference', () => {
    let served: Served | undefined;
    beforeAll(async () => {
      served = await serve(5, python);
    });
    afterAll(() => stop(served));

    it('a remember_token lasts two weeks, and logging out ends it and every other session (item 1)', async () => {
      const s = served!;
      const client = s.client();
      const login = await postLogin(client, s.user, { remember: true });
      const token = login.setCookies.find((cookie) => cookie.key === 'remember_token');
      expect(token?.expires).toBeInstanceOf(Date);
      const days = ((token!.expires as Date).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13);
      expect(days).toBeLessThanOrEqual(14);

      const withToken = async () => {
        const fresh = s.client();
        await fresh.setCookie('remember_token', token!.value);
        return loggedIn(s, fresh);
      };
      const otherBrowser = s.client();
      expect(isRedirect(await postLogin(otherBrowser, s.user))).toBe(true);
      expect(await withToken()).toBe(true);
      expect(await loggedIn(s, otherBrowser)).toBe(true);

      expect(isRedirect(await logOutOf(s, client))).toBe(true);
      expect(await withToken()).toBe(false);
      expect(await loggedIn(s, otherBrowser)).toBe(false);
      // A new login works again, with a new token.
      const again = await postLogin(s.client(), s.user, { remember: true });
      expect(again.setCookies.find((cookie) => cookie.key === 'remember_token')?.value).not.toBe(token!.value);
    });

    it('an unknown user costs exactly one password-hash check, as a wrong password does (item 2)', async () => {
      const s = served!;
      const attempts: [string, Credentials][] = [
        ['an unknown username', { username: `nobody_${randomBytes(4).toString('hex')}`, password: 'Whatever-123' }],
        ['an unknown email', { username: `nobody.${randomBytes(4).toString('hex')}@example.com`, password: 'Whatever-123' }],
        ['a wrong password', { username: s.user.username, password: `${s.user.password}-wrong` }],
        ['the right password', s.user],
      ];
      for (const [what, user] of attempts) {
        const client = s.client();
        const page = await client.get('/login');
        const before = await s.hashes();
        const answer = await client.post('/login', fillForm(findForm(page.page(), ['username', 'password'])!, { ...user }));
        expect(answer.status, what).toBeLessThan(500);
        expect((await s.hashes()) - before, `password hashes computed for ${what}`).toBe(1);
      }
    });

    it('refuses "@" in usernames, so no username can take over an email\'s login (item 3)', async () => {
      const s = served!;
      const tag = randomBytes(4).toString('hex');
      const squatter = { username: `eve.${tag}@example.com`, email: `squat.${tag}@example.com`, password: `Squatter-${tag}` };
      const { response } = await register(s.client(), squatter);
      expect(isRedirect(response)).toBe(false);
      expect(findForm(response.page(), ['username', 'email'])).toBeDefined();
      expect(isRedirect(await postLogin(s.client(), { username: squatter.email, password: squatter.password }))).toBe(false);
    });

    it('refuses case and space variants of a taken email, and logs in with any of them (item 6)', async () => {
      const s = served!;
      const tag = randomBytes(4).toString('hex');
      const user = { username: `ada_${tag}`, email: `Ada.${tag}@Example.COM`, password: `Countess-${tag}` };
      expect(isRedirect((await register(s.client(), user)).response)).toBe(true);
      for (const variant of [`ada.${tag}@example.com`, `  ADA.${tag}@EXAMPLE.COM `]) {
        const { response } = await register(s.client(), { ...user, username: `other_${randomBytes(4).toString('hex')}` }, variant);
        expect(isRedirect(response), `registering ${JSON.stringify(variant)} again`).toBe(false);
        expect(response.body).toContain('already registered');
      }
      const client = s.client();
      expect(isRedirect(await postLogin(client, { username: ` ada.${tag}@EXAMPLE.com`, password: user.password }))).toBe(true);
      expect((await client.get('/')).body).toContain(user.username);
    });

    it('refuses a password under 8 characters (item 6)', async () => {
      const s = served!;
      const user = {
        username: `short_${randomBytes(4).toString('hex')}`,
        email: `short.${randomBytes(4).toString('hex')}@example.com`,
        password: 'Ab3-def',
      };
      const { response } = await register(s.client(), user);
      expect(isRedirect(response)).toBe(false);
      expect(isRedirect(await postLogin(s.client(), user))).toBe(false);
    });
  });

  it('lesson 5 hashes with PBKDF2-SHA256 at 600,000 rounds unless told otherwise (item 6)', async () => {
    let served: Served | undefined;
    try {
      // No FLASK_PASSWORD_HASH_METHOD: the reference's own default.
      served = await serve(5, python, { FLASK_PASSWORD_HASH_METHOD: undefined });
      const database = await fs.readFile(join(served.folder, 'users.db'));
      expect(database.includes(Buffer.from('pbkdf2:sha256:600000$'))).toBe(true);
      expect(isRedirect(await postLogin(served.client(), served.user))).toBe(true);
    } finally {
      await stop(served);
    }
  });
});

describe('verify and an app that ends every session of a user at logout', () => {
  it('gives the lesson-5 reference (which does) the same verdict on 20 runs out of 20', { timeout: 600_000 }, async () => {
    const dir = await tempDir('flash-login-security-verify-');
    try {
      await writeReference(dir, 5);
      const verdicts: string[] = [];
      // Two at a time: the machine's load shifts which checks overlap, as a learner's machine would.
      for (let round = 0; round < 10; round++) {
        const pair = await Promise.all(
          [0, 1].map(() => run(bins.flashLogin, ['verify', '--json', '--lesson', '5', '--python', debianPython, '--dir', dir])),
        );
        for (const result of pair) {
          const json = JSON.parse(String(result.stdout)) as { status: string; tests: { id: string; status: string }[] };
          verdicts.push([json.status, ...json.tests.filter((test) => test.status !== 'pass').map((test) => test.id)].join(' '));
        }
      }
      expect(verdicts).toEqual(Array(20).fill('pass'));
    } finally {
      await fs.remove(dir);
    }
  });
});
