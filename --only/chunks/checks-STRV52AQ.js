import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  CheckFailure,
  expect,
  fail,
  runChecks
} from "./chunk-GJEKTOYL.js";
import "./chunk-6FPZY36P.js";
import "./chunk-YRDI762I.js";
export {
  CheckFailure,
  expect,
  fail,
  runChecks
};
