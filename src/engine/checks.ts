import { Client, NoAnswerError, type Exchange } from './http.js';

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
  /** Needs its own restart of the app: runs after all the others. */
  restarts?: boolean;
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
  context: CheckContext;
  /** Everything the app printed so far, for slicing out what one check caused. */
  appOutput(): string;
  /** Every exchange made by the clients of `context`, to catch a 500 in any of them. */
  exchanges: Exchange[];
}

/** Run checks one after another (restarting checks last) and never throw: each ends in a result. */
export async function runChecks(checks: CheckDefinition[], harness: CheckHarness): Promise<CheckResult[]> {
  const ordered = [...checks.filter((check) => !check.restarts), ...checks.filter((check) => check.restarts)];
  const results = new Map<string, CheckResult>();
  for (const check of ordered) {
    const outputBefore = harness.appOutput().length;
    const exchangesBefore = harness.exchanges.length;
    const result: CheckResult = { id: check.id, title: check.title, status: 'pass' };
    try {
      await check.run(harness.context);
      const crash = harness.exchanges.slice(exchangesBefore).find((exchange) => exchange.status >= 500);
      if (crash) fail(`${crash.method} ${crash.path} answered ${crash.status}: the app raised an exception`, crash);
    } catch (error) {
      if (error instanceof CheckFailure) {
        const crash = harness.exchanges.slice(exchangesBefore).find((exchange) => exchange.status >= 500);
        Object.assign(result, {
          status: 'fail',
          message: crash && crash !== error.exchange ? `${error.message} (and ${crash.method} ${crash.path} answered ${crash.status})` : error.message,
          exchange: error.exchange ?? crash,
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
  }
  return checks.map((check) => results.get(check.id)!);
}
