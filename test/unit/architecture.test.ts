// The folder tree is the architecture (docs/architecture.md): each folder of src/ and lessons/ has
// a layer, and imports point down the layers only. No cycles, type-only imports included; no
// command imports another command. A new folder must be given its layer here first.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers.js';

/** Folder -> layer, lowest first. A file may import its own folder or a folder of a lower layer. */
const LAYERS: Record<string, number> = {
  'src/i18n': 0, // message catalogs and the active language
  'src/shared': 1, // errors and exit codes, atomic writes, spawning, package paths, the version
  'src/terminal': 2, // what the terminal shows and asks: columns, markdown, shell quoting, prompts
  'src/checks': 3, // what lesson checks are written with: the check DSL, the HTTP client, HTML reading
  lessons: 4, // the course as data: each lesson's texts, checks, exercises and reference app
  'src/runtime': 5, // running the learner's Python: discovery, the serve scripts, the sandbox, the warm start
  'src/project': 6, // a learner's project on disk: state, lock, journal, writes inside it, git
  'src/course': 7, // lessons made into files: render, starters and TODOs, reference code, the merge
  'src/moves': 8, // moving a project between lessons (goto, next-lesson, undo)
  'src/verify': 9, // a verify run: start the app, run the checks, report, machine-readable formats
  'src/grade': 10, // grading a class: discover, confine, limit, report
  'src/create': 10, // scaffolding a new project, one step per file
  'src/commands': 11, // one file per command: flags -> a feature -> print
  'src/cli': 12, // the two programs' entry points and their command tables
  src: 13, // build tooling (build.ts) and type declarations
};

interface Violation {
  kind: 'cycle' | 'upward' | 'sideways' | 'command-imports-command' | 'no-layer';
  detail: string;
}

/** The folder of a repository-relative file that has a layer: the longest matching key of LAYERS. */
function folderOf(file: string, layers: Record<string, number>): string | undefined {
  let best: string | undefined;
  for (const folder of Object.keys(layers))
    if ((file.startsWith(`${folder}/`) || dirname(file) === folder) && (!best || folder.length > best.length)) best = folder;
  return best;
}

/** Every import edge of the graph that breaks the layering, and every cycle. */
function violations(graph: Map<string, string[]>, layers: Record<string, number> = LAYERS): Violation[] {
  const found: Violation[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file, layers);
    if (from === undefined) {
      found.push({ kind: 'no-layer', detail: file });
      continue;
    }
    for (const target of targets) {
      const to = folderOf(target, layers);
      if (to === undefined) continue; // reported as its own file
      if (from === 'src/commands' && to === 'src/commands') found.push({ kind: 'command-imports-command', detail: `${file} -> ${target}` });
      else if (layers[to]! > layers[from]!) found.push({ kind: 'upward', detail: `${file} -> ${target}` });
      else if (layers[to] === layers[from] && to !== from) found.push({ kind: 'sideways', detail: `${file} -> ${target}` });
    }
  }
  for (const cycle of cycles(graph)) found.push({ kind: 'cycle', detail: cycle.join(' -> ') });
  return found;
}

/** The strongly connected components of more than one file (or a file that imports itself): Tarjan's. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.reverse());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'app' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports of a file, static, dynamic and type-only alike, as repository-relative .ts paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)|^import\s+'(\.[^']+)'/gm),
  ].map((match) => match[1] ?? match[2] ?? match[3]!);
  return specifiers.map((specifier) =>
    relative(root, join(root, dirname(file), specifier))
      .split(sep)
      .join('/')
      .replace(/\.js$/, '.ts'),
  );
}

function importGraph(): Map<string, string[]> {
  return new Map([...sourceFiles('src'), ...sourceFiles('lessons')].map((file) => [file, importsOf(file)]));
}

describe('architecture', () => {
  const graph = importGraph();

  it('reads the real import graph: static, dynamic and type-only imports', () => {
    expect(graph.size).toBeGreaterThan(80);
    expect(graph.get('src/cli/cli.ts')).toContain('src/commands/verify.ts'); // a dynamic import
    expect(graph.get('lessons/1-login-form/exercises.ts')).toContain('lessons/exercise.ts'); // a type-only import
    for (const [file, targets] of graph) for (const target of targets) expect(graph.has(target), `${file} imports ${target}`).toBe(true);
  });

  it('has no cycle and no import up or across the layers, and no command imports another', () => {
    expect(violations(graph)).toEqual([]);
  });

  it('catches a cycle, an upward import, a sideways one, a command importing a command, and a folder with no layer', () => {
    const bad = new Map<string, string[]>([
      ['src/course/a.ts', ['src/course/b.ts']],
      ['src/course/b.ts', ['src/course/a.ts']],
      ['src/shared/low.ts', ['src/verify/high.ts']],
      ['src/verify/high.ts', []],
      ['src/grade/g.ts', ['src/create/c.ts']],
      ['src/create/c.ts', []],
      ['src/commands/x.ts', ['src/commands/y.ts']],
      ['src/commands/y.ts', []],
      ['elsewhere/z.ts', []],
    ]);
    expect(
      violations(bad)
        .map((violation) => violation.kind)
        .sort(),
    ).toEqual(['command-imports-command', 'cycle', 'no-layer', 'sideways', 'upward']);
    expect(cycles(new Map([['src/a.ts', ['src/a.ts']]]))).toEqual([['src/a.ts']]);
  });

  it('src/shared/version.ts says the version package.json says', async () => {
    const { VERSION } = await import('../../src/shared/version.js');
    expect(VERSION).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});
