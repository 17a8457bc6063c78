import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  gotoCommand,
  moveToLesson,
  verifyAfterMove
} from "./chunk-Z6TGIIUR.js";
import "./chunk-JUILJUFQ.js";
import "./chunk-33LYYOQB.js";
import "./chunk-5EMXRJVM.js";
import "./chunk-7MIRJNG5.js";
import "./chunk-TZCH3CUR.js";
import "./chunk-GJRGLFF2.js";
import "./chunk-2LSYIKTI.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-4JFHORTE.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-K3KOSKB3.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  gotoCommand,
  moveToLesson,
  verifyAfterMove
};
