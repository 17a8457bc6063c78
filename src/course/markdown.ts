// The one reading of a markdown text's code fences, for everything that walks a lesson text:
// a `## ` inside a code block is code, not a heading. CommonMark's rules as lesson texts use them:
// a fence is three or more backticks or tildes, indented or not, and closes with the same
// character, at least as many of them, and nothing else on its line.

export interface MarkdownLine {
  text: string;
  /** Where the line stands against code fences: outside any, a fence's opening line, inside one, or its closing line. */
  fence: 'none' | 'open' | 'inside' | 'close';
  /** On an opening line: its indent and its info string's first word (`python`, or '' for none). */
  indent: string;
  language: string;
}

const OPENING = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;

/** Each line of `markdown` with its place against the code fences. */
export function markdownLines(markdown: string): MarkdownLine[] {
  const out: MarkdownLine[] = [];
  let open: string | undefined; // the opening fence's run of ` or ~
  for (const text of markdown.split('\n')) {
    if (open === undefined) {
      const opening = OPENING.exec(text);
      if (opening) {
        open = opening[2]!;
        out.push({ text, fence: 'open', indent: opening[1]!, language: opening[3]!.toLowerCase() });
      } else out.push({ text, fence: 'none', indent: '', language: '' });
      continue;
    }
    const closing = text.trim();
    const closes = closing.length >= open.length && closing === open[0]!.repeat(closing.length);
    out.push({ text, fence: closes ? 'close' : 'inside', indent: '', language: '' });
    if (closes) open = undefined;
  }
  return out;
}

/** A heading line outside code: `## Steps` at column 0. */
export function isSectionHeading(line: MarkdownLine): boolean {
  return line.fence === 'none' && line.text.startsWith('## ');
}
