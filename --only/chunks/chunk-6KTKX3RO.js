import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  NoAnswerError
} from "./chunk-5ZG2FGBA.js";

// src/engine/checks.ts
var CheckFailure = class extends Error {
  constructor(message, exchange) {
    super(message);
    this.exchange = exchange;
  }
  exchange;
};
function fail(message, exchange) {
  throw new CheckFailure(message, exchange);
}
function expect(condition, message, exchange) {
  if (!condition) fail(message, exchange);
}
async function runChecks(checks, harness) {
  const results = /* @__PURE__ */ new Map();
  const runOne = async (check) => {
    const outputBefore = harness.appOutput().length;
    const exchanges = [];
    const context = harness.contextFor((exchange) => exchanges.push(exchange));
    const result = { id: check.id, title: check.title, status: "pass" };
    const crash = () => exchanges.find((exchange) => exchange.status >= 500);
    try {
      await check.run(context);
      const crashed = crash();
      if (crashed) fail(`${crashed.method} ${crashed.path} answered ${crashed.status}: the app raised an exception`, crashed);
    } catch (error) {
      if (error instanceof CheckFailure) {
        const crashed = crash();
        Object.assign(result, {
          status: "fail",
          message: crashed && crashed !== error.exchange ? `${error.message} (and ${crashed.method} ${crashed.path} answered ${crashed.status})` : error.message,
          exchange: error.exchange ?? crashed
        });
      } else if (error instanceof NoAnswerError) {
        Object.assign(result, { status: "fail", message: error.message });
      } else {
        Object.assign(result, { status: "error", message: `verify itself failed: ${error.stack ?? String(error)}` });
      }
    }
    if (result.status !== "pass") {
      const output = harness.appOutput().slice(outputBefore).trim();
      if (output) result.appOutput = output;
    }
    results.set(check.id, result);
  };
  const queue = checks.filter((check) => !check.restarts);
  const workers = Math.max(1, Math.min(harness.concurrency ?? 1, queue.length));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let check = queue.shift(); check; check = queue.shift()) await runOne(check);
    })
  );
  for (const check of checks.filter((check2) => check2.restarts)) await runOne(check);
  return checks.map((check) => results.get(check.id));
}

export {
  CheckFailure,
  fail,
  expect,
  runChecks
};
