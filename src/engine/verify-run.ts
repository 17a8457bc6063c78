import fs from 'fs-extra';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { AppStartError, stageProject, startApp, type RunningApp } from './app-runner.js';
import { fail, runChecks, type CheckContext, type CheckDefinition, type CheckResult, type Credentials } from './checks.js';
import { Client, type Exchange } from './http.js';

export interface VerifyOptions {
  projectDir: string;
  lesson: number;
  python: string;
  checks: CheckDefinition[];
  /** The user the checks log in as. */
  user: Credentials;
  /** Runs once the app is up, before the checks (lesson 5 registers the user here). */
  prepare?: (t: CheckContext) => Promise<void>;
}

export interface VerifyOutcome {
  status: 'pass' | 'fail' | 'error';
  /** Why verify could not run, for status "error". */
  message?: string;
  results: CheckResult[];
  /** What the app printed, for an app that did not start. */
  appOutput?: string;
  /** The throwaway database the app was given (it is deleted with the staging folder). */
  databaseUri: string;
}

/** Stage the project, start it once, run the checks over HTTP, and always stop it again. */
export async function verifyProject(options: VerifyOptions): Promise<VerifyOutcome> {
  const staging = await stageProject(options.projectDir);
  const databaseUri = `sqlite:///${join(staging, 'verify.db')}`;
  let app: RunningApp | undefined;
  let earlierOutput = '';
  const exchanges: Exchange[] = [];
  const env = (secretKey: string) => ({
    FLASK_SECRET_KEY: secretKey,
    FLASK_SQLALCHEMY_DATABASE_URI: databaseUri,
  });
  const start = async (secretKey: string) => {
    app = await startApp({ python: options.python, dir: join(staging, 'app'), displayDir: options.projectDir, env: env(secretKey) });
  };

  // Ctrl-C or a kill while the app runs: stop it and clean up before leaving.
  const interrupt = (signal: NodeJS.Signals) => {
    console.error('\nflash-login: interrupted; stopping your app.');
    void Promise.resolve(app?.stop())
      .finally(() => fs.remove(staging))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  try {
    // A letter first: from_prefixed_env() JSON-parses values, and an all-digit key would become a number.
    const secretKey = `verify-${randomBytes(24).toString('hex')}`;
    try {
      await start(secretKey);
    } catch (error) {
      if (error instanceof AppStartError)
        return { status: 'error', message: error.message, results: [], appOutput: error.appOutput, databaseUri };
      throw error;
    }
    const context: CheckContext = {
      lesson: options.lesson,
      user: options.user,
      secretKey,
      databaseFile: join(staging, 'verify.db'),
      client: () => new Client(() => app!.baseUrl, (exchange) => exchanges.push(exchange)),
      restart: async (changed) => {
        earlierOutput += app!.output();
        await app!.stop();
        try {
          await start(changed.FLASK_SECRET_KEY ?? secretKey);
        } catch (error) {
          if (!(error instanceof AppStartError)) throw error;
          earlierOutput += error.appOutput;
          app = undefined;
          fail(`after a restart, ${error.message}`);
        }
      },
    };
    await options.prepare?.(context);
    const results = await runChecks(options.checks, {
      context,
      exchanges,
      appOutput: () => earlierOutput + (app?.output() ?? ''),
    });
    const failed = results.some((result) => result.status !== 'pass');
    return { status: failed ? 'fail' : 'pass', results, databaseUri };
  } finally {
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
    await app?.stop();
    await fs.remove(staging);
  }
}
