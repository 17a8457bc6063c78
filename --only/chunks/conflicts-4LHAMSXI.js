import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  assertNoConflicts,
  assertProjectSettled,
  describeConflicts,
  findConflicts,
  findMarkers
} from "./chunk-33LYYOQB.js";
import "./chunk-5EMXRJVM.js";
import "./chunk-7MIRJNG5.js";
import "./chunk-4JFHORTE.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  assertNoConflicts,
  assertProjectSettled,
  describeConflicts,
  findConflicts,
  findMarkers
};
