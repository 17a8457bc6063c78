import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  UserError
} from "./chunk-ZJR56DXC.js";

// src/create/context.ts
var Cancelled = class extends UserError {
  constructor() {
    super("cancelled: nothing was written.", 130);
  }
};
async function promptsAsk(question) {
  const { default: prompts } = await import("./prompts-QD2RNJQI.js");
  let cancelled = false;
  const answers = await prompts(question, {
    onCancel: () => {
      cancelled = true;
      return false;
    }
  });
  if (cancelled || !(String(question.name) in answers)) throw new Cancelled();
  return answers[String(question.name)];
}

export {
  promptsAsk
};
