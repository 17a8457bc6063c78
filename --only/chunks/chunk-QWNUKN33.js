import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";

// src/engine/terminal-markdown.ts
var FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/;
var HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
var CODE_INDENT = "    ";
function styleProse(text) {
  return text.replace(/\*\*([^*]+)\*\*/g, (_, inner) => kleur_default.bold(inner)).replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?![\w*])/g, (_, before, inner) => before + kleur_default.italic(inner)).replace(/<(https?:\/\/[^>\s]+)>/g, (_, url) => kleur_default.underline(url)).replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label, url) => `${label} ${kleur_default.dim(`(${url})`)}`);
}
function renderInline(line) {
  if (!kleur_default.enabled) return line;
  let out = "";
  let last = 0;
  for (const match of line.matchAll(/`([^`]+)`/g)) {
    out += styleProse(line.slice(last, match.index)) + kleur_default.cyan(match[1]);
    last = match.index + match[0].length;
  }
  return out + styleProse(line.slice(last));
}
function renderHeading(level, text) {
  if (!kleur_default.enabled) return `${"#".repeat(level)} ${text}`;
  const inline = renderInline(text);
  if (level === 1) return kleur_default.bold().underline(inline);
  if (level === 2) return kleur_default.bold(inline);
  return kleur_default.bold().italic(inline);
}
function renderMarkdown(markdown) {
  const out = [];
  let fence;
  for (const line of markdown.replace(/\r\n/g, "\n").split("\n")) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      const closes = fenceMatch && fenceMatch[2].startsWith(fence.marker) && line.trim() === fenceMatch[2];
      if (closes) {
        fence = void 0;
        continue;
      }
      if (line.trim() === "") {
        out.push("");
        continue;
      }
      const body = line.slice(Math.min(fence.indent, line.length - line.trimStart().length));
      const indented = " ".repeat(fence.indent) + CODE_INDENT + body;
      out.push(fence.language === "text" || fence.language === "" ? indented : kleur_default.cyan(indented));
      continue;
    }
    if (fenceMatch) {
      fence = { indent: fenceMatch[1].length, marker: fenceMatch[2], language: fenceMatch[3] ?? "" };
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) out.push(renderHeading(heading[1].length, heading[2]));
    else if (kleur_default.enabled) out.push(renderInline(line.replace(/^(\s*)[-*] /, "$1\u2022 ")));
    else out.push(line);
  }
  return out.join("\n");
}

export {
  renderMarkdown
};
