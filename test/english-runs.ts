// Finds English sentences left in Chinese output: runs of three or more English words in a row,
// outside what stays English by design — code spans, commands, flags, file names, identifiers,
// check and exercise ids, URLs, and what the learner's app itself printed (quoted page text,
// tracebacks under "你的应用输出了：").

/** Where a run was found, for a failure message that says what is still English. */
export interface EnglishRun {
  line: string;
  run: string;
}

const ANSI = /\u001b\[[0-9;]*m/g;
/** Commands and flags as the learner types them: `flash-login verify --lesson 3`, `$ …` example lines. */
const COMMAND = /(?:\bnpx (?:-p create-flash-login )?)?\b(?:create-flash-login|flash-login)(?: (?:\[[^\]]*\]|<[^>]*>|[\w.:/~-]+))*/g;
const REMOVE = [
  /`[^`]*`/g, // code spans
  /"[^"]*"|“[^”]*”/g, // quoted text: page excerpts, values
  /https?:\/\/\S+/g,
  /\[[^\]]*\]|<[^>]*>/g, // usage placeholders: [options] <lesson>
  /(?:^|\s)(?:-{1,2}[\w-]+)(?:[ =][\w<>./-]+)?/g, // flags and their values
  /\S*[/\\]\S*/g, // paths
  /\b[\w-]+\.(?:py|html|txt|json|md|csv|xml|yml|yaml|db|zip|cfg|toml|js|ts|css)\b/g, // file names
  /\b\w+\(\)/g, // function names
  /\b[\w]+(?:_[\w]+)+\b/g, // identifiers with underscores
];

/** The lines of `output` that the app printed rather than we: a traceback block, or lines a quote opened. */
function ourLines(output: string): string[] {
  const lines: string[] = [];
  let appIndent: number | undefined;
  for (const raw of output.replace(ANSI, '').split('\n')) {
    const indent = raw.length - raw.trimStart().length;
    if (appIndent !== undefined && (raw.trim() === '' || indent >= appIndent)) continue;
    appIndent = undefined;
    // What follows "your app printed:" (either language), indented deeper, is the app's.
    if (/你的应用输出了：\s*$|your app printed:\s*$/.test(raw)) appIndent = indent + 1;
    if (/^\s*(Traceback \(most recent call last\)|File ")/.test(raw)) continue;
    lines.push(raw);
  }
  return lines;
}

export function englishRuns(output: string): EnglishRun[] {
  const found: EnglishRun[] = [];
  for (const line of ourLines(output)) {
    let rest = line.replace(COMMAND, ' ');
    for (const pattern of REMOVE) rest = rest.replace(pattern, ' ');
    // Words separated by spaces or light punctuation only: Chinese text between them breaks a run.
    for (const match of rest.matchAll(/[A-Za-z][A-Za-z'’]*(?:[ ,;:]+[A-Za-z][A-Za-z'’]*){2,}/g))
      found.push({ line: line.trim(), run: match[0] });
  }
  return found;
}
