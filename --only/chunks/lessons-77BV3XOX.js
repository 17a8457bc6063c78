import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  isProjectFolder
} from "./chunk-7MIRJNG5.js";
import {
  currentVerify,
  lessonMark,
  shortTitle
} from "./chunk-32HMTD2O.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import "./chunk-XAJHGC3A.js";
import {
  STATE_FILE
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import {
  LESSON_COUNT,
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_OK
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/lessons.ts
import { resolve } from "node:path";
var MARKS = {
  done: kleur_default.green("\u2713"),
  current: kleur_default.bold().cyan("\u2192"),
  todo: kleur_default.dim("\xB7")
};
function note(state, lesson) {
  if (lesson !== state.lesson) return "";
  const verify = currentVerify(state);
  if (!verify) return "you are here \xB7 not verified yet";
  if (verify.status === "pass") return "you are here \xB7 passed";
  if (verify.status === "error") return "you are here \xB7 your app did not start";
  return `you are here \xB7 failed ${verify.failed.join(", ")}`;
}
async function lessonsCommand(options) {
  const dir = resolve(options.dir ?? process.cwd());
  const state = isProjectFolder(dir) ? (await openProject(dir)).state : void 0;
  const texts = await Promise.all(Array.from({ length: LESSON_COUNT }, (_, i) => readLessonText(i + 1)));
  const width = Math.max(...texts.map((text) => shortTitle(text).length));
  for (const text of texts) {
    const mark = lessonMark(state, text.number);
    const title = shortTitle(text).padEnd(width);
    const line = `  ${MARKS[mark]} ${text.number}  ${mark === "todo" ? title : kleur_default.bold(title)}`;
    console.log(state ? `${line}  ${kleur_default.dim(note(state, text.number))}`.trimEnd() : line.trimEnd());
  }
  console.log("");
  console.log(kleur_default.dim(`\u2713 done  \u2192 current  \xB7 to do    \`flash-login show N\` prints lesson N.`));
  if (!state)
    console.log(
      isProjectFolder(dir) ? `No ${STATE_FILE} here, so no lesson is marked: \`flash-login verify --lesson N\` checks any lesson.` : "Not in a project: start one with `npx create-flash-login my-app`."
    );
  return EXIT_OK;
}
export {
  lessonsCommand
};
