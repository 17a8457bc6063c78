import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  Client,
  MAX_REQUEST_WAIT_MS,
  NoAnswerError,
  REQUEST_TIMEOUT_MS,
  isRedirect
} from "./chunk-6FPZY36P.js";
import "./chunk-YRDI762I.js";
export {
  Client,
  MAX_REQUEST_WAIT_MS,
  NoAnswerError,
  REQUEST_TIMEOUT_MS,
  isRedirect
};
