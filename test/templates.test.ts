// Every reference template, read as a learner gets it: each page has a viewport, a lang and the
// app's stylesheets (from its own layout or the base it extends), and every field has a label.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { lessonAppDir } from '../src/course/lessons.js';
import { stripMarkers } from '../src/course/starter.js';

const LESSONS = [1, 2, 3, 4, 5];
/** Inputs a person never fills in, so they need no label. */
const UNLABELLED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/**
 * The template as HTML: a WTForms field call (`{{ form.email(...) }}`) stands for the input it
 * renders, and the rest of Jinja (`{{ }}`, `{% %}`, `{# #}`) is left out.
 */
function asHtml(template: string): string {
  return template
    .replace(/\{\{\s*form\.hidden_tag\(\)\s*\}\}/g, '<input type="hidden">')
    .replace(/\{\{\s*form\.(\w+)\((.*?)\)\s*\}\}/g, (_all, field: string, args: string) => {
      const id = /\bid="([^"]+)"/.exec(args)?.[1] ?? field; // WTForms gives a field its name as id
      return `<input name="${field}" id="${id}">`;
    })
    .replace(/\{#[\s\S]*?#\}|\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, 'x');
}

/** The fields of a template that no label names: neither wrapped in a <label> with text nor named by <label for>. */
function unlabelledFields(template: string): string[] {
  const page = parse(asHtml(template));
  const labelledIds = new Set(page.querySelectorAll('label[for]').map((label) => label.getAttribute('for')));
  return page
    .querySelectorAll('input, select, textarea')
    .filter((field) => !UNLABELLED_TYPES.has((field.getAttribute('type') ?? 'text').toLowerCase()))
    .filter((field) => {
      const id = field.getAttribute('id');
      if (id && labelledIds.has(id)) return false;
      let parent = field.parentNode;
      while (parent && parent.tagName !== 'LABEL') parent = parent.parentNode;
      return !parent || parent.textContent.trim() === '';
    })
    .map((field) => field.getAttribute('name') ?? field.toString());
}

/** What a full page lacks: the layout is the page's own, or the base template it extends. */
function missingFromLayout(layout: string): string[] {
  const page = parse(asHtml(layout));
  const missing: string[] = [];
  const viewport = page.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
  if (!viewport.includes('width=device-width')) missing.push('a <meta name="viewport" content="width=device-width, ...">');
  if (!page.querySelector('html')?.getAttribute('lang')) missing.push('a lang on <html>');
  for (const sheet of ['simple.css', 'app.css']) {
    if (
      !new RegExp(`<link rel="stylesheet" href="\\{\\{ url_for\\('static', filename='${sheet.replace('.', '\\.')}'\\) \\}\\}">`).test(
        layout,
      )
    ) {
      missing.push(`a link to static/${sheet}`);
    }
  }
  return missing;
}

function templatesOf(lesson: number): Map<string, string> {
  const dir = join(lessonAppDir(lesson), 'templates');
  // As guided mode writes it: exercise markers (and the earlier code a change region keeps) stripped.
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name, stripMarkers(name, readFileSync(join(dir, name), 'utf8'))]),
  );
}

describe('reference templates', () => {
  for (const lesson of LESSONS) {
    it(`lesson ${lesson}: every page has a viewport, a lang and the stylesheets, and every field a label`, () => {
      const templates = templatesOf(lesson);
      expect(templates.size).toBeGreaterThan(1);
      for (const [name, template] of templates) {
        const base = /\{%\s*extends\s+"([^"]+)"\s*%\}/.exec(template)?.[1];
        const layout = base ? templates.get(base) : template;
        expect(layout, `${name} extends ${base}, which lesson ${lesson} lacks`).toBeDefined();
        expect(missingFromLayout(layout!), `lesson ${lesson}'s ${name}`).toEqual([]);
        expect(unlabelledFields(template), `lesson ${lesson}'s ${name}: fields without a label`).toEqual([]);
      }
    });
  }

  it('finds what a page lacks: no viewport, no lang, no stylesheet', () => {
    expect(missingFromLayout('<!doctype html><html><head><title>x</title></head><body></body></html>')).toEqual([
      'a <meta name="viewport" content="width=device-width, ...">',
      'a lang on <html>',
      'a link to static/simple.css',
      'a link to static/app.css',
    ]);
  });

  it('finds a field with no label, or one with an empty label, among labelled ones', () => {
    const form = `<form method="post">{{ form.hidden_tag() }}
      <label>Name <input name="name"></label>
      <label for="mail">Email</label> {{ form.email(type="email", id="mail") }}
      <input type="password" name="password"> {{ form.confirm() }}
      <label><input type="checkbox" name="remember"></label>
      <select name="lang"></select><button type="submit">Go</button></form>`;
    expect(unlabelledFields(form)).toEqual(['password', 'confirm', 'remember', 'lang']);
  });
});
