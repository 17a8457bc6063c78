// Where a lesson's TODO goes in the learner's own code, found by what the code is, not by its text:
// a view by its URL rule (`@app.route("/login")`, `@bp.post("/login")`, `add_url_rule("/login",
// view_func=Login.as_view(...))`), the line that makes the app (`Flask(...)`), a decorator by the views
// it guards; in templates, the page a view renders, the base template the others extend, its `<nav>`,
// a `<form>`, the `{% block %}`s. Python is read with tree-sitter's Python grammar, in-process
// (WebAssembly): no Python starts, and nothing of the project runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Anchor } from '../../lessons/exercise.js';
import { packageRoot } from '../shared/paths.js';

export type { Anchor } from '../../lessons/exercise.js';

/** A place found for a TODO: insert before line `line` (0-based) of `path`, indented by `indent`. */
export interface Spot {
  path: string;
  line: number;
  indent: string;
}

/** The learner's code as the finder reads it: path (forward slashes) -> text. */
export type CodeFiles = ReadonlyMap<string, string>;

// biome-ignore lint/suspicious/noExplicitAny: web-tree-sitter's Node type, loaded lazily
type TsNode = any;

interface View {
  path: string;
  rule: string;
  /** The node whose first line the TODO goes above: the decorated function, the MethodView class, or the add_url_rule call. */
  node: TsNode;
  /** The templates it renders, by name. */
  templates: string[];
  /** Names of non-route decorators on it. */
  decorators: string[];
}

const WASM = { runtime: 'tree-sitter.wasm', python: 'tree-sitter-python.wasm' };

/** The two .wasm files: shipped in dist/wasm by the build, else read from node_modules (the sources). */
function wasmPath(name: keyof typeof WASM): string {
  const shipped = join(packageRoot, 'dist', 'wasm', WASM[name]);
  if (existsSync(shipped)) return shipped;
  return name === 'runtime'
    ? join(packageRoot, 'node_modules', 'web-tree-sitter', WASM.runtime)
    : join(packageRoot, 'node_modules', 'tree-sitter-python', WASM.python);
}

// biome-ignore lint/suspicious/noExplicitAny: the parser, loaded lazily
let parser: Promise<any> | undefined;

function pythonParser() {
  parser ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init({ locateFile: () => wasmPath('runtime') });
    const language = await Language.load(wasmPath('python'));
    const made = new Parser();
    made.setLanguage(language);
    return made;
  })();
  return parser;
}

function stringValue(node: TsNode): string | undefined {
  if (node?.type !== 'string') return undefined;
  return node.namedChildren
    .filter((child: TsNode) => child?.type === 'string_content')
    .map((child: TsNode) => child.text)
    .join('');
}

const ROUTE_METHODS = new Set(['route', 'get', 'post', 'put', 'delete', 'patch']);

/** The rule of a `X.route("/rule", …)` (or .get/.post) decorator call, else undefined. */
function routeRule(decorator: TsNode): string | undefined {
  const call = decorator.namedChildren.find((child: TsNode) => child?.type === 'call');
  if (!call) return undefined;
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'attribute' || !ROUTE_METHODS.has(fn.childForFieldName('attribute')?.text)) return undefined;
  const first = call.childForFieldName('arguments')?.namedChildren[0];
  return stringValue(first);
}

function decoratorName(decorator: TsNode): string | undefined {
  const expression = decorator.namedChildren[0];
  if (expression?.type === 'identifier') return expression.text;
  if (expression?.type === 'attribute') return expression.childForFieldName('attribute')?.text;
  return undefined;
}

function renderedTemplates(node: TsNode): string[] {
  const names: string[] = [];
  for (const call of node.descendantsOfType('call')) {
    const fn = call?.childForFieldName('function');
    const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    if (name !== 'render_template') continue;
    const first = stringValue(call.childForFieldName('arguments')?.namedChildren[0]);
    if (first) names.push(first);
  }
  return names;
}

interface PythonFile {
  path: string;
  text: string;
  root: TsNode;
}

