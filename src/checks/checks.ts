import { catalog } from '../i18n/i18n.js';
import { type Client, countsForCheck, type Exchange, NoAnswerError } from './http.js';

/** What a check's result says when the check itself did not say it: a crash, verify's own bug, a skip. */
const text = catalog({
  en: {
    raised: 'the app raised an exception',
    answered: (request: string, status: string) => `${request} answered ${status}`,
    verifyFailed: (stack: string) => `verify itself failed: ${stack}`,
    needs: (id: string) => `needs ${id}`,
  },
  'zh-CN': {
    raised: '应用抛出了异常',
    answered: (request, status) => `${request} 返回了 ${status}`,
    verifyFailed: (stack) => `verify 自身出错：${stack}`,
    needs: (id) => `依赖 ${id}`,
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
  /** Stop the app and start it again with another secret key (only for checks marked `restarts`). */
  restart(env: { FLASK_SECRET_KEY?: string }): Promise<void>;
}

export interface CheckDefinition {
  /** The contract item it checks, e.g. "2.6". */
  id: string;
  /** What a passing app does, in one line. */
  title: string;
  /** Restarts the app: its restart waits until every other check is done, and no two such checks overlap. */
  restarts?: boolean;
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
  ) {
    super(message);
  }
}

export function fail(message: string, exchange?: Exchange, reason?: ReasonCode): never {
  throw new CheckFailure(message, exchange, reason);
}

export function expect(condition: unknown, message: string, exchange?: Exchange, reason?: ReasonCode): asserts condition {
  if (!condition) fail(message, exchange, reason);
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

/**
 * A failed check whose needs failed too is reported as skipped, naming the first failure
 * at the root of it ("needs 1.3", even when it needs 1.3 through 2.1).
 */
export function markSkipped(results: CheckResult[], checks: CheckDefinition[], lesson: number): CheckResult[] {
  const byId = new Map(results.map((result) => [result.id, result]));
  const definitions = new Map(checks.map((check) => [check.id, check]));
  const rootFailure = (id: string, seen = new Set<string>()): string | undefined => {
    if (seen.has(id)) return undefined;
    seen.add(id);
    for (const need of needsOf(definitions.get(id)!, lesson)) {
      const result = byId.get(need);
      if (!result || result.status === 'pass' || !definitions.has(need)) continue;
      return rootFailure(need, seen) ?? need;
    }
    return undefined;
  };
  return results.map((result) => {
    if (result.status !== 'fail') return result;
    const root = rootFailure(result.id);
    return root ? { id: result.id, title: result.title, status: 'skip', needs: root, message: text().needs(root) } : result;
  });
}

/**
 * Run the checks and never throw: each ends in a result, in the order given.
 *
 * Up to `concurrency` checks run at once against the one app. That is safe because a check
 * shares no session with another (each makes its own clients, each with its own cookie jar),
 * and it is what makes verify fast: most of an app's time goes into password hashes, which
 * run in parallel in its threaded server. Checks marked `restarts` restart the app: they run
 * one after another alongside the others, and each one's restart waits until all the others
 * are done, so a restart never pulls the app from under another check. A check that fails shows
 * what the app printed while serving its own requests: each request carries the check's tag, and
 * serve_app.py sends that request's output back with its answer, so checks side by side never
 * see each other's lines.
 */
export async function runChecks(checks: CheckDefinition[], harness: CheckHarness): Promise<CheckResult[]> {
  const results = new Map<string, CheckResult>();
  let othersDone: Promise<unknown> = Promise.resolve();
  const runOne = async (check: CheckDefinition) => {
    const exchanges: Exchange[] = [];
    const context = harness.contextFor((exchange) => exchanges.push(exchange), check.id, check);
    if (check.restarts) {
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
      if (crash()) fail(text().raised, undefined, 'status-500');
    } catch (error) {
      const crashed = crash();
      if (error instanceof CheckFailure && crashed) {
        // A 500 comes first, whatever the check went on to read from the page it got.
        Object.assign(result, {
          status: 'fail',
          message: text().answered(`${crashed.method} ${crashed.path}`, describeStatus(crashed.status)),
          exchange: crashed,
          crashed: true,
          reason: 'status-500',
        });
      } else if (error instanceof CheckFailure) {
        Object.assign(result, { status: 'fail', message: error.message, exchange: error.exchange, reason: error.reason });
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
    // Only this check's own requests: what they printed came back with their answers (kept for a
    // pass too: a format such as Exercism's shows what the student printed in every test).
    const output = [...exchanges.map((exchange) => exchange.appOutput ?? ''), harness.lateOutput?.(check.id) ?? ''].join('').trim();
    if (output) result.appOutput = output;
    results.set(check.id, result);
  };

  // A small pool: each worker takes the next check as soon as its last one ends. The checks
  // that restart run in a line of their own beside it (their first requests overlap the pool).
  const queue = checks.filter((check) => !check.restarts);
  const workers = Math.max(1, Math.min(harness.concurrency ?? 1, queue.length));
  othersDone = Promise.all(
    Array.from({ length: workers }, async () => {
      for (let check = queue.shift(); check; check = queue.shift()) await runOne(check);
    }),
  );
  const restartLine = async () => {
    for (const check of checks.filter((check) => check.restarts)) await runOne(check);
  };
  // One at a time means one at a time: the restarting checks then come after the others.
  if (workers === 1 && (harness.concurrency ?? 1) <= 1) await othersDone.then(restartLine);
  else await Promise.all([othersDone, restartLine()]);
  return markSkipped(
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
