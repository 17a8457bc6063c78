import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  gotoCommand,
  moveToLesson,
  verifyAfterMove
} from "./chunk-OD3MCY7Y.js";
import "./chunk-MPLLEG5H.js";
import "./chunk-WSHCHA7J.js";
import "./chunk-3JPKQT5O.js";
import "./chunk-V7QCOOUZ.js";
import "./chunk-FU432N62.js";
import "./chunk-GJRGLFF2.js";
import "./chunk-JHYRR2TU.js";
import "./chunk-XAJHGC3A.js";
import "./chunk-7IGTRDAV.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-K3KOSKB3.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  gotoCommand,
  moveToLesson,
  verifyAfterMove
};
