// The language a project speaks: its lesson texts, the generated app, and everything the CLI prints.
// English is the default; zh-CN is the one other language. Modules keep their own typed catalogs
// (`{ en: {...}, 'zh-CN': {...} }`) and pick with `activeLang()`; this module only decides which.

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language the environment asks for, as gettext reads it: LC_ALL, then LC_MESSAGES, then
 * LANG; `zh_CN.UTF-8`, `zh_CN` and `zh-CN` pick zh-CN (and so do the other zh_* Chinese locales,
 * which read simplified characters far better than English); anything else, or nothing, is English.
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh([_-]|$)/i.test(locale) ? 'zh-CN' : 'en';
}

let active: Lang | undefined;

/** The language of this command's output: set once the project (or --lang) is known. */
export function activeLang(): Lang {
  return active ?? langFromEnv();
}

export function setActiveLang(lang: Lang | undefined): void {
  active = lang;
}

/** A typed catalog: the same keys in every language (the compiler says which one is missing). */
export type Catalog<Keys extends string, Value = string> = Record<Lang, Record<Keys, Value>>;

/** The entry of `catalog` in the active language. */
export function pick<Keys extends string, Value>(catalog: Catalog<Keys, Value>, key: Keys): Value {
  return catalog[activeLang()][key];
}
