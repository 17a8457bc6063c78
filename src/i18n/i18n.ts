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

/** Every catalog made by `catalog()`, so a test can check that both languages have every key. */
export const catalogs: Array<Record<Lang, object>> = [];

/**
 * A module's messages in every language: `en` sets the shape (strings, or functions of the values
 * they show), and the compiler refuses a `zh-CN` that lacks a key or takes other arguments.
 * Returns the messages of the active language, looked up when called (the language is known only
 * once the project is read), or of the language it is given (a lesson text's, where that differs):
 *
 *   const text = catalog({ en: { saved: (file: string) => `saved ${file}` }, 'zh-CN': { saved: (file) => `已保存 ${file}` } });
 *   console.log(text().saved('app.py'));
 */
export function catalog<T extends object>(entries: { en: T; 'zh-CN': NoInfer<T> }): (lang?: Lang) => T {
  catalogs.push(entries);
  return (lang = activeLang()) => entries[lang];
}

/** Names or ids in a list, as the language writes one: `app.py, base.html` in English, `app.py、base.html` in Chinese. */
export function listOf(items: readonly string[], lang: Lang = activeLang()): string {
  return items.join(lang === 'zh-CN' ? '、' : ', ');
}
