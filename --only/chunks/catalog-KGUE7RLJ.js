import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  lessonHasChecks
} from "./chunk-DCNZA4BR.js";
import "./chunk-K3KOSKB3.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  lessonHasChecks
};
