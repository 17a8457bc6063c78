import { NoAnswerError, type Client, type Exchange } from './http.js';

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
  run(t: CheckContext): Promise<void>;
}

/** A failed expectation: what was wrong, and the exchange that showed it. */
export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly exchange?: Exchange,
  ) {
    super(message);
  }
}

export function fail(message: string, exchange?: Exchange): never {
  throw new CheckFailure(message, exchange);
}

export function expect(condition: unknown, message: string, exchange?: Exchange): asserts condition {
  if (!condition) fail(message, exchange);
}

export type CheckStatus = 'pass' | 'fail' | 'error';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  message?: string;
  exchange?: Exchange;
  /** What the app printed while the check ran (its traceback), when the check failed. */
  appOutput?: string;
}

export interface CheckHarness {
  /**
   * The context one check runs with: its clients tell `onExchange` of every exchange they
   * make, so a 500 in any request of a check fails that check, and only that one.
   */
  contextFor(onExchange: (exchange: Exchange) => void, check: CheckDefinition): CheckContext;
  /** Everything the app printed so far (it only grows), for slicing out what printed while a check ran. */
  appOutput(): string;
  /** How many checks may run at once (default 1: one after another). */
  concurrency?: number;
}

/**
 * Run the checks and never throw: each ends in a result, in the order given.
 *
 * Up to `concurrency` checks run at once against the one app. That is safe because a check
 * shares no session with another (each makes its own clients, each with its own cookie jar),
 * and it is what makes verify fast: most of an app's time goes into password hashes, which
 * run in parallel in its threaded server. Checks marked `restarts` restart the app: they run
 * one after another alongside the others, and each one's restart waits until all the others
 * are done, so a restart never pulls the app from under another check. A check that fails shows what the app printed while it ran; with
 * checks running side by side, that window can hold lines another check caused.
 */
export async function runChecks(checks: CheckDefinition[], harness: CheckHarness): Promise<CheckResult[]> {
  const results = new Map<string, CheckResult>();
  let othersDone: Promise<unknown> = Promise.resolve();
  const runOne = async (check: CheckDefinition) => {
    const outputBefore = harness.appOutput().length;
    const exchanges: Exchange[] = [];
    const context = harness.contextFor((exchange) => exchanges.push(exchange), check);
    if (check.restarts) {
      const restart = context.restart;
      context.restart = async (env) => {
        await othersDone;
        return restart(env);
      };
    }
    const result: CheckResult = { id: check.id, title: check.title, status: 'pass' };
    const crash = () => exchanges.find((exchange) => exchange.status >= 500);
    try {
      await check.run(context);
      const crashed = crash();
      if (crashed) fail(`${crashed.method} ${crashed.path} answered ${crashed.status}: the app raised an exception`, crashed);
    } catch (error) {
      if (error instanceof CheckFailure) {
        const crashed = crash();
        Object.assign(result, {
          status: 'fail',
          message:
            crashed && crashed !== error.exchange ? `${error.message} (and ${crashed.method} ${crashed.path} answered ${crashed.status})` : error.message,
          exchange: error.exchange ?? crashed,
        });
      } else if (error instanceof NoAnswerError) {
        Object.assign(result, { status: 'fail', message: error.message });
      } else {
        Object.assign(result, { status: 'error', message: `verify itself failed: ${(error as Error).stack ?? String(error)}` });
      }
    }
    if (result.status !== 'pass') {
      const output = harness.appOutput().slice(outputBefore).trim();
      if (output) result.appOutput = output;
    }
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
  return checks.map((check) => results.get(check.id)!);
}
