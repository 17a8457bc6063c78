import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  recoverAndReport
} from "./chunk-5EMXRJVM.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import {
  renderLesson
} from "./chunk-2LSYIKTI.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  LESSON_COUNT
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";

// src/engine/merge.ts
import fs from "node:fs/promises";
import { join } from "node:path";
var OURS_LABEL = "your code";
async function mergeLessonFiles(input) {
  const { base, ours, theirs } = input;
  const paths = [.../* @__PURE__ */ new Set([...base.keys(), ...theirs.keys()])].sort();
  const changes = [];
  for (const path of paths) {
    const b = base.get(path);
    const o = ours.get(path);
    const t = theirs.get(path);
    if (b && t && b.equals(t)) continue;
    if (o && t && o.equals(t)) continue;
    if (!t) {
      if (!o) continue;
      if (b && o.equals(b)) changes.push({ path, outcome: "deleted", current: o, write: null });
      else changes.push({ path, outcome: "kept", current: o, note: `${input.theirsLabel} no longer has ${path}, but you changed it, so your copy stays` });
    } else if (!o) {
      if (b) changes.push({ path, outcome: "missing", note: `you deleted ${path}, which the lesson changes: not recreated (\`flash-login reset ${path}\` brings it back)` });
      else changes.push({ path, outcome: "added", write: t });
    } else if (b && o.equals(b)) {
      changes.push({ path, outcome: "updated", current: o, write: t });
    } else {
      changes.push(await mergeFile(path, b, o, t, input.theirsLabel));
    }
  }
  return changes;
}
async function mergeFile(path, base, ours, theirs, theirsLabel) {
  const [b, o, t] = [base ?? Buffer.alloc(0), ours, theirs].map(asText);
  if (b === void 0 || o === void 0 || t === void 0)
    return { path, outcome: "kept", current: ours, note: `both you and ${theirsLabel} changed ${path}, and it is not text, so your copy stays` };
  const oursText = splitLines(o);
  const theirsText = splitLines(t);
  const baseText = base ? splitLines(b) : { ...theirsText, lines: [] };
  const { merge, mergeDigIn } = await import("./diff3-IIHLZ3PT.js");
  const mergeLines = base ? merge : mergeDigIn;
  const merged = mergeLines(oursText.lines, baseText.lines, theirsText.lines, { label: { a: OURS_LABEL, b: theirsLabel } });
  const text = joinLines({
    lines: merged.result.map(String),
    eol: pick(baseText.eol, oursText.eol, theirsText.eol),
    finalNewline: pick(baseText.finalNewline, oursText.finalNewline, theirsText.finalNewline)
  });
  return { path, outcome: merged.conflict ? "conflict" : "merged", current: ours, write: Buffer.from(text, "utf8") };
}
function pick(base, ours, theirs) {
  return ours !== base ? ours : theirs;
}
function asText(content) {
  if (content.includes(0)) return void 0;
  const text = content.toString("utf8");
  return Buffer.from(text, "utf8").equals(content) ? text : void 0;
}
function splitLines(text) {
  const crlf = text.includes("\r\n") && !/(^|[^\r])\n/.test(text);
  const eol = crlf ? "\r\n" : "\n";
  const finalNewline = text.endsWith(eol);
  const body = finalNewline ? text.slice(0, -eol.length) : text;
  return { lines: text === "" ? [] : body.split(eol), eol, finalNewline };
}
function joinLines({ lines, eol, finalNewline }) {
  return lines.length === 0 ? "" : lines.join(eol) + (finalNewline ? eol : "");
}
async function readProjectFiles(dir, paths) {
  const files = /* @__PURE__ */ new Map();
  for (const path of paths) {
    try {
      files.set(path, await fs.readFile(join(dir, ...path.split("/"))));
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "EISDIR" && code !== "ENOTDIR") throw error;
    }
  }
  return files;
}
async function planLessonStep(dir, answers, from, to) {
  const [base, theirs] = await Promise.all([renderLesson(from, answers), renderLesson(to, answers)]);
  const ours = await readProjectFiles(dir, /* @__PURE__ */ new Set([...base.keys(), ...theirs.keys()]));
  return { from, to, changes: await mergeLessonFiles({ base, ours, theirs, theirsLabel: `lesson ${to}` }) };
}

