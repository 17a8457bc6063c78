import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  diffCommand,
  formatPlanDiff,
  formatSummary,
  parseLessonNumber,
  printPreview,
  requireState
} from "./chunk-MPLLEG5H.js";
import "./chunk-3JPKQT5O.js";
import "./chunk-FU432N62.js";
import "./chunk-JHYRR2TU.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-7IGTRDAV.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-K3KOSKB3.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  diffCommand,
  formatPlanDiff,
  formatSummary,
  parseLessonNumber,
  printPreview,
  requireState
};
