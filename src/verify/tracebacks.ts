/**
 * Python tracebacks as the learner needs them: their own frames, the library frame where the
 * error surfaced, and the error; never the runner's frames (serve_app.py, importlib). And a
 * key per error, so a traceback that many checks got is printed once.
 */
import { catalog } from '../i18n/i18n.js';

const tracebackText = catalog({
  en: {
    hiddenFrames: (count: number) =>
      `  … ${count} frame${count === 1 ? '' : 's'} of Flask and other libraries left out (--verbose shows them)`,
  },
  'zh-CN': { hiddenFrames: (count) => `  … 省略了 Flask 和其他库的 ${count} 层调用（--verbose 可以显示）` },
});

export interface Trimmed {
  text: string;
  /** One key per traceback found: its last frames (file and line) and the exception's type. */
  keys: string[];
}

const FRAME = /^ {2}File "([^"]+)"(?:, line (\d+))?/;
/** Python 3.11's underlines below a source line. */
const UNDERLINE = /^\s+[~^]+\s*$/;
/** Flask's log prefix: a timestamp that changes every run. */
const LOG_TIME = /^\[\d{4}-\d\d-\d\d [\d:,.]+\] /gm;

const CHAINED = /^(The above exception was the direct cause|During handling of the above exception)/;

/** A chained error ("the above exception was the direct cause…") keeps its last traceback only: it ends in the same place. */
function dropChainedCauses(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!CHAINED.test(lines[i]!)) continue;
    let start = i;
    while (start > 0 && !lines[start]!.startsWith('Traceback (most recent call last):')) start--;
    const end = lines[i + 1]?.trim() === '' ? i + 2 : i + 1;
    lines.splice(start, end - start);
    i = start - 1;
  }
}

function isRunner(file: string): boolean {
  return file.endsWith('serve_app.py') || file.startsWith('<frozen ');
}

/**
 * Trim every traceback in `text`. `ownDir` is the learner's folder: frames under it are theirs.
 * With `full`, nothing is left out (only the log timestamps go, as everywhere).
 */
export function trimTracebacks(text: string, ownDir: string, full = false): Trimmed {
  const lines = text.replace(LOG_TIME, '').split('\n');
  if (!full) dropChainedCauses(lines);
  const out: string[] = [];
  const keys: string[] = [];
  const own = (file: string) => file.startsWith(ownDir.endsWith('/') ? ownDir : `${ownDir}/`);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    i++;
    if (!line.startsWith('Traceback (most recent call last):')) {
      out.push(line);
      continue;
    }
    out.push(line);
    const frames: { file: string; where: string; lines: string[] }[] = [];
    for (; i < lines.length && lines[i]!.startsWith(' '); i++) {
      const frame = FRAME.exec(lines[i]!);
      if (frame) frames.push({ file: frame[1]!, where: `${frame[1]}:${frame[2] ?? ''}`, lines: [lines[i]!] });
      else if (frames.length > 0) frames.at(-1)!.lines.push(lines[i]!);
    }
    const error = (lines[i] ?? '').split(':')[0]!;
    keys.push([...frames.slice(-2).map((frame) => frame.where), error].join(' | '));
    if (full) {
      for (const frame of frames) out.push(...frame.lines);
      continue;
    }
    const library = frames.map((frame, index) => ({ frame, index })).filter(({ frame }) => !own(frame.file) && !isRunner(frame.file));
    const lastLibrary = library.at(-1)?.index;
    const hasOwn = frames.some((frame) => own(frame.file));
    // The last library frame: where the error surfaced, when that is past the learner's code (or there is no learner code).
    const keep = frames.filter((frame, index) => own(frame.file) || (index === lastLibrary && (!hasOwn || index === frames.length - 1)));
    const hidden =
      frames.filter((frame) => !own(frame.file) && !isRunner(frame.file)).length - keep.filter((frame) => !own(frame.file)).length;
    if (hidden > 0) out.push(tracebackText().hiddenFrames(hidden));
    for (const frame of keep) out.push(...frame.lines.filter((source) => !UNDERLINE.test(source)));
  }
  return { text: out.join('\n').trim(), keys };
}
