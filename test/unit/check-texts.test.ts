// Every text verify's checks can print, rendered in both languages with sample values: the
// Chinese reads as Chinese (no English words outside code, ids and what an app said), nothing
// renders "undefined", and each check's title follows the active language.
import { afterEach, describe, expect, it } from 'vitest';
import { text as lesson1 } from '../../lessons/1-login-form/checks.text.js';
import { text as lesson2 } from '../../lessons/2-sessions/checks.text.js';
import { text as lesson3 } from '../../lessons/3-flash-messages/checks.text.js';
import { text as lesson4 } from '../../lessons/4-login-required/checks.text.js';
import { text as lesson5 } from '../../lessons/5-user-model/checks.text.js';
import { errorHintText, hintForError } from '../../lessons/error-hints.js';
import { helperText, probeText } from '../../lessons/helpers.text.js';
import { checksFor } from '../../lessons/index.js';
import { type CheckContext, checkResultText, fail, runChecks } from '../../src/checks/checks.js';
import { type Lang, setActiveLang } from '../../src/i18n/i18n.js';

const CATALOGS = { lesson1, lesson2, lesson3, lesson4, lesson5, helperText, probeText, errorHintText, checkResultText };

/**
 * Sample values by parameter name, each with the variants that take another branch. A new
 * parameter name fails the test until it has samples here, so every entry is rendered.
 */
const SAMPLES: Record<string, unknown[]> = {
  status: [400, 302],
  path: ['/profile'],
  page: ['/login?next=%2Fprofile'],
  username: ['ada_lovelace'],
  owner: ['eve_1a2b'],
  address: ['eve.1a2b@example.com'],
  email: ['ada@example.com'],
  password: ['Sh0rt-7'],
  cookie: ['session'],
  key: ['dev'],
  method: ['get'],
  type: ['text'],
  location: ['https://evil.example/'],
  redirectedTo: ['http://127.0.0.1:5000/login', undefined],
  pathname: ['/login'],
  redirected: [true, false],
  guarded: [true, false],
  raw: ['//evil.example/'],
  resolved: ['http://evil.example/'],
  reached: ['/login'],
  next: ['//evil.example/'],
  flash: ['Welcome back'],
  categories: [['success', 'info'], []],
  expected: [['info', 'success']],
  fields: [['username', 'email', 'password', 'confirm']],
  names: [['user', 'pass'], []],
  lines: [['Invalid password', 'Hello <username>']],
  shown: ['"Welcome back" (success)'],
  differences: [['a wrong password shows "Wrong password"', 'an unknown user "No such user"']],
  sameSite: ['strict', undefined],
  id: ['1.3'],
  stack: ['Error: boom\n    at run (checks.ts:1:1)'],
  request: ['POST /login'],
  wrong: [401],
  stranger: [200],
  phrases: [['invalid'], ['log in', 'login']],
  step: ['login-sticks', 'logout'],
  work: [['pbkdf2:sha256:1000'], []],
  known: [['pbkdf2:sha256:1000']],
  unknown: [['pbkdf2:sha256:1']],
  why: ['app.py failed to import'],
  knownMs: [250],
  unknownMs: [4],
  loop: [true, false],
  gist: ['The CSRF token is missing.', ''],
  sentToLogin: [true, false],
  _lesson: [5],
};

/** The sentence-like pieces a catalog makes from sample parts (what, who, why, where, squatted). */
const PHRASE_PARAMS = ['what', 'who', 'why', 'where', 'squatted', 'phrase'];

function paramNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = source.startsWith('(') ? source.slice(1, source.indexOf(')')) : source.slice(0, source.indexOf('=>'));
  return list
    .split(',')
    .map((param) => param.replace(/=.*$/, '').replace('...', '').trim())
    .filter(Boolean);
}

