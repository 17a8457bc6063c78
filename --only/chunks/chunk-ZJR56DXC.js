import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);

// src/engine/errors.ts
var EXIT_OK = 0;
var EXIT_FAILED = 1;
var EXIT_CANNOT_RUN = 2;
var UserError = class extends Error {
  constructor(message, exitCode = EXIT_CANNOT_RUN, detail) {
    super(message);
    this.exitCode = exitCode;
    this.detail = detail;
    this.name = "UserError";
  }
  exitCode;
  detail;
};

export {
  EXIT_OK,
  EXIT_FAILED,
  EXIT_CANNOT_RUN,
  UserError
};
