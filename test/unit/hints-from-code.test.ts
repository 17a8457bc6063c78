// Hints from the code (issue 24, item 1): every level 1-2 hint, the exercises' (lessons/N/exercises*.ts)
// and the per-reason ones (lessons/N/checks.hints.ts), in both languages, names only code the reference
// really has. Each identifier, call and literal in backticks must be in the exercise's reference regions
// (lessons/N/app, its solution and the old code a change replaces under `# was`), or for a reason hint
// in lesson N's app, or in the contract as the lessons state it ("What verify checks" of lessons 1..N,
// in backticks). A hint names the learner's own identifiers through placeholders: `<name>` in an
// exercise hint, a fact of the failure (input.facts.X) in a reason hint.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reasonHints as hints1 } from '../../lessons/1-login-form/checks.hints.js';
import { reasonHints as hints2 } from '../../lessons/2-sessions/checks.hints.js';
import { reasonHints as hints3 } from '../../lessons/3-flash-messages/checks.hints.js';
import { reasonHints as hints4 } from '../../lessons/4-login-required/checks.hints.js';
import { reasonHints as hints5 } from '../../lessons/5-user-model/checks.hints.js';
import type { HintInput, ReasonHints } from '../../lessons/error-hints.js';
import { translateAppFile } from '../../src/course/app-phrases.js';
import { exercisesFor } from '../../src/course/exercises.js';
import { lessonAppDir, lessonTextPath, parseLessonText } from '../../src/course/lessons.js';
import { parseRegions } from '../../src/course/starter.js';
import type { Lang } from '../../src/i18n/i18n.js';
import { listFiles } from '../../src/shared/list-files.js';

const LESSONS = [1, 2, 3, 4, 5];
const LANGS: Lang[] = ['en', 'zh-CN'];
const REASON_HINTS: Record<number, (lang: Lang) => ReasonHints> = { 1: hints1, 2: hints2, 3: hints3, 4: hints4, 5: hints5 };

/** The tags a hint's `<…>` may be; any other `<word>` is a placeholder for the learner's own name. */
const HTML_TAGS = new Set(['a', 'button', 'form', 'input', 'label', 'nav', 'p', 'span', 'h1', 'html', 'title', 'main', 'header']);
/** What stands in for a fact of the failure when a reason hint is made: the learner's own name. */
const FACT = (key: string) => `⟪${key}⟫`;

const WORD = String.raw`[A-Za-z_][A-Za-z0-9_]*`;
// A literal in either quote, a (dotted) name, possibly a member of what comes before it, or a number.
const ATOM = new RegExp(String.raw`"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\.?${WORD}(?:\.${WORD})*)|(\d+)`, 'g');

type Atom = { kind: 'literal' | 'name' | 'member' | 'number'; text: string };

/** The identifiers, calls (their names) and literals of one code span or one piece of code. */
function atomsOf(code: string): Atom[] {
  const atoms: Atom[] = [];
  for (const match of code.matchAll(ATOM)) {
    if (match[1] !== undefined || match[2] !== undefined) atoms.push({ kind: 'literal', text: (match[1] ?? match[2])! });
    else if (match[3])
      atoms.push(match[3].startsWith('.') ? { kind: 'member', text: match[3].slice(1) } : { kind: 'name', text: match[3] });
    else atoms.push({ kind: 'number', text: match[4]! });
  }
  return atoms;
}

/** What a piece of reference code lets a hint name: its literals, numbers and every run of a dotted name. */
interface Known {
  literals: Set<string>;
  names: Set<string>;
}

function emptyKnown(): Known {
  return { literals: new Set(), names: new Set() };
}

function addCode(known: Known, code: string): void {
  for (const atom of atomsOf(code)) {
    if (atom.kind === 'literal') {
      known.literals.add(atom.text);
      addCode(known, atom.text); // `value="{{ csrf_token() }}"` uses csrf_token
    } else if (atom.kind === 'number') known.literals.add(atom.text);
    else {
      const parts = atom.text.split('.');
      for (let from = 0; from < parts.length; from++)
        for (let to = from + 1; to <= parts.length; to++) known.names.add(parts.slice(from, to).join('.'));
    }
  }
  // `from urllib.parse import urlsplit` lets a hint say urllib.parse.urlsplit.
  for (const [, module, inParens, onLine] of code.matchAll(/^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(?:\(([\w\s,]*)\)|([\w \t,]+))/gm)) {
    const names = inParens ?? onLine!;
    for (const name of names!.split(',').map((one) => one.trim()))
      if (name)
        for (const chain of [`${module}.${name}`, ...module!.split('.').map((_, at, all) => all.slice(at).join('.'))])
          known.names.add(chain);
  }
}

