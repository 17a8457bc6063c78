import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);
import {
  renderMarkdown
} from "./chunk-QWNUKN33.js";
import {
  checksFor
} from "./chunk-PGV7M4FV.js";
import "./chunk-6KTKX3RO.js";
import "./chunk-5ZG2FGBA.js";
import {
  currentVerify,
  isLastLesson
} from "./chunk-32HMTD2O.js";
import {
  openProject
} from "./chunk-TZCH3CUR.js";
import {
  promptsAsk
} from "./chunk-64T7J2C7.js";
import "./chunk-XAJHGC3A.js";
import {
  STATE_FILE,
  writeState
} from "./chunk-4JFHORTE.js";
import {
  kleur_default
} from "./chunk-QZ7I36JW.js";
import "./chunk-DCNZA4BR.js";
import {
  LESSON_COUNT,
  readLessonText
} from "./chunk-K3KOSKB3.js";
import {
  EXIT_OK,
  UserError
} from "./chunk-ZJR56DXC.js";
import "./chunk-YRDI762I.js";

// src/commands/hint.ts
var realDeps = () => ({ ask: promptsAsk, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) });
function parseCheckId(value) {
  const match = /^(\d+)\.(\d+)$/.exec(value.trim());
  if (!match) throw new UserError(`name a check like 1.2 (lesson 1, check 2), not "${value}": \`flash-login verify\` lists the checks.`);
  const lesson = Number(match[1]);
  if (lesson < 1 || lesson > LESSON_COUNT) throw new UserError(`there is no lesson ${lesson}, so no check ${value}: the lessons go from 1 to ${LESSON_COUNT}.`);
  return { id: `${lesson}.${Number(match[2])}`, lesson };
}
function formatLevel(level, markdown, isNew) {
  const number = `  ${level}. `;
  const [first = "", ...rest] = renderMarkdown(markdown).split("\n");
  const body = [first, ...rest.map((line) => line === "" ? "" : " ".repeat(number.length) + line)].join("\n");
  return (isNew ? kleur_default.bold(number) : kleur_default.dim(number)) + body;
}
async function hintCommand(checkArgument, options, deps = realDeps()) {
  const project = await openProject(options.dir);
  const { state } = project;
  let target;
  if (checkArgument !== void 0) target = parseCheckId(checkArgument);
  else {
    if (!state)
      throw new UserError(`there is no ${STATE_FILE} here, so no verify result to take a hint from: name a check instead (\`flash-login hint 1.1\`).`);
    const verify = currentVerify(state);
    if (!verify) {
      console.log(`Lesson ${state.lesson} has not been verified yet: run \`flash-login verify\`, and the hint follows its first failing check`);
      console.log(`(or name a check: \`flash-login hint ${state.lesson}.1\`).`);
      return EXIT_OK;
    }
    if (verify.status === "error") {
      console.log("Your app did not start in the last verify, so no check ran: `flash-login run` shows why.");
      return EXIT_OK;
    }
    if (verify.failed.length === 0) {
      const next = isLastLesson(state.lesson) ? "you have finished every lesson" : "next: `flash-login next-lesson`";
      console.log(`Every check of lesson ${state.lesson} passed in the last verify, so there is nothing to hint at; ${next}.`);
      return EXIT_OK;
    }
    target = parseCheckId(verify.failed[0]);
  }
  const { id, lesson } = target;
  const { hints } = await readLessonText(lesson);
  const levels = hints.get(id);
  if (!levels || levels.length === 0) throw new UserError(`lesson ${lesson} has no check ${id}: its checks are ${[...hints.keys()].join(", ")}.`);
  const total = levels.length;
  const seen = Math.min(state?.hints?.[id] ?? 0, total);
  const shown = options.all ? total : Math.min(seen + 1, total);
  if (shown === total && seen < total && total > 1 && !options.all && !options.yes && deps.interactive) {
    const reveal = await deps.ask({
      type: "confirm",
      name: "reveal",
      message: `Hint ${total} of ${total} for ${id} is the solution. Show it?`,
      initial: true
    });
    if (!reveal) {
      console.log(`Kept it hidden: \`flash-login hint ${id}\` shows it when you want it.`);
      return EXIT_OK;
    }
  }
  const title = checksFor(lesson).find((check) => check.id === id)?.title;
  const which = shown === total && total > 1 ? `The solution (hint ${shown} of ${total})` : `Hint ${shown} of ${total}`;
  console.log(`${kleur_default.bold(`${which} for ${id}`)}${title ? kleur_default.dim(` \xB7 ${title}`) : ""}`);
  console.log("");
  for (let level = 1; level <= shown; level++) console.log(formatLevel(level, levels[level - 1], level > seen || level === shown));
  console.log("");
  if (shown < total) {
    const following = shown + 1 === total ? "the solution" : `hint ${shown + 1} of ${total}`;
    console.log(kleur_default.dim(`Still stuck? \`flash-login hint ${id}\` again shows ${following}.`));
  } else console.log(kleur_default.dim("Make the change, then run `flash-login verify`."));
  if (state && shown > seen) await writeState(project.dir, { ...state, hints: { ...state.hints, [id]: shown } });
  else if (!state && shown < total) console.log(kleur_default.dim(`(With no ${STATE_FILE} here, nothing remembers this: \`--all\` shows every level.)`));
  return EXIT_OK;
}
export {
  hintCommand
};
