import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZJR56DXC.js";

// src/engine/lessons.ts
import fs from "node:fs/promises";
import { join as join2 } from "node:path";

// src/engine/paths.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("create-flash-login: cannot find its own package.json");
    dir = parent;
  }
  return dir;
}
var packageRoot = findPackageRoot();
var templatesDir = join(packageRoot, "templates");
var lessonsDir = join(packageRoot, "lessons");
var serveAppScript = join(packageRoot, "src", "engine", "serve_app.py");

// src/engine/lessons.ts
var LESSON_COUNT = 5;
var LESSON_FOLDERS = {
  1: "1-login-form",
  2: "2-sessions",
  3: "3-flash-messages",
  4: "4-login-required",
  5: "5-user-model"
};
function parseLessonFlag(value) {
  if (value === void 0) return void 0;
  const lesson = Number(value);
  if (!Number.isInteger(lesson) || lesson < 1 || lesson > LESSON_COUNT)
    throw new UserError(`--lesson takes a lesson number from 1 to ${LESSON_COUNT}, not "${value}".`);
  return lesson;
}
function assertLessonNumber(value) {
  if (!Number.isInteger(value) || value < 1 || value > LESSON_COUNT) throw new RangeError(`no lesson ${value}`);
  return value;
}
function lessonTextPath(lesson) {
  return join2(lessonsDir, LESSON_FOLDERS[assertLessonNumber(lesson)], "lesson.md");
}
async function readLessonText(lesson) {
  return parseLessonText(lesson, await fs.readFile(lessonTextPath(lesson), "utf8"));
}
function parseLessonText(lesson, markdown) {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const title = (lines.find((line) => line.startsWith("# ")) ?? `# Lesson ${lesson}`).slice(2).trim();
  const sections = /* @__PURE__ */ new Map();
  let current;
  let opening = "";
  let inFence = false;
  for (const line of lines) {
    if (line.startsWith("```")) inFence = !inFence;
    if (!inFence && line.startsWith("## ")) {
      current = line.slice(3).trim();
      sections.set(current, "");
    } else if (current) sections.set(current, sections.get(current) + line + "\n");
    else if (!line.startsWith("# ")) opening += line + "\n";
  }
  const firstParagraph = opening.trim().split(/\n\s*\n/)[0] ?? "";
  return { number: lesson, title, markdown, opening: firstParagraph, sections, hints: parseHints(sections.get("Hints") ?? "") };
}
function parseHints(markdown) {
  const hints = /* @__PURE__ */ new Map();
  let levels;
  for (const line of markdown.split("\n")) {
    const heading = /^###\s+(\d+\.\d+)\b/.exec(line);
    if (heading) {
      levels = [];
      hints.set(heading[1], levels);
    } else if (levels && /^\d+\.\s/.test(line)) levels.push(line.replace(/^\d+\.\s+/, ""));
    else if (levels && levels.length > 0 && (line.startsWith("   ") || line.trim() === "")) {
      levels[levels.length - 1] += "\n" + line.replace(/^ {3}/, "");
    }
  }
  for (const [id, found] of hints) hints.set(id, found.map((level) => level.trim()));
  return hints;
}

export {
  templatesDir,
  serveAppScript,
  LESSON_COUNT,
  parseLessonFlag,
  readLessonText
};