/** Everything the finder knows about the learner's code. */
export interface CodeIndex {
  python: PythonFile[];
  views: View[];
  /** The statement that calls Flask(...). */
  app?: { path: string; node: TsNode };
  /** Top-level function and class definitions by name. */
  definitions: Map<string, { path: string; node: TsNode }>;
  templates: Map<string, string>;
  /** The template the others extend, by its name under templates/. */
  base?: string;
}

const TEMPLATES = 'templates/';

export async function indexCode(files: CodeFiles): Promise<CodeIndex> {
  const python: PythonFile[] = [];
  const templates = new Map<string, string>();
  for (const [path, text] of files) {
    if (path.endsWith('.py')) python.push({ path, text, root: undefined });
    else if (path.endsWith('.html') && path.startsWith(TEMPLATES)) templates.set(path.slice(TEMPLATES.length), text);
  }
  const index: CodeIndex = { python, views: [], definitions: new Map(), templates };
  if (python.length) {
    const parse = await pythonParser();
    for (const file of python) file.root = parse.parse(file.text).rootNode;
  }
  // app.py first: where a name is defined twice, the app's own file wins.
  python.sort((a, b) => Number(b.path === 'app.py') - Number(a.path === 'app.py') || (a.path < b.path ? -1 : 1));
  for (const file of python) {
    for (const node of file.root.namedChildren) {
      const definition = node?.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
      if (definition?.type === 'function_definition' || definition?.type === 'class_definition') {
        const name = definition.childForFieldName('name')?.text;
        if (name && !index.definitions.has(name)) index.definitions.set(name, { path: file.path, node });
      }
    }
  }
  for (const file of python) {
    for (const decorated of file.root.descendantsOfType('decorated_definition')) {
      const decorators = decorated.namedChildren.filter((child: TsNode) => child?.type === 'decorator');
      const rules = decorators.map(routeRule).filter((rule: string | undefined): rule is string => rule !== undefined);
      const others = decorators
        .filter((d: TsNode) => routeRule(d) === undefined)
        .map(decoratorName)
        .filter(Boolean) as string[];
      for (const rule of rules)
        index.views.push({ path: file.path, rule, node: decorated, templates: renderedTemplates(decorated), decorators: others });
    }
    for (const call of file.root.descendantsOfType('call')) {
      const fn = call?.childForFieldName('function');
      const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
      if (name === 'Flask' && !index.app) index.app = { path: file.path, node: statementOf(call) };
      if (name !== 'add_url_rule') continue;
      const args = call.childForFieldName('arguments')?.namedChildren ?? [];
      const rule = stringValue(args[0]);
      if (rule === undefined) continue;
      // view_func=Login.as_view("login") or view_func=login: the class or function it names.
      const viewFunc = args.find((arg: TsNode) => arg?.type === 'keyword_argument' && arg.childForFieldName('name')?.text === 'view_func');
      const value = viewFunc?.childForFieldName('value') ?? args[2];
      let target = value?.type === 'identifier' ? value.text : undefined;
      if (value?.type === 'call') {
        const inner = value.childForFieldName('function');
        if (inner?.type === 'attribute') target = inner.childForFieldName('object')?.text;
      }
      const found = target ? index.definitions.get(target) : undefined;
      const node = found?.node ?? statementOf(call);
      const definition = node.type === 'decorated_definition' ? node.childForFieldName('definition') : node;
      const decorators = collectClassDecorators(definition);
      index.views.push({ path: found?.path ?? file.path, rule, node, templates: renderedTemplates(node), decorators });
    }
  }
  index.base = baseTemplate(templates);
  return index;
}

/** A MethodView's `decorators = [login_required]`: the names in it. */
function collectClassDecorators(definition: TsNode): string[] {
  if (definition?.type !== 'class_definition') return [];
  const names: string[] = [];
  for (const assignment of definition.descendantsOfType('assignment')) {
    if (assignment?.childForFieldName('left')?.text !== 'decorators') continue;
    for (const item of assignment.childForFieldName('right')?.namedChildren ?? []) if (item?.type === 'identifier') names.push(item.text);
  }
  return names;
}

/** The statement a node stands in (its ancestor just below a block or the module). */
function statementOf(node: TsNode): TsNode {
  let current = node;
  while (current.parent && current.parent.type !== 'module' && current.parent.type !== 'block') current = current.parent;
  return current;
}

