// Text laid out in terminal columns. A Chinese character takes two columns and a combining mark none,
// so `padEnd`, which counts UTF-16 code units, misaligns any column after Chinese text.
//
// string-width measures that, but its first use is slow (it builds ICU's grapheme segmenter and
// Unicode property tables), slower than a whole `flash-login --version`. It is loaded only for output
// that can hold wide characters (zh-CN); English text is measured by its characters.
import { activeLang, type Lang } from '../i18n/i18n.js';

const ANSI = /\u001b\[[0-9;]*m/g;
let measure: ((text: string) => number) | undefined;

/** Load the display-width tables where the output's language needs them; call before measuring. */
export async function prepareColumns(lang: Lang = activeLang()): Promise<void> {
  if (lang !== 'en') measure ??= (await import('string-width')).default;
}

/** How many terminal columns `text` takes (colour codes take none). */
export function displayWidth(text: string): number {
  return measure ? measure(text) : [...text.replace(ANSI, '')].length;
}

/** `text` followed by spaces up to `columns` terminal columns (never cut). */
export function padColumns(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}

/** The widest of `texts`, in terminal columns. */
export function widestColumns(texts: string[]): number {
  return Math.max(0, ...texts.map(displayWidth));
}