/** Code without its comments and docstrings: prose there is no code to name. */
function codeOnly(path: string, text: string): string {
  if (path.endsWith('.html')) return text.replace(/\{#[\s\S]*?#\}/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return text
    .replace(/"""[\s\S]*?"""/g, '""')
    .split('\n')
    .map((line) => {
      let quote: string | undefined;
      for (let at = 0; at < line.length; at++) {
        const char = line[at]!;
        if (quote) {
          if (char === '\\') at++;
          else if (char === quote) quote = undefined;
        } else if (char === '"' || char === "'") quote = char;
        else if (char === '#') return line.slice(0, at);
      }
      return line;
    })
    .join('\n');
}

/** The atoms of a hint's code spans that `known` lacks, placeholders aside. */
function unknownIn(hint: string, known: Known): string[] {
  const missing: string[] = [];
  for (const [, span] of hint.matchAll(/`([^`\n]+)`/g)) {
    const code = span!.replace(/⟪\w+⟫/g, ' ').replace(/<(\w+)>/g, (tag, name: string) => (HTML_TAGS.has(name) ? tag : ' '));
    for (const atom of atomsOf(code)) {
      const found = atom.kind === 'literal' || atom.kind === 'number' ? known.literals.has(atom.text) : known.names.has(atom.text);
      if (!found) missing.push(`${atom.kind === 'literal' ? JSON.stringify(atom.text) : atom.text} in \`${span}\``);
    }
  }
  return missing;
}

