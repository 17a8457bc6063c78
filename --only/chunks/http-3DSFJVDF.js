import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  Client,
  MAX_REQUEST_WAIT_MS,
  NoAnswerError,
  REQUEST_TIMEOUT_MS,
  ResponseHeaders,
  isRedirect
} from "./chunk-5ZG2FGBA.js";
import "./chunk-YRDI762I.js";
export {
  Client,
  MAX_REQUEST_WAIT_MS,
  NoAnswerError,
  REQUEST_TIMEOUT_MS,
  ResponseHeaders,
  isRedirect
};
