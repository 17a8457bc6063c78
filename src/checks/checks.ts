import { catalog } from '../i18n/i18n.js';
import { type Client, countsForCheck, type Exchange, NoAnswerError } from './http.js';

/** The shared steps, as "needs: …" names them. */
const stepText: Record<'en' | 'zh-CN', Record<Step, string>> = {
  en: {
    'login-form': '/login shows the login form',
    register: '/register adds a user',
    login: 'a correct login redirects',
    'login-sticks': 'a login sticks (the next page knows the user)',
    guard: 'the guard sends a visitor who is not logged in to /login',
    logout: 'the logout ends the login',
  },
  'zh-CN': {
    'login-form': '/login 显示登录表单',
    register: '/register 能添加用户',
    login: '正确的登录会重定向',
    'login-sticks': '登录能保持（下一个页面认得这个用户）',
    guard: '守卫把未登录的访客送到 /login',
    logout: '退出登录能结束登录状态',
  },
};

/** What a check's result says when the check itself did not say it: a crash, verify's own bug, a skip. */
const text = catalog({
  en: {
    raised: 'the app raised an exception',
    answered: (request: string, status: string) => `${request} answered ${status}`,
    verifyFailed: (stack: string) => `verify itself failed: ${stack}`,
    needs: (id: string) => `needs ${id}`,
    needsStep: (step: Step, owner: string) => `needs: ${stepText.en[step]} (see ${owner})`,
    sameCause: (id: string) => `fails the same way as ${id} (see ${id})`,
  },
  'zh-CN': {
    raised: '应用抛出了异常',
    answered: (request, status) => `${request} 返回了 ${status}`,
    verifyFailed: (stack) => `verify 自身出错：${stack}`,
    needs: (id) => `依赖 ${id}`,
    needsStep: (step, owner) => `依赖：${stepText['zh-CN'][step]}（见 ${owner}）`,
    sameCause: (id) => `失败原因与 ${id} 相同（见 ${id}）`,
  },
});

export { text as checkResultText };

export interface Credentials {
  username: string;
  password: string;
  email?: string;
}

/** What a check works with. One app serves all checks of a run; each check makes its own clients. */
export interface CheckContext {
  /** The lesson being verified: earlier lessons' checks adapt to it (a guarded `/` from lesson 4). */
  lesson: number;
  /** The user to log in as: admin/secret, or from lesson 5 a user verify registered. */
  user: Credentials;
  /** The FLASK_SECRET_KEY this run of the app was given. */
  secretKey: string;
  /** The SQLite file the app was told to use through FLASK_SQLALCHEMY_DATABASE_URI. */
  databaseFile: string;
  /** A new browser with an empty cookie jar. */
  client(): Client;
  /**
   * Stop the app and start it again with another secret key (only for checks marked `restarts`).
   * `FLASK_SECRET_KEY: null` starts it with no key at all: it resolves to false when the app then
   * refused to start (which the contract allows), true when it listens.
   */
  restart(env: { FLASK_SECRET_KEY?: string | null }): Promise<boolean>;
  /**
   * A second app of this run, started beside the first on a database of its own, hashing
   * passwords as it does by itself: no FLASK_PASSWORD_HASH_METHOD, Werkzeug's own default cost
   * (5.12). The first call starts it; it stops with the run.
   */
  appWithOwnHashing(): Promise<SecondApp>;
  /** Note that this check's requests ride on a shared step (a login, the logout form): see `Step`. */
  rode?(step: Step): void;
}

/** The second app (`appWithOwnHashing`), or why it did not start. */
export type SecondApp = { client(): Client; readonly databaseFile: string } | { startError: string };

/**
 * The shared steps many checks ride on, in the order one needs the other. Each is a probe run
 * once (lessons/helpers.probes.ts); a check that rode on a step whose probe failed is reported as
 * needing it, with none of its own advice, and the step's failure is reported once, by its owner.
 */
export const STEPS = ['login-form', 'register', 'login', 'login-sticks', 'guard', 'logout'] as const;
export type Step = (typeof STEPS)[number];

