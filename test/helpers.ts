// What the tests share: the real CLI run with execa, the Pythons to run apps with, fixtures made real.

import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa, type Options } from 'execa';
import fs from 'fs-extra';
import { renderLesson, writeRendered } from '../src/course/render.js';
import type { Lang } from '../src/i18n/i18n.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bins = {
  create: join(root, 'bin', 'create-flash-login.js'),
  flashLogin: join(root, 'bin', 'flash-login.js'),
};

/** The Debian stack (Flask 2.2); .ci/run installs it. Tests fail loudly when it is missing rather than skip. */
export const debianPython = process.env.FLASH_LOGIN_TEST_PYTHON ?? '/usr/bin/python3';
/** The current PyPI stack (Flask 3), built by .ci/run into .cache/py-modern where pip can reach an index. */
export const modernPython = process.env.FLASH_LOGIN_MODERN_PYTHON ?? join(root, '.cache', 'py-modern', 'bin', 'python');
export const hasModernPython = existsSync(modernPython);

/** An environment in which pip reaches no index at all, as on a machine without PyPI. */
export const OFFLINE_PIP_ENV = { PIP_CONFIG_FILE: '/dev/null', PIP_INDEX_URL: 'http://127.0.0.1:9/simple', PIP_FIND_LINKS: '' };

/** The locale English tests run in, whatever the machine's (a zh_CN one would make the CLI speak Chinese). */
export const ENGLISH_LOCALE = { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };

/**
 * Our CLI, run by the Node running the tests (never a `node` or `flash-login` found on PATH).
 * NO_COLOR=1 and LANG=C stay unless the caller's env overrides them: a caller's env adds to them, not replaces them.
 */
export function run(bin: string, args: string[], options: Options = {}) {
  return execa(process.execPath, [bin, ...args], {
    reject: false,
    stdin: 'ignore',
    ...options,
    env: { NO_COLOR: '1', ...ENGLISH_LOCALE, ...options.env },
  });
}

export async function tempDir(prefix = 'flash-login-test-'): Promise<string> {
  return fs.mkdtemp(join(tmpdir(), prefix));
}

export interface FixtureEdit {
  file: string;
  find: string;
  replace: string;
}

export interface FixtureSpec {
  lesson: number;
  description: string;
  /**
   * What to start from before overlaying this folder's files and applying the edits:
   * "reference" for lessons/N-name/app, "reference-zh-CN" for its zh-CN app, or another fixture ("lesson-5/factory-plain-forms").
   */
  base?: string;
  edits?: FixtureEdit[];
  /** The checks verify must report as failed: exactly these. Empty for a correct solution. */
  fails: string[];
  /** Why each failing check fails: its reason code in --json ("name-shown-without-cookie"), asserted where given. */
  reasons?: Record<string, string>;
  /** The checks verify must report as skipped because a check they need failed: exactly these (default none). */
  skips?: string[];
  /** Where one stack fails (or skips) other checks than `fails` says: those checks, and why the stacks differ. */
  failsOn?: Partial<Record<'debian' | 'modern', { fails: string[]; skips?: string[]; why: string }>>;
}

export interface Fixture {
  name: string;
  dir: string;
  spec: FixtureSpec;
}

export const fixturesDir = join(root, 'test', 'fixtures');

export async function listFixtures(): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  for (const lessonDir of (await fs.readdir(fixturesDir)).filter((name) => /^lesson-\d+$/.test(name)).sort()) {
    for (const name of (await fs.readdir(join(fixturesDir, lessonDir))).sort()) {
      const dir = join(fixturesDir, lessonDir, name);
      const spec = (await fs.readJson(join(dir, 'fixture.json'))) as FixtureSpec;
      fixtures.push({ name: `${lessonDir}/${name}`, dir, spec });
    }
  }
  return fixtures;
}

/** Build the fixture's app in a temporary folder: the reference app with the fixture's changes, or the fixture's own files. */
/**
 * Lesson N's reference app as guided mode writes it into dir. lessons/N-name/app itself carries
 * exercise markers (and, where a lesson changes earlier code, the old code beside the new), so a
 * raw copy of it is not an app: tests start from this instead.
 */
export async function writeReference(dir: string, lesson: number, lang: Lang = 'en'): Promise<void> {
  await writeRendered(dir, await renderedReference(lesson, lang));
}

/** Each reference is rendered once per test file (fixtures.test.ts writes one for most of its 200-odd apps); the copies are written afresh. */
const references = new Map<string, ReturnType<typeof renderLesson>>();
function renderedReference(lesson: number, lang: Lang): ReturnType<typeof renderLesson> {
  const key = `${lesson} ${lang}`;
  let rendered = references.get(key);
  if (!rendered) {
    rendered = renderLesson(lesson, { projectName: 'reference' }, { lang });
    rendered.catch(() => references.delete(key)); // a failure is not kept: the next call renders again
    references.set(key, rendered);
  }
  return rendered;
}

export async function materialize(fixture: Fixture): Promise<string> {
  const target = await tempDir('flash-login-fixture-');
  const notSpec = (path: string) => !path.endsWith('fixture.json');
  // The reference as guided mode writes it: exercise markers never reach a fixture.
  if (fixture.spec.base === 'reference') await writeReference(target, fixture.spec.lesson);
  else if (fixture.spec.base === 'reference-zh-CN') await writeReference(target, fixture.spec.lesson, 'zh-CN');
  else if (fixture.spec.base) await fs.copy(join(fixturesDir, fixture.spec.base), target, { filter: notSpec });
  await fs.copy(fixture.dir, target, { filter: notSpec });
  for (const edit of fixture.spec.edits ?? []) {
    const path = join(target, edit.file);
    const text = await fs.readFile(path, 'utf8');
    if (!text.includes(edit.find)) throw new Error(`${fixture.name}: "${edit.find}" is not in ${edit.file}; update the fixture`);
    await fs.writeFile(path, text.replace(edit.find, edit.replace));
  }
  return target;
}

export interface JsonResults {
  status: 'pass' | 'fail' | 'error';
  message: string | null;
  lesson: number;
  tests: { id: string; name: string; status: string; message: string | null; reason?: string | null; task_id: number }[];
}

export async function verifyJson(dir: string, lesson: number, python: string) {
  const result = await run(bins.flashLogin, ['verify', '--json', '--lesson', String(lesson), '--python', python, '--dir', dir]);
  let json: JsonResults | undefined;
  try {
    json = JSON.parse(String(result.stdout)) as JsonResults;
  } catch {
    json = undefined;
  }
  return { result, json };
}
