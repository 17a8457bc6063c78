import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  LESSON_COUNT
} from "./chunk-K3KOSKB3.js";

// lessons/catalog.ts
var LESSONS_WITH_CHECKS = /* @__PURE__ */ new Set([1, 2, 3, 4, 5]);
function lessonHasChecks(lesson) {
  return Number.isInteger(lesson) && lesson >= 1 && lesson <= LESSON_COUNT && LESSONS_WITH_CHECKS.has(lesson);
}

export {
  lessonHasChecks
};