export interface CheckDefinition {
  /** The contract item it checks, e.g. "2.6". */
  id: string;
  /** What a passing app does, in one line. */
  title: string;
  /** Restarts the app: unless restarts are the check's alone (`restartsAlone`), its restart waits until every other check is done, and no two such checks overlap. */
  restarts?: boolean;
  /** Uses `appWithOwnHashing`: verify starts that app as the checks begin, so its start overlaps them. */
  usesSecondApp?: boolean;
  /**
   * Logs out. An app may end every session of the user at logout (lesson 5's reference does),
   * so where users register, such a check gets a user of its own as `CheckContext.user`.
   */
  logsOut?: boolean;
  /**
   * The checks this one relies on (its login works, /login has a form): when one of them fails,
   * this one is reported as skipped, "needs 1.3", not failed again. A function when it depends
   * on the lesson verified (1.4 logs in only from lesson 4).
   */
  needs?: string[] | ((lesson: number) => string[]);
  /**
   * A probe of a shared step, not a contract item: run once beside the checks, never reported
   * itself. `owner` names the check that reports its failure at this lesson (the failure
   * decides it: a "no such table" while registering belongs to 5.10), `stepOf` which step
   * failed (a login that redirects but does not stick fails "login-sticks").
   */
  probe?: { owner(lesson: number, failure: CheckResult): string; stepOf?(failure: CheckResult): Step };
  run(t: CheckContext): Promise<void>;
}

/**
 * Why a check failed, as a stable code for --json ("flash-missing", "open-redirect"): the
 * message may be reworded or translated, the code stays. Codes verify itself gives: "status-500"
 * (the app raised), "no-answer" (it did not answer in time), "verify-error" (verify's own bug),
 * and "unexplained" for a failure whose call site names no code (a test keeps that list empty).
 */
export type ReasonCode = string;
export const UNEXPLAINED: ReasonCode = 'unexplained';

/** A failed expectation: what was wrong, the exchange that showed it, and its reason code. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly exchange?: Exchange,
    readonly reason: ReasonCode = UNEXPLAINED,
    /** What the check learned that a hint may use: the learner's own names, what was missed. */
    readonly facts?: Record<string, string>,
  ) {
    super(message);
  }
}

export function fail(message: string, exchange?: Exchange, reason?: ReasonCode, facts?: Record<string, string>): never {
  throw new CheckFailure(message, exchange, reason, facts);
}

export function expect(
  condition: unknown,
  message: string,
  exchange?: Exchange,
  reason?: ReasonCode,
  facts?: Record<string, string>,
): asserts condition {
  if (!condition) fail(message, exchange, reason, facts);
}

/** `skip`: a check it needs failed (`needs` names which), so it says nothing of its own. */
export type CheckStatus = 'pass' | 'fail' | 'error' | 'skip';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  message?: string;
  /** For a failure: its stable reason code (see ReasonCode). */
  reason?: ReasonCode;
  exchange?: Exchange;
  /** What the app printed while serving this check's own requests (its prints, a traceback). */
  appOutput?: string;
  /** The check failed because the app answered 500 (reported before anything read from the page). */
  crashed?: boolean;
  /** For a skipped check: the failed check it needs. */
  needs?: string;
  /** Where in the learner's code to look, when a check knows (one more line under a failure). */
  location?: string;
  /** The requests the check made, in order, each with the answer's status (for formats that show a test's code). */
  requests?: string[];
  /** The shared steps its requests rode on. */
  rode?: Step[];
  /** What the check learned for its hint (see CheckFailure.facts). */
  facts?: Record<string, string>;
  /** For the check that reports a failed shared step: which step. */
  step?: Step;
  /** For a skipped check that rode on a failed step: which step. */
  needsStep?: Step;
  /** For a skipped check that failed the same way as another: that one's id (`needs` holds it too). */
  sameAs?: string;
}

