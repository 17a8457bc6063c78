// One reference source, two outputs. A lesson's reference files mark its exercise regions with
// comment lines, so the solution is written once:
//
//   # exercise 4.guard          {# exercise 4.next #}     a region the learner writes
//   ...solution...              ...solution...
//   # end 4.guard               {# end 4.next #}
//
//   # change 4.logout           a region where the lesson changes code an earlier lesson had the
//   ...new code...              learner write: the starter keeps the old code (below `was`) with
//   # was                       a TODO above it, so the learner's own earlier code is never
//   ...old code...              replaced and a later merge has nothing to fight over
//   # end 4.logout
//
// Guided output is the new code with every marker line gone (byte-identical to an unmarked file).
// The practice starter replaces each region with `# TODO(id): <text>` (and the old code, for a
// change); a region whose id is in `solved` is written as the guided output writes it.

/** The one-line TODO text of each exercise id the starter stubs out. */
export type TodoTexts = ReadonlyMap<string, string>;

interface CommentStyle {
  open: string;
  close: string;
}

const PYTHON: CommentStyle = { open: '#', close: '' };
const JINJA: CommentStyle = { open: '{#', close: '#}' };

/** Which comment a file's markers use; undefined for files that carry none. */
export function commentStyleFor(path: string): CommentStyle | undefined {
  if (path.endsWith('.py')) return PYTHON;
  if (path.endsWith('.html')) return JINJA;
  return undefined;
}

interface Marker {
  kind: 'exercise' | 'change' | 'was' | 'end';
  id: string;
  indent: string;
  /** `: text` after the id: this region's TODO says that instead of the exercise's line. */
  todo?: string;
  /** `quiet` after the id: no TODO line here (another region of the exercise has it nearby). */
  quiet?: boolean;
}

const ID = String.raw`(\d+\.[a-z][a-z0-9-]*)`;

