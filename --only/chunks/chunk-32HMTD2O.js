import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  LESSON_COUNT
} from "./chunk-K3KOSKB3.js";

// src/engine/progress.ts
function shortTitle(text) {
  return text.title.replace(/^Lesson \d+:\s*/, "");
}
function currentVerify(state) {
  return state?.lastVerify && state.lastVerify.lesson === state.lesson ? state.lastVerify : void 0;
}
function lessonMark(state, lesson) {
  if (!state) return "todo";
  if (lesson < state.lesson) return "done";
  if (lesson > state.lesson) return "todo";
  return currentVerify(state)?.status === "pass" ? "done" : "current";
}
function isLastLesson(lesson) {
  return lesson >= LESSON_COUNT;
}
function timeAgo(iso, now = Date.now()) {
  const seconds = Math.round((Date.parse(iso) - now) / 1e3);
  if (!Number.isFinite(seconds)) return "at an unknown time";
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const units = [
    ["day", 86400],
    ["hour", 3600],
    ["minute", 60]
  ];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return Math.abs(seconds) < 10 ? "just now" : format.format(seconds, "second");
}

export {
  shortTitle,
  currentVerify,
  lessonMark,
  isLastLesson,
  timeAgo
};
