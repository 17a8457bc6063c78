import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  CheckFailure,
  expect,
  fail,
  runChecks
} from "./chunk-6KTKX3RO.js";
import "./chunk-5ZG2FGBA.js";
import "./chunk-YRDI762I.js";
export {
  CheckFailure,
  expect,
  fail,
  runChecks
};
