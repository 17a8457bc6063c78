import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  recoverAndReport
} from "./chunk-5EMXRJVM.js";
import {
  walkProject
} from "./chunk-7MIRJNG5.js";
import {
  EXIT_CANNOT_RUN,
  UserError
} from "./chunk-ZJR56DXC.js";

// src/engine/conflicts.ts
import fs from "node:fs/promises";
import { join, sep } from "node:path";
var LARGEST_SCANNED = 1e6;
var START = /^<{7}(?: |$)/;
var MIDDLE = /^={7}$/;
var END = /^>{7}(?: |$)/;
function findMarkers(text) {
  let first = 0;
  let regions = 0;
  let stage = "outside";
  let start = 0;
  text.split("\n").forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (START.test(line)) [stage, start] = ["ours", index + 1];
    else if (stage === "ours" && MIDDLE.test(line)) stage = "theirs";
    else if (stage === "theirs" && END.test(line)) {
      regions += 1;
      first ||= start;
      stage = "outside";
    }
  });
  return regions ? { line: first, regions } : void 0;
}
async function findConflicts(dir, files) {
  const conflicts = [];
  for (const file of files ?? (await walkProject(dir)).files) {
    if (file.size > LARGEST_SCANNED) continue;
    const content = await fs.readFile(join(dir, file.path)).catch(() => void 0);
    if (!content || content.includes(0) || !content.includes("<<<<<<<")) continue;
    const found = findMarkers(content.toString("utf8"));
    if (found) conflicts.push({ file: file.path.split(sep).join("/"), ...found });
  }
  return conflicts.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function describeConflicts(conflicts) {
  return conflicts.map((conflict) => `  ${conflict.file}: line ${conflict.line}${conflict.regions > 1 ? ` (${conflict.regions} conflicts)` : ""}`).join("\n");
}
async function assertProjectSettled(dir, command) {
  await recoverAndReport(dir);
  await assertNoConflicts(dir, command);
}
async function assertNoConflicts(dir, command) {
  const conflicts = await findConflicts(dir);
  if (conflicts.length === 0) return;
  throw new UserError(
    `${command} cannot run while conflict markers remain in ${conflicts.map((conflict) => conflict.file).join(", ")}: keep the code you want, delete the <<<<<<< ======= >>>>>>> lines, then run it again (or \`flash-login undo\` to go back).`,
    EXIT_CANNOT_RUN,
    describeConflicts(conflicts)
  );
}

export {
  findMarkers,
  findConflicts,
  describeConflicts,
  assertProjectSettled,
  assertNoConflicts
};
