// Text laid out in terminal columns. A Chinese character takes two columns and a combining mark none,
// so `padEnd`, which counts UTF-16 code units, misaligns any column after Chinese text.
import stringWidth from 'string-width';

/** How many terminal columns `text` takes (colour codes take none). */
export const displayWidth = (text: string): number => stringWidth(text);

/** `text` followed by spaces up to `columns` terminal columns (never cut). */
export function padColumns(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - stringWidth(text)));
}

/** The widest of `texts`, in terminal columns. */
export function widestColumns(texts: string[]): number {
  return Math.max(0, ...texts.map((text) => stringWidth(text)));
}