/** The contract as the lessons state it: the code spans of "What verify checks" of lessons 1..lesson. */
async function contract(lesson: number, lang: Lang, known: Known): Promise<void> {
  for (let upTo = 1; upTo <= lesson; upTo++) {
    const text = parseLessonText(upTo, await readFile(lessonTextPath(upTo, lang), 'utf8')).sections.get('What verify checks') ?? '';
    for (const [, span] of text.matchAll(/`([^`\n]+)`/g)) addCode(known, span!);
  }
}

async function appFiles(lesson: number, lang: Lang): Promise<{ path: string; text: string }[]> {
  const root = lessonAppDir(lesson);
  return Promise.all(
    (await listFiles(root))
      .filter((path) => /\.(py|html)$/.test(path))
      .map(async (path) => {
        const name = relative(root, path);
        return { path: name, text: translateAppFile(name, await readFile(path, 'utf8'), lang) };
      }),
  );
}

/** Every input a reason hint's branches look at: each status and fact value its source compares with. */
async function probeInputs(lesson: number): Promise<HintInput[]> {
  const folder = lessonAppDir(lesson).replace(/\/app$/, '');
  const source = await readFile(`${folder}/checks.hints.ts`, 'utf8');
  const statuses = [undefined, ...[...source.matchAll(/input\.status === (\d+)/g)].map((match) => Number(match[1]))];
  const facts: Record<string, string>[] = [{}];
  for (const [, key, value] of source.matchAll(/input\.facts\.(\w+) === '([^']*)'/g)) facts.push({ [key!]: value! });
  // lesson 4's next hints read the offending next itself: the forms lesson 4's contract lists.
  for (const next of ['/\t/evil.example/', ' //evil.example/', '/\\evil.example/', '//evil.example/', 'https://evil.example/'])
    facts.push({ next });
  const inputs: HintInput[] = [];
  for (const status of [...new Set(statuses)])
    for (const given of facts)
      for (const at of [lesson, 5]) {
        const proxy = new Proxy(given, { get: (target, key: string) => target[key] ?? FACT(key) });
        inputs.push({ id: `${lesson}.1`, reason: 'x', status, facts: proxy, output: '', lesson: at });
      }
  return inputs;
}

/** Each reason hint's texts, with the lesson verified when it was said (a carried check speaks in that lesson's terms). */
async function reasonHintTexts(lesson: number, lang: Lang): Promise<[string, { at: number; text: string }][]> {
  const said: [string, { at: number; text: string }][] = [];
  const inputs = await probeInputs(lesson);
  for (const [reason, levels] of Object.entries(REASON_HINTS[lesson]!(lang)))
    levels.forEach((entry, level) => {
      const where = `${reason} (level ${level + 1})`;
      if (typeof entry === 'string') said.push([where, { at: lesson, text: entry }]);
      else if (entry)
        for (const input of inputs) {
          const text = entry(input);
          if (text) said.push([where, { at: input.lesson, text }]);
        }
    });
  return said;
}

const appKnowns = new Map<string, Promise<Known>>();

/** What lesson N's whole app (every region, old code too) and the contract up to N let a reason hint name. */
function appKnown(lesson: number, lang: Lang): Promise<Known> {
  const key = `${lesson} ${lang}`;
  if (!appKnowns.has(key))
    appKnowns.set(
      key,
      (async () => {
        const known = emptyKnown();
        await contract(lesson, lang, known);
        for (const { path, text } of await appFiles(lesson, lang)) addCode(known, codeOnly(path, text));
        return known;
      })(),
    );
  return appKnowns.get(key)!;
}

/**
 * Code a reason hint names because it is the learner's mistake, to take out: no reference has it.
 * Each is one whole code span, with why.
 */
const MISTAKES: { code: string; why: string }[] = [
  { code: 'SESSION_COOKIE_HTTPONLY = False', why: 'the setting that turns HttpOnly off, which the hint says to remove' },
  { code: 'response.set_cookie("username", ...)', why: 'a plain cookie, which the hint says to replace with the session' },
  { code: '|safe', why: 'the filter that turns escaping off, which the hint says to remove (5.11)' },
  { code: 'Markup()', why: 'marks a string as safe HTML, which the hint says not to wrap around what visitors typed (5.11)' },
];

describe('the matcher', () => {
  it('reads names, members, literals and numbers, and lets placeholders through', () => {
    expect(atomsOf('db.select(User).where(x == "a@b")').map((atom) => `${atom.kind}:${atom.text}`)).toEqual([
      'name:db.select',
      'name:User',
      'member:where',
      'name:x',
      'literal:a@b',
    ]);
    const known = emptyKnown();
    addCode(
      known,
      codeOnly(
        'app.py',
        'from functools import wraps\nuser = db.session.scalar(db.select(User).filter_by(name=n))  # where\nLength(min=8)',
      ),
    );
    expect(unknownIn('`functools.wraps(view)`', known)).toEqual(['view in `functools.wraps(view)`']);
    expect(unknownIn('`db.session.scalar(...)` and `Length(min=8)`', known)).toEqual([]);
    expect(unknownIn('`db.select(User).where(...)`', known)).toEqual(['where in `db.select(User).where(...)`']);
    expect(unknownIn('`session.get(<key>)`, `⟪table⟫`', known)).toEqual(['session.get in `session.get(<key>)`']);
    expect(unknownIn('`Length(min=6)`', known)).toEqual(['6 in `Length(min=6)`']);
    expect(codeOnly('app.py', 'x = 1  # where "a"\n"""doc, where"""\ny = "#"')).toBe('x = 1  \n""\ny = "#"');
  });
});

describe('hints name only the code the reference has', () => {
  for (const lang of LANGS)
    for (const lesson of LESSONS) {
      it(`lesson ${lesson} (${lang}): exercise hints, levels 1 and 2`, async () => {
        const files = await appFiles(lesson, lang);
        const findings: string[] = [];
        for (const exercise of await exercisesFor(lesson, lang)) {
          const known = emptyKnown();
          await contract(lesson, lang, known);
          for (const { path, text } of files)
            for (const piece of parseRegions(path, text))
              if (typeof piece === 'string') addCode(known, codeOnly(path, piece));
              else if (piece.id === exercise.id) addCode(known, codeOnly(path, [...piece.solution, ...piece.was].join('\n')));
          exercise.hints.slice(0, 2).forEach((hint, level) => {
            for (const missing of unknownIn(hint, known)) findings.push(`${exercise.id} level ${level + 1}: ${missing}`);
          });
        }
        expect(findings, `${findings.length} findings:\n${findings.join('\n')}`).toEqual([]);
      });

      it(`lesson ${lesson} (${lang}): reason hints, levels 1 and 2`, async () => {
        const findings: string[] = [];
        for (const [where, said] of await reasonHintTexts(lesson, lang)) {
          const known = await appKnown(said.at, lang);
          for (const missing of unknownIn(said.text, known))
            if (!MISTAKES.some((mistake) => missing.endsWith(`\`${mistake.code}\``))) findings.push(`${where}: ${missing}`);
        }
        const unique = [...new Set(findings)];
        expect(unique, `${unique.length} findings:\n${unique.join('\n')}`).toEqual([]);
      });
    }
});
