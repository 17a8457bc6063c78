// Lesson markdown for a terminal. The lessons use a small subset (headings, paragraphs,
// lists, fenced code, inline code, emphasis, links), so a line-based renderer is enough
// and keeps code and diagrams byte for byte.
import kleur from 'kleur';

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
/** Code blocks sit this much further right than their fence, so they stand out from the prose. */
const CODE_INDENT = '    ';

/** Inline markup outside code spans: **strong**, *emphasis*, <url>, [text](url). */
function styleProse(text: string): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, (_, inner: string) => kleur.bold(inner))
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, (_, before: string, inner: string) => before + kleur.italic(inner))
    .replace(/<(https?:\/\/[^>\s]+)>/g, (_, url: string) => kleur.underline(url))
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, url: string) => `${label} ${kleur.dim(`(${url})`)}`);
}

/** One line of prose. Without colour the markdown stays as written: its backticks and stars still mean something. */
function renderInline(line: string): string {
  if (!kleur.enabled) return line;
  let out = '';
  let last = 0;
  for (const match of line.matchAll(/`([^`]+)`/g)) {
    out += styleProse(line.slice(last, match.index)) + kleur.cyan(match[1]!);
    last = match.index! + match[0].length;
  }
  return out + styleProse(line.slice(last));
}

function renderHeading(level: number, text: string): string {
  if (!kleur.enabled) return `${'#'.repeat(level)} ${text}`;
  const inline = renderInline(text);
  if (level === 1) return kleur.bold().underline(inline);
  if (level === 2) return kleur.bold(inline);
  return kleur.bold().italic(inline);
}

/**
 * Markdown to terminal text: bold headings, code blocks indented (fences dropped)
 * with their whitespace kept exactly, and colour only where kleur allows it
 * (a TTY, FORCE_COLOR; never with NO_COLOR).
 */
export function renderMarkdown(markdown: string): string {
  const out: string[] = [];
  let fence: { indent: number; marker: string; language: string } | undefined;
  for (const line of markdown.replace(/\r\n/g, '\n').split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      const closes = fenceMatch && fenceMatch[2]!.startsWith(fence.marker) && line.trim() === fenceMatch[2];
      if (closes) {
        fence = undefined;
        continue;
      }
      if (line.trim() === '') {
        out.push('');
        continue;
      }
      // Take off the fence's own indentation (a code block inside a list item), nothing more.
      const body = line.slice(Math.min(fence.indent, line.length - line.trimStart().length));
      const indented = ' '.repeat(fence.indent) + CODE_INDENT + body;
      // Diagrams read best uncoloured; code is cyan, like inline code.
      out.push(fence.language === 'text' || fence.language === '' ? indented : kleur.cyan(indented));
      continue;
    }
    if (fenceMatch) {
      fence = { indent: fenceMatch[1]!.length, marker: fenceMatch[2]!, language: fenceMatch[3] ?? '' };
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) out.push(renderHeading(heading[1]!.length, heading[2]!));
    else if (kleur.enabled) out.push(renderInline(line.replace(/^(\s*)[-*] /, '$1• ')));
    else out.push(line);
  }
  return out.join('\n');
}
