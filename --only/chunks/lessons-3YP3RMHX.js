import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  checksFor,
  ownCheckCount,
  planFor,
  prepareFor,
  userFor
} from "./chunk-PGV7M4FV.js";
import "./chunk-6KTKX3RO.js";
import "./chunk-5ZG2FGBA.js";
import {
  lessonHasChecks
} from "./chunk-DCNZA4BR.js";
import "./chunk-K3KOSKB3.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  checksFor,
  lessonHasChecks,
  ownCheckCount,
  planFor,
  prepareFor,
  userFor
};
