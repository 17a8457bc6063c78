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
  return { kind: match[2] as Marker['kind'], id: match[3]!, indent: match[1]!, quiet: Boolean(match[4]), ...(match[5] ? { todo: match[5] } : {}) };
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
  return [`${region.indent}${style.open} TODO(${region.id}): ${region.todo ?? text}${style.close ? ' ' + style.close : ''}`];
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

function buildFile(path: string, text: string, todos: TodoTexts | undefined, solved: ReadonlySet<string>): string {
  const style = commentStyleFor(path);
  if (!style) return text;
  const out: string[] = [];
  for (const piece of parseRegions(path, text)) {
    if (typeof piece === 'string') out.push(piece);
    else {
      const todo = todos?.get(piece.id);
      if (todo === undefined || solved.has(piece.id)) out.push(...piece.solution);
      else out.push(...todoLines(piece, style, todo), ...piece.was);
    }
  }
  return out.join('\n');
}

/** Every region id marked in a file, in order (an id may mark several regions). */
export function regionIds(path: string, text: string): string[] {
  return parseRegions(path, text).flatMap((piece) => (typeof piece === 'string' ? [] : [piece.id]));
}

/** The solution of one exercise in a file, as the lines it adds (for `flash-login solution ID`). */
export function regionsOf(path: string, text: string, id: string): Region[] {
  return parseRegions(path, text).filter((piece): piece is Region => typeof piece !== 'string' && piece.id === id);
}

/** Where `TODO(id)` first stands in a text: its 1-based line, or undefined. */
export function findTodo(text: string, id: string): number | undefined {
  const needle = `TODO(${id})`;
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? undefined : index + 1;
}