export interface CheckHarness {
  /**
   * The context one check runs with: its clients tell `onExchange` of every exchange they make
   * (a 500 in any request of a check fails that check, and only that one) and tag every request
   * with `tag`, so what the app prints serving it comes back with its answer.
   */
  contextFor(onExchange: (exchange: Exchange) => void, tag: string, check?: CheckDefinition): CheckContext;
  /** What the app printed for requests tagged `tag` after it had answered them (a streamed body's output). */
  lateOutput?(tag: string): string;
  /**
   * A check's restart moves that check alone to a fresh app beside the shared one: checks marked
   * `restarts` then run like any other, holding no one back. When false (default), a restart
   * stops the app every check uses, so it waits until all the others are done.
   */
  restartsAlone?: boolean;
  /** How many checks may run at once (default 1: one after another). */
  concurrency?: number;
  /** The lesson verified, for checks whose `needs` depend on it. */
  lesson?: number;
}

export function needsOf(check: CheckDefinition, lesson: number): string[] {
  return typeof check.needs === 'function' ? check.needs(lesson) : (check.needs ?? []);
}

/**
 * The checks to run for `wanted` ids: those and every check they need, in the lesson's order.
 * Returns the ids that are not checks of this lesson in `unknown`.
 */
export function selectChecks(
  checks: CheckDefinition[],
  wanted: string[],
  lesson: number,
): { selected: CheckDefinition[]; unknown: string[] } {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const unknown = wanted.filter((id) => !byId.has(id));
  const chosen = new Set<string>();
  const add = (id: string) => {
    const check = byId.get(id);
    if (!check || chosen.has(id)) return;
    chosen.add(id);
    for (const need of needsOf(check, lesson)) add(need);
  };
  for (const id of wanted) add(id);
  return { selected: checks.filter((check) => chosen.has(check.id)), unknown };
}

/** The last line of a traceback the app printed ("KeyError: 'username'"): failures that end in the same error share a cause. */
function errorLine(output: string | undefined): string | undefined {
  const lines = (output ?? '').trimEnd().split('\n');
  return lines
    .reverse()
    .find((line) => /^[\w.]+(Error|Exception|Exit|Warning)\b/.test(line.trim()))
    ?.trim();
}

/** Reasons that all say "the flash did not show": one cause however many checks saw it. */
const FLASH_UNSEEN = new Set(['flash-missing', 'flash-not-in-base', 'flash-swapped', 'guard-flash-missing', 'register-flash-missing']);

/** What a failure is caused by, for telling one cause seen by many checks from two causes. */
function causeOf(result: CheckResult, lesson: number): string {
  if (result.crashed) return `crash ${errorLine(result.appOutput) ?? result.reason}`;
  if (result.reason && (FLASH_UNSEEN.has(result.reason) || (lesson >= 3 && result.reason === 'no-invalid-error'))) return 'flash-unseen';
  return `reason ${result.reason}`;
}

const lessonOf = (id: string) => Number(id.split('.')[0]);
const byId = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]!;
};

/**
 * Which failure of one cause reports it: a check of the lesson verified before a carried one
 * (its hint speaks of what this lesson changed), then the lowest id. Among flashes that did not
 * show, 3.4 (the base template) reports it when the flash it missed did show on the page after
 * the redirect, or when another check saw its flash on one page but not on the next: the
 * template, not the flash, is wrong. A failure that saw flash()'s arguments swapped names the
 * mistake itself, so it reports the flashes that did not show.
 */