// src/commands/diff.ts
function requireState(project, command) {
  if (!project.state)
    throw new UserError(`${command} needs a project made by create-flash-login: ${project.dir} has no .flash-login/state.json.`);
  return project.state;
}
function parseLessonNumber(value, what = "lesson") {
  const lesson = Number(value);
  if (!Number.isInteger(lesson) || lesson < 1 || lesson > LESSON_COUNT)
    throw new UserError(`${what} takes a lesson number from 1 to ${LESSON_COUNT}, not "${value}".`);
  return lesson;
}
var LESSON_TEXT_FILE = "README.md";
var COLOURS = {
  updated: kleur_default.green,
  merged: kleur_default.green,
  added: kleur_default.green,
  deleted: kleur_default.yellow,
  kept: kleur_default.yellow,
  conflict: kleur_default.red,
  missing: kleur_default.yellow
};
function formatSummary(changes) {
  if (changes.length === 0) return "  (no files change)";
  return changes.map((change) => `  ${COLOURS[change.outcome](change.outcome.padEnd(9))}${change.path}${change.note ? kleur_default.dim(`  ${change.note}`) : ""}`).join("\n");
}
function colourLine(line) {
  if (line.startsWith("+++") || line.startsWith("---")) return kleur_default.bold(line);
  if (line.startsWith("@@")) return kleur_default.cyan(line);
  if (line.startsWith("+")) return kleur_default.green(line);
  if (line.startsWith("-")) return kleur_default.red(line);
  if (line.startsWith("\\")) return kleur_default.dim(line);
  return line;
}
async function formatPlanDiff(plan) {
  const { createTwoFilesPatch } = await import("./libesm-2CPIPWWJ.js");
  const parts = [];
  for (const change of plan.changes) {
    if (change.write === void 0) continue;
    if (change.path === LESSON_TEXT_FILE && change.outcome === "updated") {
      parts.push(kleur_default.bold(`${change.path}: replaced by lesson ${plan.to}'s text, which you had not edited (not shown)`));
      continue;
    }
    const before = change.current ?? Buffer.alloc(0);
    const after = change.write ?? Buffer.alloc(0);
    const [oldText, newText] = [asText(before), asText(after)];
    const oldName = change.current ? `a/${change.path}` : "/dev/null";
    const newName = change.write ? `b/${change.path}` : "/dev/null";
    if (oldText === void 0 || newText === void 0) {
      parts.push(kleur_default.bold(`Binary file ${change.path} ${change.write ? "changes" : "is deleted"}`));
      continue;
    }
    const patch = createTwoFilesPatch(oldName, newName, oldText, newText, void 0, void 0, {
      headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: true }
    });
    parts.push(patch.trimEnd().split("\n").map(colourLine).join("\n"));
  }
  return parts.join("\n");
}
async function printPreview(plan) {
  const diff = await formatPlanDiff(plan);
  if (diff) console.log(diff + "\n");
  console.log(kleur_default.bold(`Lesson ${plan.from} \u2192 ${plan.to} would change:`));
  console.log(formatSummary(plan.changes));
  const conflicts = plan.changes.filter((change) => change.outcome === "conflict");
  if (conflicts.length) console.log(kleur_default.red(`${conflicts.length} file${conflicts.length === 1 ? "" : "s"} would get conflict markers (shown above).`));
  console.log(kleur_default.dim("Nothing was written."));
}
async function diffCommand(lessonArgument, options) {
  const project = await openProject(options.dir);
  const state = requireState(project, "diff");
  await recoverAndReport(project.dir);
  const lesson = lessonArgument === void 0 ? state.lesson + 1 : parseLessonNumber(lessonArgument, "diff");
  if (lesson > LESSON_COUNT) throw new UserError(`you are on lesson ${LESSON_COUNT}, the last one: there is no next lesson to preview (diff 2 to ${LESSON_COUNT} shows what each lesson changed).`);
  if (lesson < 2) throw new UserError("lesson 1 is where every project starts, so it changes nothing: diff takes a lesson from 2 to 5.");
  if (lesson - 1 !== state.lesson)
    console.log(kleur_default.dim(`You are on lesson ${state.lesson}; this shows what lesson ${lesson} changes (${lesson - 1} \u2192 ${lesson}), applied to your files.`));
  await printPreview(await planLessonStep(project.dir, state.answers, lesson - 1, lesson));
  return EXIT_OK;
}

export {
  readProjectFiles,
  planLessonStep,
  requireState,
  parseLessonNumber,
  formatSummary,
  formatPlanDiff,
  printPreview,
  diffCommand
};
