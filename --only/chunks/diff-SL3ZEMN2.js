import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  diffCommand,
  formatPlanDiff,
  formatSummary,
  parseLessonNumber,
  printPreview,
  requireState
} from "./chunk-JUILJUFQ.js";
import "./chunk-5EMXRJVM.js";
import "./chunk-TZCH3CUR.js";
import "./chunk-2LSYIKTI.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
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
