// Every catalog made with catalog() has the same entries in both languages, and no zh-CN entry
// says in English what its English twin says (unless it is only code: commands, ids, file names).

import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'fs-extra';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n/i18n.js';
import { englishRuns } from '../english-runs.js';
import { root } from '../helpers.js';

/** Every source module that makes a catalog (the entry points run a program when imported: they hold none). */
async function catalogModules(): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) && (await fs.readFile(path, 'utf8')).includes(' = catalog('))
        files.push(path);
    }
  };
  await walk(join(root, 'src'));
  await walk(join(root, 'lessons'));
  return files;
}

type Entries = Record<string, unknown>;

/** What an entry shows, with stand-in values: strings as is, functions called with placeholders. */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'function') return undefined;
  for (const stand of ['X', 2, ['X', 'Y']]) {
    try {
      const out: unknown = value(...Array.from({ length: value.length }, () => stand));
      if (typeof out === 'string') return out;
    } catch {
      // another stand-in may suit its parameters
    }
  }
  return undefined;
}

function compare(en: Entries, zh: Entries, path: string, problems: string[]): void {
  for (const key of new Set([...Object.keys(en), ...Object.keys(zh)])) {
    const where = `${path}.${key}`;
    if (!(key in zh)) problems.push(`${where}: no zh-CN entry`);
    else if (!(key in en)) problems.push(`${where}: no English entry`);
    else if (typeof en[key] !== typeof zh[key]) problems.push(`${where}: ${typeof en[key]} in English, ${typeof zh[key]} in zh-CN`);
    else if (typeof en[key] === 'object' && en[key] !== null) compare(en[key] as Entries, zh[key] as Entries, where, problems);
    else {
      const english = shown(en[key]);
      const chinese = shown(zh[key]);
      if (english !== undefined && english === chinese && englishRuns(english).length > 0)
        problems.push(`${where}: zh-CN is the English text "${english}"`);
    }
  }
}

describe('message catalogs', () => {
  it('every catalog has every entry in both languages, translated', async () => {
    const modules = await catalogModules();
    expect(modules.length).toBeGreaterThan(10);
    const made = new Map<object, string>();
    for (const module of modules) {
      const before = catalogs.length;
      await import(pathToFileURL(module).href);
      for (const entries of catalogs.slice(before)) made.set(entries, relative(root, module));
    }
    const problems: string[] = [];
    for (const entries of catalogs) compare(entries.en as Entries, entries['zh-CN'] as Entries, made.get(entries) ?? '?', problems);
    expect(problems).toEqual([]);
  });

  it('a zh-CN entry left in English is caught', () => {
    const problems: string[] = [];
    compare(
      { saved: (file: string) => `saved the file ${file}`, ok: 'ok' },
      { saved: (file: string) => `saved the file ${file}` },
      'fake',
      problems,
    );
    expect(problems).toEqual(['fake.saved: zh-CN is the English text "saved the file X"', 'fake.ok: no zh-CN entry']);
  });
});
