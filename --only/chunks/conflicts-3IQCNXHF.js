import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  assertProjectSettled,
  describeConflicts,
  findConflicts,
  findMarkers
} from "./chunk-WSHCHA7J.js";
import "./chunk-3JPKQT5O.js";
import "./chunk-V7QCOOUZ.js";
import "./chunk-7IGTRDAV.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  assertProjectSettled,
  describeConflicts,
  findConflicts,
  findMarkers
};
