import { HTMLElement, type Node, parse, TextNode } from 'node-html-parser';

export type Page = HTMLElement;

export function parsePage(html: string): Page {
  return parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false } });
}

interface FormInput {
  name: string;
  type: string;
  value: string | undefined;
  checked: boolean;
}

export interface Form {
  method: string;
  action: string | undefined;
  inputs: FormInput[];
}

function classTokens(element: HTMLElement): string[] {
  return (element.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function readForm(form: HTMLElement): Form {
  const inputs = form.querySelectorAll('input, textarea, select').map((field) => ({
    name: field.getAttribute('name') ?? '',
    type: (field.tagName === 'INPUT' ? (field.getAttribute('type') ?? 'text') : field.tagName).toLowerCase(),
    value: field.getAttribute('value'),
    checked: field.hasAttribute('checked'),
  }));
  return {
    method: (form.getAttribute('method') ?? 'get').toLowerCase(),
    action: form.getAttribute('action'),
    inputs: inputs.filter((input) => input.name !== ''),
  };
}

/** The first form holding an input for each of the given names. */
export function findForm(page: Page, names: string[]): Form | undefined {
  return page
    .querySelectorAll('form')
    .map(readForm)
    .find((form) => names.every((name) => form.inputs.some((input) => input.name === name)));
}

/**
 * The body a browser would send: every hidden input as the page has it, then the
 * fields we fill. A checkbox given `true` sends its own value ("on" when it has none),
 * and one given `false` is left out, as a browser does.
 */
export function fillForm(form: Form, fields: Record<string, string | boolean>): URLSearchParams {
  const body = new URLSearchParams();
  for (const input of form.inputs) {
    if (input.type === 'hidden' && !(input.name in fields)) body.append(input.name, input.value ?? '');
  }
  for (const [name, value] of Object.entries(fields)) {
    if (value === false) continue;
    if (value === true) {
      const box = form.inputs.find((input) => input.name === name);
      body.append(name, box?.value ?? 'on');
    } else body.append(name, value);
  }
  return body;
}

/** Elements a browser lays out as blocks: each starts and ends a line of text. */
const BLOCK = new Set(
  (
    'address article aside blockquote body caption center details dialog dd div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main menu nav ol option p pre section summary table tbody thead tfoot tr ul title'
  ).split(' '),
);
/** Elements whose content a browser does not show as text. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select']);

/**
 * The lines of text a browser shows for `node`: block elements separate lines, and white space
 * (a newline, spaces) between a text node and an inline element separates words, folded to one
 * space as a browser folds it: `admin\n<a>Log out</a>` reads "admin Log out", `<b>x</b><i>y</i>` "xy".
 */
export function renderedLines(node: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (at: Node) => {
    if (at instanceof TextNode) {
      current += at.text;
      return;
    }
    if (!(at instanceof HTMLElement)) return;
    const tag = (at.rawTagName ?? '').toLowerCase();
    if (HIDDEN.has(tag)) return;
    if (tag === 'br') return endLine();
    const block = BLOCK.has(tag);
    if (block) endLine();
    // Table cells sit side by side: a space between them.
    if (tag === 'td' || tag === 'th') current += ' ';
    for (const child of at.childNodes) walk(child);
    if (block) endLine();
  };
  walk(node);
  endLine();
  return lines;
}

/** The text a person sees: no tags, no scripts, white space folded, lines joined by spaces. */
export function visibleText(page: Page): string {
  return renderedLines(page).join(' ');
}

function isFlash(element: HTMLElement): boolean {
  return classTokens(element).some((token) => token === 'flash' || token === 'alert');
}

/**
 * The page's lines of visible text outside flash messages: what the page itself says, such as
 * who is logged in ("shows the username" never counts a welcome flash) or a field error.
 * Parsed afresh from the HTML, since the flashes are cut out of that copy.
 */
export function linesOutsideFlashes(html: string): string[] {
  const page = parsePage(html);
  for (const element of page.querySelectorAll('[class]')) if (isFlash(element)) element.remove();
  return renderedLines(page);
}

export interface Flash {
  text: string;
  categories: string[];
}

const NOT_A_CATEGORY = new Set(['dismissible', 'heading', 'link', 'message', 'messages']);

/** Flash messages by markup: class `flash` or `alert`, category from `flash-x`/`alert-x` (danger = error). */
export function findFlashes(page: Page): Flash[] {
  return page
    .querySelectorAll('[class]')
    .filter(isFlash)
    .map((element) => ({
      text: renderedLines(element).join(' '),
      categories: classTokens(element)
        .map((token) => /^(?:flash|alert)-(.+)$/.exec(token)?.[1])
        .filter((category): category is string => category !== undefined && !NOT_A_CATEGORY.has(category))
        .map((category) => (category === 'danger' ? 'error' : category)),
    }));
}

/**
 * What else counts for a key phrase: apps may speak English or Chinese, whatever the project's
 * language (../shared/lesson-contract.md, "How verify runs an app"). One table, phrase -> the words
 * that count for it too.
 */
export const KEY_PHRASES: Readonly<Record<string, readonly string[]>> = {
  invalid: ['无效', '错误'],
  'logged in': ['已登录', '登录成功'],
  'logged out': ['退出', '注销', '登出'],
  'log in': ['登录'],
  login: ['登录'],
};

/** Whether `text` contains the key phrase (or a word the table counts for it), ignoring case, as the contract matches words. */
export function mentions(text: string, phrase: string): boolean {
  const lower = text.toLowerCase();
  const key = phrase.toLowerCase();
  return [key, ...(KEY_PHRASES[key] ?? [])].some((word) => lower.includes(word));
}

/** Whether `text` shows `name` as a word of its own ("admin" is not found in "administrator"). */
export function showsName(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu').test(text);
}