function representative(
  group: CheckResult[],
  lesson: number,
  all: Map<string, CheckResult>,
  definitions: Map<string, CheckDefinition>,
): CheckResult {
  const base = group.find((result) => result.id === '3.4');
  const shownElsewhere = base?.facts?.missed === 'logged in' ? '3.1' : base?.facts?.missed === 'logged out' ? '3.2' : undefined;
  if (base && shownElsewhere && all.get(shownElsewhere)?.status === 'pass') return base;
  if (base && group.some((result) => result.reason === 'flash-not-in-base' && result !== base)) return base;
  // A flash whose text is a category's name: the failure that says so names the mistake itself.
  const swapped = group.find((result) => result.reason === 'flash-swapped');
  if (swapped) return swapped;
  // A check that another of the group relies on (5.10 for 5.5) comes first: it is the deeper one.
  const needed = (result: CheckResult) =>
    group.some((other) => other !== result && definitions.get(other.id) && needsOf(definitions.get(other.id)!, lesson).includes(result.id));
  const ordered = [...group].sort(
    (a, b) =>
      Number(needed(b)) - Number(needed(a)) || Number(lessonOf(b.id) === lesson) - Number(lessonOf(a.id) === lesson) || byId(a.id, b.id),
  );
  return ordered[0]!;
}

/**
 * Root causes first. `results` holds the checks' results and the probes' (checks marked `probe`).
 * 1. A failed probe is reported by its owner check, with the probe's own failure; a probe that
 *    rode on an earlier failed step is that step's failure, not one of its own.
 * 2. A failed check whose requests rode on a failed step is skipped: "needs" the step's owner.
 * 3. Failures with one cause (the same error raised, the same reason) are reported once, by a
 *    representative; the others are skipped, "same cause as" it.
 * 4. A failed check whose declared needs failed is skipped, naming the failure at the root.
 * Returns the checks' results only, in the order given.
 */
export function findRoots(results: CheckResult[], checks: CheckDefinition[], lesson: number): CheckResult[] {
  const definitions = new Map(checks.map((check) => [check.id, check]));
  const failing = (result: CheckResult | undefined) => result !== undefined && (result.status === 'fail' || result.status === 'error');
  // 1. The probes' failures, each step once.
  const failedSteps = new Map<Step, { owner: string; result: CheckResult }>();
  for (const probe of results.filter((result) => definitions.get(result.id)?.probe && failing(result))) {
    const definition = definitions.get(probe.id)!;
    const step = definition.probe!.stepOf?.(probe) ?? (probe.id as Step);
    if (probe.rode?.some((earlier) => failedSteps.has(earlier) && STEPS.indexOf(earlier) < STEPS.indexOf(step))) continue;
    if (!failedSteps.has(step)) failedSteps.set(step, { owner: definition.probe!.owner(lesson, probe), result: probe });
  }
  const owners = new Map([...failedSteps].map(([step, { owner, result }]) => [owner, { step, result }]));
  let out = results
    .filter((result) => !definitions.get(result.id)?.probe)
    .map((result): CheckResult => {
      const owned = owners.get(result.id);
      if (owned) {
        const { step, result: probe } = owned;
        return { ...probe, id: result.id, title: result.title, status: 'fail', step, requests: result.requests };
      }
      if (!failing(result)) return result;
      // 2. Rode on a failed step.
      const step = STEPS.find((candidate) => failedSteps.has(candidate) && result.rode?.includes(candidate));
      if (step) {
        const owner = failedSteps.get(step)!.owner;
        return {
          id: result.id,
          title: result.title,
          status: 'skip',
          needs: owner,
          needsStep: step,
          message: text().needsStep(step, owner),
        };
      }
      return result;
    });
  // 3. One cause, one report.
  const all = new Map(out.map((result) => [result.id, result]));
  const groups = new Map<string, CheckResult[]>();
  for (const result of out.filter((result) => result.status === 'fail' && !result.step))
    groups.set(causeOf(result, lesson), [...(groups.get(causeOf(result, lesson)) ?? []), result]);
  const sameAs = new Map<string, string>();
  // A failure that ends in the error a failed step raised is that step's failure.
  const ownerCauses = new Map(out.filter((result) => result.step && result.crashed).map((result) => [causeOf(result, lesson), result.id]));
  for (const [cause, group] of groups) {
    const owner = ownerCauses.get(cause);
    if (owner) for (const result of group) sameAs.set(result.id, owner);
  }
  // 3.4 missed the flash that 3.1 (or 3.2) failed to flash: the same mistake, seen from the base template.
  const base = all.get('3.4');
  const flashedBy = base?.facts?.missed === 'logged in' ? '3.1' : base?.facts?.missed === 'logged out' ? '3.2' : undefined;
  const flashed = flashedBy ? all.get(flashedBy) : undefined;
  const neverFlashed = flashed?.status === 'fail' && flashed.reason !== 'flash-not-in-base';
  if (base?.status === 'fail' && flashedBy && neverFlashed && !sameAs.has(flashedBy)) sameAs.set('3.4', flashedBy);
  for (const whole of groups.values()) {
    const group = whole.filter((result) => !sameAs.has(result.id));
    if (group.length < 2) continue;
    const chosen = representative(group, lesson, all, definitions);
    for (const result of group) if (result !== chosen) sameAs.set(result.id, chosen.id);
  }
  out = out.map((result) => {
    const same = sameAs.get(result.id);
    return same
      ? { id: result.id, title: result.title, status: 'skip', needs: same, sameAs: same, message: text().sameCause(same) }
      : result;
  });
  // 4. Declared needs.
  const now = new Map(out.map((result) => [result.id, result]));
  const rootFailure = (id: string, seen = new Set<string>()): string | undefined => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    for (const need of needsOf(definitions.get(id)!, lesson)) {
      const result = now.get(need);
      if (!result || result.status === 'pass' || !definitions.has(need)) continue;
      if (result.status === 'skip') return result.needs === id ? undefined : result.needs;
      return rootFailure(need, seen) ?? need;
    }
    return undefined;
  };
  return out.map((result) => {
    if (result.status !== 'fail' || result.step) return result;
    const root = rootFailure(result.id);
    return root ? { id: result.id, title: result.title, status: 'skip', needs: root, message: text().needs(root) } : result;
  });
}

