// The lessons as data: each lesson's checks, in the order of the contract.
import type { CheckContext, CheckDefinition, Credentials } from '../src/checks/checks.js';
import { reasonHints as hints1 } from './1-login-form/checks.hints.js';
import { checks as lesson1 } from './1-login-form/checks.js';
import { reasonHints as hints2 } from './2-sessions/checks.hints.js';
import { checks as lesson2 } from './2-sessions/checks.js';
import { reasonHints as hints3 } from './3-flash-messages/checks.hints.js';
import { checks as lesson3 } from './3-flash-messages/checks.js';
import { reasonHints as hints4 } from './4-login-required/checks.hints.js';
import { checks as lesson4 } from './4-login-required/checks.js';
import { reasonHints as hints5 } from './5-user-model/checks.hints.js';
import { checks as lesson5 } from './5-user-model/checks.js';
import { registeredUser, registerOwnUser, registerUser } from './5-user-model/register.js';
import { type HintInput, hintForReason, type ReasonHints } from './error-hints.js';
import { probesFor } from './helpers.probes.js';

const checksByLesson: Record<number, CheckDefinition[]> = {
  1: lesson1,
  2: lesson2,
  3: lesson3,
  4: lesson4,
  5: lesson5,
};

/** A lesson's checks: its own and every earlier lesson's, as the contract says "everything in lesson N-1, and". */
export function checksFor(lesson: number): CheckDefinition[] {
  const checks: CheckDefinition[] = [];
  for (let n = 1; n <= lesson; n++) checks.push(...(checksByLesson[n] ?? []));
  return checks;
}

export { lessonHasChecks } from './catalog.js';

/** How many checks a lesson adds to the ones before it (test/unit/lessons.test.ts holds the catalog to this). */
export function ownCheckCount(lesson: number): number {
  return checksByLesson[lesson]?.length ?? 0;
}

/** Everything verify needs from a lesson: its checks, the user they log in as, and the set-up before them. */
export interface LessonPlan {
  checks: CheckDefinition[];
  user: Credentials;
  prepare?: (t: CheckContext) => Promise<void>;
  /** Where users register: a new user for each check that logs out (`logsOut`), made after `prepare`. */
  ownUser?: (t: CheckContext) => Promise<Credentials>;
  /** The shared steps' probes, run once beside the checks (lessons/helpers.probes.ts). */
  probes: CheckDefinition[];
}

export function planFor(lesson: number): LessonPlan {
  return {
    checks: checksFor(lesson),
    user: userFor(lesson),
    prepare: prepareFor(lesson),
    ownUser: lesson >= 5 ? registerOwnUser : undefined,
    probes: probesFor(lesson),
  };
}

/** Lessons 1-4 know one hard-coded user. */
const ADMIN: Credentials = { username: 'admin', password: 'secret' };

/** The user the checks log in as. */
export function userFor(lesson: number): Credentials {
  return lesson >= 5 ? registeredUser : ADMIN;
}

/** Work done once the app is up and before the checks run. */
export function prepareFor(lesson: number): ((t: CheckContext) => Promise<void>) | undefined {
  return lesson >= 5 ? registerUser : undefined;
}

/** Each lesson's hints by reason code, in the active language (lessons/N-name/checks.hints.ts). */
export function reasonHintsByLesson(): Record<number, ReasonHints> {
  return { 1: hints1(), 2: hints2(), 3: hints3(), 4: hints4(), 5: hints5() };
}

/** The hint for a failure, by its reason, in the terms of the lesson verified. */
export function hintFor(input: HintInput, level: 1 | 2 = 1): string | undefined {
  return hintForReason(input, reasonHintsByLesson(), level);
}
