import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  renderMarkdown
} from "./chunk-QWNUKN33.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
import "./chunk-QZ7I36JW.js";
import {
  LESSON_COUNT,
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/show.ts
function parseLessonArgument(value) {
  const lesson = Number(value);
  if (!Number.isInteger(lesson) || lesson < 1 || lesson > LESSON_COUNT)
    throw new UserError(`name a lesson from 1 to ${LESSON_COUNT}, not "${value}" (\`flash-login lessons\` lists them).`);
  return lesson;
}
function withoutHints(markdown, lesson) {
  const kept = [];
  let inHints = false;
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && line.startsWith("## ")) {
      inHints = line.trim() === "## Hints";
      if (inHints)
        kept.push(
          line,
          "",
          `\`flash-login hint\` reveals them one at a time, nudge first and solution last`,
          `(\`flash-login show ${lesson} --hints\` prints them all).`,
          ""
        );
      else kept.push(line);
      continue;
    }
    if (!inHints) kept.push(line);
  }
  return kept.join("\n");
}
async function showCommand(lessonArgument, options) {
  const lesson = lessonArgument !== void 0 ? parseLessonArgument(lessonArgument) : (await openProject(options.dir)).state?.lesson ?? 1;
  const text = await readLessonText(lesson);
  const markdown = options.hints ? text.markdown : withoutHints(text.markdown, lesson);
  console.log(renderMarkdown(markdown).trimEnd());
  return EXIT_OK;
}
export {
  parseLessonArgument,
  showCommand,
  withoutHints
};
