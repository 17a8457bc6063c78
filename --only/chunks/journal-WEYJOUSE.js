import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  BACKUPS_DIR,
  JOURNAL_FILE,
  applyChange,
  latestUndoableChange,
  readBackedUpFile,
  readManifest,
  recoverAndReport,
  recoverInterruptedChange,
  stateWrite,
  undoChange
} from "./chunk-5EMXRJVM.js";
import "./chunk-4JFHORTE.js";
import "./chunk-QZ7I36JW.js";
import "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";
export {
  BACKUPS_DIR,
  JOURNAL_FILE,
  applyChange,
  latestUndoableChange,
  readBackedUpFile,
  readManifest,
  recoverAndReport,
  recoverInterruptedChange,
  stateWrite,
  undoChange
};