function indentOf(text: string, line: number): string {
  return /^[ \t]*/.exec(text.split('\n')[line] ?? '')![0];
}

const EXTENDS = /\{%-?\s*extends\s+["']([^"']+)["']\s*-?%\}/;

/** The template most others extend. */
function baseTemplate(templates: ReadonlyMap<string, string>): string | undefined {
  const counts = new Map<string, number>();
  for (const text of templates.values()) {
    const name = EXTENDS.exec(text)?.[1];
    if (name && templates.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function findView(index: CodeIndex, rule: string): View | undefined {
  const exact = index.views.find((view) => view.rule === rule);
  if (exact) return exact;
  // A blueprint with a url_prefix: its rule is the end of the URL.
  return index.views.find((view) => rule !== '/' && rule.endsWith(view.rule) && view.rule !== '/');
}

/** Where the TODO goes, or undefined when its anchor is not in the learner's code. */
export function findSpot(index: CodeIndex, anchor: Anchor): Spot | undefined {
  const python = (path: string) => index.python.find((file) => file.path === path)!.text;
  switch (anchor.kind) {
    case 'view': {
      const view = findView(index, anchor.rule);
      if (!view) return undefined;
      const line = view.node.startPosition.row;
      return { path: view.path, line, indent: indentOf(python(view.path), line) };
    }
    case 'after-view': {
      const view = findView(index, anchor.rule);
      if (!view) return undefined;
      const line = view.node.endPosition.row + 1;
      return { path: view.path, line, indent: indentOf(python(view.path), view.node.startPosition.row) };
    }
    case 'app': {
      if (!index.app) return undefined;
      const { path, node } = index.app;
      return { path, line: node.endPosition.row + 1, indent: indentOf(python(path), node.startPosition.row) };
    }
    case 'guard': {
      const view = findView(index, anchor.rule);
      const name = view?.decorators.find((decorator) => index.definitions.has(decorator)) ?? 'login_required';
      const found = index.definitions.get(name);
      if (!found) return undefined;
      const line = found.node.startPosition.row;
      return { path: found.path, line, indent: indentOf(python(found.path), line) };
    }
    case 'page': {
      const view = findView(index, anchor.rule);
      const name = view?.templates.find((template) => index.templates.has(template));
      if (!name) return undefined;
      const text = index.templates.get(name)!;
      // The nav of a page that extends a base is the base's.
      if (anchor.at === 'nav' && !/<nav\b/i.test(text) && index.base && /<nav\b/i.test(index.templates.get(index.base)!))
        return findSpot(index, { kind: 'base', at: 'nav' });
      const line = templateLine(text, anchor.at);
      return { path: TEMPLATES + name, line, indent: indentOf(text, line) };
    }
    case 'base': {
      const name = index.base ?? (index.templates.has('base.html') ? 'base.html' : undefined);
      if (!name) return undefined;
      const text = index.templates.get(name)!;
      const line = templateLine(text, anchor.at);
      return { path: TEMPLATES + name, line, indent: indentOf(text, line) };
    }
  }
}

/** The line of a template a TODO goes above: its <form>, its <nav>, its first content block, or its top. */
function templateLine(text: string, at: 'top' | 'form' | 'content' | 'nav'): number {
  const lines = text.split('\n');
  const first = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
  if (at === 'form') {
    const form = first(/<form\b/i);
    if (form >= 0) return form;
  }
  if (at === 'nav') {
    const nav = first(/<nav\b/i);
    if (nav >= 0) return nav;
  }
  if (at === 'form' || at === 'content' || at === 'nav') {
    // The first block that is not the title or the head: the page's content.
    const block = lines.findIndex((line) => {
      const name = /\{%-?\s*block\s+(\w+)/.exec(line)?.[1];
      return name !== undefined && !/^(title|head|extra_head|styles|scripts)$/.test(name);
    });
    if (block >= 0) return at === 'nav' ? block : block + 1;
    const body = first(/<(main|body)\b/i);
    if (body >= 0) return body + 1;
  }
  // The top: below the {% extends %} line, where a page's own part starts.
  const extended = first(EXTENDS);
  return extended >= 0 ? extended + 1 : 0;
}