/**
 * The failure to fix first: the one that reports a failed shared step (earliest step first),
 * else the first failure of the lesson verified, else the first failure.
 */
export function rootOf(results: CheckResult[], lesson: number): CheckResult | undefined {
  const failed = results.filter((result) => result.status === 'fail' || result.status === 'error');
  const bySkips = (result: CheckResult) => results.filter((other) => other.needs === result.id).length;
  return (
    failed.filter((result) => result.step).sort((a, b) => STEPS.indexOf(a.step!) - STEPS.indexOf(b.step!))[0] ??
    [...failed].sort((a, b) => bySkips(b) - bySkips(a))[0] ??
    failed.find((result) => lessonOf(result.id) === lesson) ??
    failed[0]
  );
}

/**
 * Run the checks and never throw: each ends in a result, in the order given.
 *
 * Up to `concurrency` checks run at once against the one app. That is safe because a check
 * shares no session with another (each makes its own clients, each with its own cookie jar),
 * and it is what makes verify fast: most of an app's time goes into password hashes, which
 * run in parallel in its threaded server. Checks marked `restarts` restart the app: unless the
 * harness gives each such check an app of its own to restart (`restartsAlone`), they run one
 * after another alongside the others, and each one's restart waits until all the others are
 * done, so a restart never pulls the app from under another check. A check that fails shows
 * what the app printed while serving its own requests: each request carries the check's tag, and
 * serve_app.py sends that request's output back with its answer, so checks side by side never
 * see each other's lines.
 */