function parseMarker(line: string, style: CommentStyle): Marker | undefined {
  const open = style.open.replace(/[{#]/g, (char) => `\\${char}`);
  const close = style.close ? `\\s*${style.close.replace(/[{#]/g, (char) => `\\${char}`)}` : '';
  const pattern = new RegExp(`^(\\s*)${open}\\s*(?:(exercise|change|end)\\s+${ID}(?:\\s+(quiet)|:\\s*(.*?))?|(was))${close}\\s*$`);
  const match = pattern.exec(line);
  if (!match) return undefined;
  if (match[6]) return { kind: 'was', id: '', indent: match[1]! };
  return {
    kind: match[2] as Marker['kind'],
    id: match[3]!,
    indent: match[1]!,
    quiet: Boolean(match[4]),
    ...(match[5] ? { todo: match[5] } : {}),
  };
}

/** A region found in a file: where it stands among the file's lines, and its two versions. */
export interface Region {
  id: string;
  kind: 'exercise' | 'change';
  indent: string;
  /** The solution's lines. */
  solution: string[];
  /** For a change: the earlier lesson's lines the starter keeps. */
  was: string[];
  todo?: string;
  quiet?: boolean;
}

type Piece = string | Region;

/** The file's lines, with each marked region gathered into one piece. Throws on a malformed marker. */
export function parseRegions(path: string, text: string): Piece[] {
  const style = commentStyleFor(path);
  const lines = text.split('\n');
  if (!style) return lines;
  const pieces: Piece[] = [];
  let region: Region | undefined;
  let inWas = false;
  lines.forEach((line, index) => {
    const marker = parseMarker(line, style);
    const where = `${path}:${index + 1}`;
    if (!marker) {
      if (!region) pieces.push(line);
      else (inWas ? region.was : region.solution).push(line);
      return;
    }
    if (marker.kind === 'exercise' || marker.kind === 'change') {
      if (region) throw new Error(`${where}: region ${marker.id} opens inside region ${region.id}`);
      region = { id: marker.id, kind: marker.kind, indent: marker.indent, solution: [], was: [], todo: marker.todo, quiet: marker.quiet };
      inWas = false;
    } else if (marker.kind === 'was') {
      if (region?.kind !== 'change') throw new Error(`${where}: "was" outside a change region`);
      inWas = true;
    } else {
      if (!region || region.id !== marker.id) throw new Error(`${where}: "end ${marker.id}" closes no open region of that id`);
      pieces.push(region);
      region = undefined;
    }
  });
  if (region) throw new Error(`${path}: region ${region.id} is never closed`);
  return pieces;
}

function todoLines(region: Region, style: CommentStyle, text: string): string[] {
  if (region.quiet) return [];
  return [`${region.indent}${style.open} TODO(${region.id}): ${region.todo ?? text}${style.close ? ` ${style.close}` : ''}`];
}

/** The file as guided mode writes it: every region's solution, no marker lines. */
export function stripMarkers(path: string, text: string): string {
  return buildFile(path, text, undefined, new Set());
}

/**
 * The file as the practice starter writes it: regions whose id has a TODO text (the lesson's
 * exercises) become TODOs unless solved; every other region is written as its solution.
 */
export function starterFile(path: string, text: string, todos: TodoTexts, solved: ReadonlySet<string> = new Set()): string {
  return buildFile(path, text, todos, solved);
}

/**
 * Where the starter puts a TODO line, with the starter's lines around it: up to STUB_CONTEXT
 * lines on each side, the old code it sits on (a change's `was`) included. While all of them
 * stand as the starter wrote them, the TODO is open; once the learner wrote around it, it is done.
 */
export interface TodoStub {
  id: string;
  lines: string[];
  /** Which of `lines` is the TODO line. */
  todoAt: number;
}

const STUB_CONTEXT = 2;

function buildFile(path: string, text: string, todos: TodoTexts | undefined, solved: ReadonlySet<string>): string {
  return build(path, text, todos, solved).lines.join('\n');
}

function build(
  path: string,
  text: string,
  todos: TodoTexts | undefined,
  solved: ReadonlySet<string>,
): { lines: string[]; stubs: TodoStub[] } {
  const style = commentStyleFor(path);
  if (!style) return { lines: [text], stubs: [] };
  const out: string[] = [];
  const placed: { id: string; at: number; length: number }[] = [];
  for (const piece of parseRegions(path, text)) {
    if (typeof piece === 'string') out.push(piece);
    else {
      const todo = todos?.get(piece.id);
      if (todo === undefined || solved.has(piece.id)) out.push(...piece.solution);
      else {
        const stub = todoLines(piece, style, todo);
        if (stub.length) placed.push({ id: piece.id, at: out.length, length: 1 + piece.was.length });
        out.push(...stub, ...piece.was);
      }
    }
  }
  const stubs = placed.map(({ id, at, length }) => {
    const start = Math.max(0, at - STUB_CONTEXT);
    return { id, lines: out.slice(start, at + length + STUB_CONTEXT), todoAt: at - start };
  });
  return { lines: out, stubs };
}

/** The TODO lines the practice starter of this file writes, each with the lines around it. */
export function todoStubs(path: string, text: string, todos: TodoTexts): TodoStub[] {
  return build(path, text, todos, new Set()).stubs;
}

/**
 * The learner's text with each TODO line of these stubs that the learner wrote around taken
 * out (the line exactly as the starter wrote it, and only that); with the ids of the stubs found
 * whole (TODOs not started) and of those found written around, and which lines (0-based) went.
 * `allDone` (the lesson passed verify, so its code is somewhere): every such TODO line goes.
 */
export function dropDoneTodos(
  text: string,
  stubs: TodoStub[],
  allDone = false,
): { text: string; whole: Set<string>; written: Set<string>; dropped: Set<number> } {
  const lines = text.split('\n');
  const same = (a: string | undefined, b: string) => a !== undefined && a.trimEnd() === b.trimEnd();
  const drop = new Set<number>();
  const whole = new Set<string>();
  const written = new Set<string>();
  for (const stub of stubs) {
    const todo = stub.lines[stub.todoAt]!;
    lines.forEach((line, index) => {
      if (!same(line, todo)) return;
      if (!allDone && stub.lines.every((wanted, k) => same(lines[index - stub.todoAt + k], wanted))) whole.add(stub.id);
      else {
        written.add(stub.id);
        drop.add(index);
      }
    });
  }
  return { text: lines.filter((_, index) => !drop.has(index)).join('\n'), whole, written, dropped: drop };
}

/** Where `TODO(id)` first stands in a text: its 1-based line, or undefined. */
export function findTodo(text: string, id: string): number | undefined {
  const needle = `TODO(${id})`;
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? undefined : index + 1;
}
