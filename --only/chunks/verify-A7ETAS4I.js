import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  noChecksError,
  runVerify,
  verifyCommand
} from "./chunk-6THRYP6T.js";
import "./chunk-32HMTD2O.js";
import "./chunk-TZCH3CUR.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-DCNZA4BR.js";
import "./chunk-K3KOSKB3.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  noChecksError,
  runVerify,
  verifyCommand
};