function isRest(fn: (...args: never[]) => unknown): boolean {
  return /^\(?\s*\.\.\./.test(fn.toString());
}

/** Every way to call `fn` with the samples: the product of each parameter's variants. */
function renderings(fn: (...args: unknown[]) => string, lang: Lang, where: string): string[] {
  const variants = paramNames(fn).map((name) => {
    if (PHRASE_PARAMS.includes(name)) return [samplePhrase(lang, name)];
    const samples = SAMPLES[name];
    if (!samples) throw new Error(`${where}: no sample for the parameter "${name}": add one to SAMPLES`);
    return samples;
  });
  const product = variants.reduce<unknown[][]>(
    (calls, options) => calls.flatMap((call) => options.map((option) => [...call, option])),
    [[]],
  );
  return product.map((args) => (isRest(fn) ? fn(...(args[0] as unknown[])) : fn(...args)));
}

/** A phrase in the language at hand, as the checks pass one (a `what`, a `who`, …). */
function samplePhrase(lang: Lang, name: string): string {
  setActiveLang(lang);
  const helpers = helperText();
  if (name === 'phrase') return helpers.phrase('logged in');
  if (name === 'squatted') return lesson5().squatted('eve.1a2b@example.com', 'eve_1a2b');
  if (name === 'who') return lesson4().withNoLogin;
  return helpers.loggingInWith(helpers.wrongPassword);
}

/** Every string a catalog gives in `lang`, keyed by its path (`lesson2.titles.2.6`). */
function render(lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (entries: object, path: string) => {
    for (const [key, value] of Object.entries(entries)) {
      const where = `${path}.${key}`;
      if (typeof value === 'string') out.set(where, [value]);
      else if (typeof value === 'function') out.set(where, renderings(value, lang, where));
      else walk(value as object, where);
    }
  };
  for (const [name, text] of Object.entries(CATALOGS)) {
    setActiveLang(lang);
    walk(text(), name);
  }
  return out;
}

/** Words a Chinese message may keep: names of headers, attributes, methods and products, and a few terms Chinese uses as they are. */
const KEPT_WORDS = new Set(
  ['GET', 'POST', 'HttpOnly', 'SameSite', 'Lax', 'CSRF', 'SQLite', 'UNIQUE', 'Expires', 'Location', 'True', 'None', 'URI'].concat(
    ['Flask', 'SQLAlchemy', 'Werkzeug', 'Jinja', 'HTML', 'scrypt', 'bcrypt', 'verify', 'cookie', 'token', 'class', 'method', 'id']
      .concat(['next', 'error', 'success', 'info'])
      // The form's field names, which stay as they are in every language.
      .concat(['username', 'password', 'email', 'confirm', 'remember']),
  ),
);

/**
 * The English words left in `message` once code, ids and quoted text are taken out: backticks,
 * "quotes", <tags>, paths, calls, identifiers (anything with - _ . / ( = @ : or a digit), and the kept words.
 */
function englishWords(message: string): string[] {
  const prose = message
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/<[^>]*>/g, ' ');
  return prose
    .split(/[\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/)
    .filter((word) => /[A-Za-z]/.test(word) && !KEPT_WORDS.has(word) && !/[-_./(=@\d[\]{}:'"→]/.test(word));
}

/** The catalog's own words: the sample values it shows (names, an app's text, a stack) taken out. */
function withoutSamples(message: string): string {
  const values = Object.values(SAMPLES)
    .flat(2)
    .filter((value): value is string => typeof value === 'string' && value.length > 2)
    .sort((a, b) => b.length - a.length);
  return values.reduce((rest, value) => rest.split(value).join(' '), message);
}

afterEach(() => setActiveLang(undefined));

describe('the scan for English in Chinese messages', () => {
  it('finds English prose and lets code, ids, paths and quoted text through', () => {
    expect(englishWords('GET / answered 500，应返回 200')).toEqual(['answered']);
    expect(englishWords('用错误的密码 log in 时出错')).toEqual(['log', 'in']);
    expect(
      englishWords(
        'GET /login?next=%2Fprofile 返回了 302 → /login，"Invalid password" 与 `session.get("username")` 和 <input type="checkbox">',
      ),
    ).toEqual([]);
    expect(englishWords('请调用 app.config.from_prefixed_env()，保持 SESSION_COOKIE_HTTPONLY 开启')).toEqual([]);
  });
});

describe('check texts', () => {
  const en = render('en');
  const zh = render('zh-CN');

  it('have the same entries in both languages', () => {
    expect([...zh.keys()]).toEqual([...en.keys()]);
  });

  it.each([...zh.keys()])('%s reads as Chinese and renders every value', (key) => {
    const english = en.get(key)!;
    for (const [index, message] of zh.get(key)!.entries()) {
      expect(message, key).toMatch(/[\u4e00-\u9fff]/);
      expect(message, key).not.toMatch(/undefined|NaN|\[object /);
      expect(englishWords(withoutSamples(message)), `${key}: ${message}`).toEqual([]);
      expect(message, key).not.toBe(english[index]);
    }
    for (const message of english) expect(message, key).not.toMatch(/undefined|NaN|\[object |[\u4e00-\u9fff]/);
  });

  it('name both forms of a key phrase in Chinese, as the contract accepts them, the Chinese first', () => {
    setActiveLang('zh-CN');
    expect(lesson1().noInvalidError('空字段')).toContain('含“无效”或“错误”（英文 "invalid"）的');
    expect(lesson4().guardFlashMissing('/', '没有')).toContain('含“登录”（英文 "log in" 或 "login"）的');
    expect(helperText().phrase('logged out')).toBe('“退出”、“注销”或“登出”（英文 "logged out"）');
    setActiveLang('en');
    expect(helperText().phrase('log in', 'login')).toBe('"log in" or "login"');
  });
});

describe('check titles', () => {
  const titles = { '1': lesson1, '2': lesson2, '3': lesson3, '4': lesson4, '5': lesson5 };

  it('follow the active language, one title for each check of each lesson', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      setActiveLang(lang);
      const checks = checksFor(5);
      const catalogTitles = Object.values(titles).flatMap((text) => Object.entries(text().titles));
      expect(checks.map((check) => [check.id, check.title])).toEqual(catalogTitles);
    }
  });

  it('keep the English titles the contract and lesson texts use', () => {
    setActiveLang('en');
    expect(checksFor(1).map((check) => check.title)).toEqual([
      'GET /login shows a form that posts a username and a password',
      'A wrong password, an unknown user or empty fields get the form again, saying "invalid"',
      'The right username and password redirect to /',
      'GET / answers 200',
    ]);
  });
});

describe('error hints', () => {
  it('explain a traceback in the active language', () => {
    const traceback = 'Traceback (most recent call last):\nsqlite3.OperationalError: no such table: user';
    setActiveLang('en');
    expect(hintForError(traceback)).toBe(
      'The table does not exist yet: create the tables when the app starts, `with app.app_context(): db.create_all()`.',
    );
    setActiveLang('zh-CN');
    expect(hintForError(traceback)).toBe('数据表还不存在：在应用启动时创建数据表，`with app.app_context(): db.create_all()`。');
    expect(hintForError('nothing anyone knows')).toBeUndefined();
  });
});

describe('what runChecks itself says', () => {
  const harness = { contextFor: () => ({}) as CheckContext };
  const checks = [
    { id: '1.1', title: 'a', run: async () => fail('no form', undefined, 'no-login-form') },
    { id: '1.2', title: 'b', needs: ['1.1'], run: async () => fail('no error', undefined, 'no-invalid-error') },
    { id: '1.3', title: 'c', run: async () => void JSON.parse('{') },
  ];

  it('speaks the active language for a skip and for its own bug', async () => {
    setActiveLang('zh-CN');
    const [, skipped, bug] = await runChecks(checks, harness);
    expect(skipped).toMatchObject({ status: 'skip', needs: '1.1', message: '依赖 1.1' });
    expect(bug).toMatchObject({ status: 'error', reason: 'verify-error' });
    expect(bug!.message).toMatch(/^verify 自身出错：SyntaxError/);
    setActiveLang('en');
    const [, skippedEn, bugEn] = await runChecks(checks, harness);
    expect(skippedEn!.message).toBe('needs 1.1');
    expect(bugEn!.message).toMatch(/^verify itself failed: SyntaxError/);
  });
});