export async function runChecks(checks: CheckDefinition[], harness: CheckHarness): Promise<CheckResult[]> {
  const results = new Map<string, CheckResult>();
  let othersDone: Promise<unknown> = Promise.resolve();
  const holdsBack = (check: CheckDefinition) => check.restarts === true && !harness.restartsAlone;
  const runOne = async (check: CheckDefinition) => {
    const exchanges: Exchange[] = [];
    const rode = new Set<Step>();
    const context = harness.contextFor((exchange) => exchanges.push(exchange), check.id, check);
    context.rode = (step) => rode.add(step);
    if (holdsBack(check)) {
      const restart = context.restart;
      context.restart = async (env) => {
        await othersDone;
        return restart(env);
      };
    }
    const result: CheckResult = { id: check.id, title: check.title, status: 'pass' };
    const crash = () => exchanges.find((exchange) => exchange.status >= 500 && countsForCheck(exchange));
    try {
      await check.run(context);
      // A probe judges its own answers: a 500 on a page after a logout says nothing of the logout.
      if (crash() && !check.probe) fail(text().raised, undefined, 'status-500');
    } catch (error) {
      const crashed = crash();
      if (error instanceof CheckFailure && crashed && error.exchange === crashed && error.reason !== UNEXPLAINED && error.facts?.crash) {
        // The check read the 500 itself and knows what it means (a guarded page that raised: the guard never ran).
        Object.assign(result, {
          status: 'fail',
          message: error.message,
          exchange: crashed,
          crashed: true,
          reason: error.reason,
          facts: error.facts,
        });
      } else if (error instanceof CheckFailure && crashed) {
        // A 500 comes first, whatever the check went on to read from the page it got.
        Object.assign(result, {
          status: 'fail',
          message: text().answered(`${crashed.method} ${crashed.path}`, describeStatus(crashed.status)),
          exchange: crashed,
          crashed: true,
          reason: 'status-500',
        });
      } else if (error instanceof CheckFailure) {
        Object.assign(result, {
          status: 'fail',
          message: error.message,
          exchange: error.exchange,
          reason: error.reason,
          facts: error.facts,
        });
      } else if (error instanceof NoAnswerError) {
        Object.assign(result, { status: 'fail', message: error.message, reason: 'no-answer' });
      } else {
        Object.assign(result, {
          status: 'error',
          message: text().verifyFailed((error as Error).stack ?? String(error)),
          reason: 'verify-error',
        });
      }
    }
    result.requests = exchanges.map(
      (exchange) =>
        `${exchange.method} ${exchange.path}${exchange.sent ? ` ${formFields(exchange.sent)}` : ''} → ${exchange.status}${exchange.location ? ` ${exchange.location.pathname}` : ''}`,
    );
    if (rode.size) result.rode = STEPS.filter((step) => rode.has(step));
    // Only this check's own requests: what they printed came back with their answers (kept for a
    // pass too: a format such as Exercism's shows what the student printed in every test).
    const output = [...exchanges.map((exchange) => exchange.appOutput ?? ''), harness.lateOutput?.(check.id) ?? ''].join('').trim();
    if (output) result.appOutput = output;
    results.set(check.id, result);
  };

  // A small pool: each worker takes the next check as soon as its last one ends. The checks
  // that restart run in a line of their own beside it (their first requests overlap the pool).
  // The second app's checks first: its hashing at the app's own cost then overlaps all the others.
  const pooled = checks.filter((check) => !holdsBack(check));
  const queue = [...pooled.filter((check) => check.usesSecondApp), ...pooled.filter((check) => !check.usesSecondApp)];
  const workers = Math.max(1, Math.min(harness.concurrency ?? 1, queue.length));
  othersDone = Promise.all(
    Array.from({ length: workers }, async () => {
      for (let check = queue.shift(); check; check = queue.shift()) await runOne(check);
    }),
  );
  const restartLine = async () => {
    for (const check of checks.filter(holdsBack)) await runOne(check);
  };
  // One at a time means one at a time: the restarting checks then come after the others.
  if (workers === 1 && (harness.concurrency ?? 1) <= 1) await othersDone.then(restartLine);
  else await Promise.all([othersDone, restartLine()]);
  return findRoots(
    checks.map((check) => results.get(check.id)!),
    checks,
    harness.lesson ?? 1,
  );
}

/** A form body as a person would write it: csrf tokens and other long values shortened. */
function formFields(body: URLSearchParams): string {
  return [...body.entries()].map(([name, value]) => `${name}=${value.length > 24 ? '…' : value}`).join(' ');
}

const STATUS_TEXT: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "500 Internal Server Error", as a browser's tab would say. */
export function describeStatus(status: number): string {
  return STATUS_TEXT[status] ? `${status} ${STATUS_TEXT[status]}` : String(status);
}
