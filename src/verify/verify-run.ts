import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import fs from 'fs-extra';
import type { LessonPlan } from '../../lessons/index.js';
import type { CheckContext, CheckDefinition, CheckResult, Credentials } from '../checks/checks.js';
import type { Exchange } from '../checks/http.js';
import { catalog } from '../i18n/i18n.js';
import {
  AppStartError,
  databaseSnapshot,
  type RunningApp,
  type SiblingApp,
  scratchFolder,
  stageProject,
  startApp,
  sweepStaleStaging,
} from '../runtime/app-runner.js';
import { type AppConfinement, chownTree } from '../runtime/confine.js';
import { sandboxFor } from '../runtime/sandbox.js';
import type { WarmSlot } from '../runtime/warm-python.js';
import { takePrestarted } from './prestart.js';

const text = catalog({
  en: {
    stagingGone: (staging: string, parent: string) =>
      `verify's temporary folder ${staging} was deleted while the checks ran (by another program cleaning ${parent}): run verify again`,
    noRestart: 'after a restart, the app did not start again',
    afterRestart: (why: string) => `after a restart, ${why}`,
    interrupted: '\nflash-login: interrupted; stopping your app.',
  },
  'zh-CN': {
    stagingGone: (staging, parent) =>
      `检查运行期间，verify 的临时文件夹 ${staging} 被删除了（有别的程序在清理 ${parent}）：请再运行一次 verify`,
    noRestart: '重启之后，应用没有再启动起来',
    afterRestart: (why) => `重启之后，${why}`,
    interrupted: '\nflash-login：已中断；正在停止你的应用。',
  },
});

export interface VerifyOptions {
  projectDir: string;
  lesson: number;
  python: string;
  /**
   * The lesson's checks, the user they log in as, and what runs before them (lesson 5 registers
   * that user). Called once the app's process is spawned: the checks bring the HTTP client, the
   * cookie jar and the HTML parser, and those load while Python imports Flask.
   */
  loadLesson: () => Promise<LessonPlan>;
  /**
   * Checks made while the app starts (conflict markers, the Python): a rejection (a UserError
   * with the fix) is thrown in place of the run's outcome, even when the app failed to start.
   */
  preconditions?: Promise<void>;
  /** Untrusted code (grade): how the app is held in; its user gets the staging folder. */
  confine?: AppConfinement;
  /** Told why the app runs unsandboxed (default: one line on stderr); grade says it once per run. */
  sandboxNote?: (note: string) => void;
  /** Run only these checks (and those they need); every check of the lesson when absent. */
  only?: string[];
  /** verify --watch: serve the app from a warm Python kept between runs (warm-python.ts). */
  warm?: WarmSlot;
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
  /** With a warm Python (verify --watch): whether it was already up, so only the app itself started. */
  warmStart?: boolean;
  /** The lesson verified: hints speak in its terms. */
  lesson?: number;
}

/**
 * How many checks run at once: four, whatever the cores. A check spends most of its time
 * waiting for the app, and the app (one Python process) is idle whenever every check in
 * flight is busy in Node instead; with four in flight it rarely is. Measured here (2 cores,
 * interleaved medians): lesson 5 2.31 s with 2 at once, 2.19 s with 4; lesson 1 671 → 628 ms.
 */
const CHECKS_AT_ONCE = 4;

function checkConcurrency(): number {
  const fromEnv = Number(process.env.FLASH_LOGIN_CONCURRENCY);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return CHECKS_AT_ONCE;
}

/**
 * The hash method verify asks for (contract: FLASK_PASSWORD_HASH_METHOD). The reference hashes with
 * app.config["PASSWORD_HASH_METHOD"], 600,000 rounds by default: some 200 ms a login here.
 */
const VERIFY_HASH_ROUNDS = 1000;
const VERIFY_HASH_METHOD = `pbkdf2:sha256:${VERIFY_HASH_ROUNDS}`;
/**
 * Werkzeug's default PBKDF2 iterations inside verify's run (serve_app.py applies it): as cheap as
 * the method verify asks for, but not the same count, so that a dummy hash made with Werkzeug's
 * default never passes 5.13 for one made with the app's own method (they cost the same only here).
 */
const VERIFY_PBKDF2_ITERATIONS = VERIFY_HASH_ROUNDS + 1;
/** The app's throwaway database, and the second app's database and socket (5.12), in the staging folder. */
const VERIFY_DATABASE = 'verify.db';
const OWN_HASHING_DATABASE = 'own-hashing.db';
const OWN_HASHING_SOCKET = 'own-hashing.sock';

/** Stage the project, start it once, run the checks over HTTP, and always stop it again. */
export async function verifyProject(options: VerifyOptions): Promise<VerifyOutcome> {
  // A warm Python, when verify --watch keeps one: each run's copy goes into a folder of its own inside its root.
  const host = options.warm ? await options.warm.for(options.projectDir, options.python) : undefined;
  const warmStart = host ? host.opened > 0 : undefined;
  // Or the Python that bin/flash-login.js started before the CLI had loaded, with its staging folder.
  const prestarted = host || options.confine ? undefined : takePrestarted(options.projectDir, options.python);
  // The copy is made while Python starts (serve_app.py --wait): importing Flask is the slow part.
  const { staging, copied } = stageProject(options.projectDir, host?.runFolder() ?? prestarted?.staging);
  copied.catch(() => undefined); // startApp reports it
  // Never remove the folder under a copy still being made: it would come back, half made.
  const removeStaging = () => copied.catch(() => undefined).then(() => fs.remove(staging));
  const databaseUriOf = (database: string) => `sqlite:///${join(staging, database)}`;
  const databaseUri = databaseUriOf(VERIFY_DATABASE);
  let app: RunningApp | undefined;
  /** A second app beside the first (5.12): hashing as it does by itself, on a database of its own. */
  let ownHashing: Promise<SiblingApp | AppStartError> | undefined;
  /** The apps started for one check's restart (`restartAlone`), stopped with the run. */
  const restartedApps: SiblingApp[] = [];
  const stopApps = () =>
    Promise.all([
      app?.stop(),
      ownHashing?.then((second) => (second instanceof AppStartError ? undefined : second.stop())),
      ...restartedApps.map((restarted) => restarted.stop()),
    ]);
  /** Where the checks' copies of the app's database go: ours alone (0700), removed with the staging folder. */
  let snapshots: string | undefined;
  const snapshotOf = (database: string) => databaseSnapshot(join(staging, database), (snapshots ??= scratchFolder('db')));
  const env = (secretKey: string) => ({
    FLASK_SECRET_KEY: secretKey,
    FLASK_SQLALCHEMY_DATABASE_URI: databaseUri,
    // Dozens of logins each hash a password: at Werkzeug's default work factor that is most of
    // verify's time. The hashes live in the throwaway database; 0 keeps the default.
    FLASH_LOGIN_PBKDF2_ITERATIONS: process.env.FLASH_LOGIN_PBKDF2_ITERATIONS ?? String(VERIFY_PBKDF2_ITERATIONS),
    FLASK_PASSWORD_HASH_METHOD: process.env.FLASK_PASSWORD_HASH_METHOD ?? VERIFY_HASH_METHOD,
  });

  // Ctrl-C or a kill while the app runs: stop it and clean up before leaving.
  let interrupted = false;
  const interrupt = (signal: NodeJS.Signals) => {
    interrupted = true;
    console.error(text().interrupted);
    void stopApps()
      .finally(removeStaging)
      .finally(() => options.warm?.stop())
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  try {
    // A letter first: from_prefixed_env() JSON-parses values, and an all-digit key would become a number.
    const secretKey = `verify-${randomBytes(24).toString('hex')}`;
    const sandbox = host?.sandbox ?? prestarted?.sandbox ?? sandboxFor({ projectDir: options.projectDir, staging, python: options.python });
    if (sandbox.note) (options.sandboxNote ?? ((note: string) => console.error(`! ${note}.`)))(sandbox.note);
    // An app run as another user (grade's) gets the staging folder as its own once it is copied.
    const confine = options.confine;
    const ready = confine?.uid === undefined ? copied : copied.then(() => chownTree(staging, confine.uid!, confine.gid ?? confine.uid!));
    const starting = startApp({
      python: options.python,
      dir: join(staging, 'app'),
      copied: ready,
      displayDir: options.projectDir,
      env: env(secretKey),
      ...(host ? { host } : { sandbox }),
      confine,
      prestarted: prestarted?.serving,
    });
    const loading = Promise.all([options.loadLesson(), import('../checks/checks.js'), import('../checks/http.js'), sweepStaleStaging()]);
    loading.catch(() => undefined); // awaited below, unless the app fails to start
    try {
      app = await starting;
    } catch (error) {
      await options.preconditions; // conflict markers or a Python without Flask say more than the traceback
      if (error instanceof AppStartError)
        return {
          status: 'error',
          message: error.message,
          results: [],
          appOutput: error.appOutput,
          databaseUri,
          warmStart,
          lesson: options.lesson,
        };
      throw error;
    }
    await options.preconditions;
    const [lesson, { fail, runChecks, selectChecks }, { Client }] = await loading;
    const running = app;
    const ownHashingEnv = { FLASK_SECRET_KEY: secretKey, FLASK_SQLALCHEMY_DATABASE_URI: databaseUriOf(OWN_HASHING_DATABASE) };
    // Forked beside the first app where its Python can (Flask imported once); else a start of its own.
    const startOwnHashing = () =>
      (ownHashing ??= (
        running.sibling
          ? running.sibling({
              socketName: OWN_HASHING_SOCKET,
              env: { ...ownHashingEnv, FLASK_PASSWORD_HASH_METHOD: null, FLASH_LOGIN_PBKDF2_ITERATIONS: null },
            })
          : startApp({
              python: options.python,
              dir: join(staging, 'app'),
              copied: ready,
              displayDir: options.projectDir,
              env: ownHashingEnv,
              sandbox: sandboxFor({ projectDir: options.projectDir, staging, python: options.python, socketName: OWN_HASHING_SOCKET }),
              confine,
            })
      ).catch((error: unknown) => {
        if (error instanceof AppStartError) return error;
        throw error;
      }));
    const clientOf = (served: () => SiblingApp, onExchange: (exchange: Exchange) => void, tag: string) =>
      new Client(
        () => served().baseUrl,
        (exchange) => {
          if (exchange.appOutput) exchange.appOutput = served().shown(exchange.appOutput);
          onExchange(exchange);
        },
        () => served().cpuSeconds(),
        tag,
      );
    /** The variables a restart changes: no key at all (2.6) is the variable unset, not given another value. */
    const changedBy = (changed: { FLASK_SECRET_KEY?: string | null }) =>
      changed.FLASK_SECRET_KEY === null ? { FLASK_SECRET_KEY: null } : env(changed.FLASK_SECRET_KEY ?? secretKey);
    /**
     * A check's `restart`, starting its app with `start`: true once it listens; with no key at all,
     * false when the app refused to start (what the contract allows); after a failed start, no more.
     */
    const restarter = (start: (env: Record<string, string | null>) => Promise<void>) => {
      let failed = false;
      return async (changed: { FLASK_SECRET_KEY?: string | null }): Promise<boolean> => {
        if (failed) fail(text().noRestart, undefined, 'restart-failed');
        try {
          await start(changedBy(changed));
          return true;
        } catch (error) {
          if (!(error instanceof AppStartError)) throw error;
          failed = true;
          if (changed.FLASK_SECRET_KEY === null) return false;
          return fail(text().afterRestart(error.message), undefined, 'restart-failed');
        }
      };
    };
    /** Restart the one app all checks share (where Python cannot fork): runChecks holds the others back. */
    const restartShared = restarter((changed) => running.restart(changed));
    /**
     * Restart the app for one check alone: a fresh app forked beside the shared one, with the
     * variables changed, on the same copy and database, serves that check's browsers from then on;
     * the other checks go on undisturbed, so the check need not wait for them.
     */
    let restartCount = 0;
    const restartAlone = (sibling: NonNullable<RunningApp['sibling']>) => {
      let own: SiblingApp | undefined;
      return {
        served: () => own ?? running,
        restart: restarter(async (changed) => {
          await own?.stop();
          own = undefined;
          own = await sibling({ socketName: `r${restartCount++}.sock`, env: changed });
          restartedApps.push(own);
        }),
      };
    };
    // A check that logs out gets a user of its own: an app may end every session of a user at logout.
    const ownUsers = new Map<string, Credentials>();
    const contextFor = (onExchange: (exchange: Exchange) => void, tag: string, check?: CheckDefinition): CheckContext => {
      const { served, restart } = running.sibling ? restartAlone(running.sibling) : { served: () => running, restart: restartShared };
      return {
        lesson: options.lesson,
        user: (check && ownUsers.get(check.id)) ?? lesson.user,
        secretKey,
        // A safe copy made at each look: the app's own file may be a FIFO or a link by now.
        get databaseFile() {
          return snapshotOf(VERIFY_DATABASE);
        },
        client: () => clientOf(served, onExchange, tag),
        appWithOwnHashing: async () => {
          const second = await startOwnHashing();
          if (second instanceof AppStartError) return { startError: second.message };
          return {
            client: () => clientOf(() => second, onExchange, tag),
            get databaseFile() {
              return snapshotOf(OWN_HASHING_DATABASE);
            },
          };
        },
        restart,
      };
    };
    const preparing = contextFor(() => {}, 'prepare');
    // The probes of the shared steps run once, beside the checks, whichever checks were asked for.
    const checks = [
      ...lesson.probes,
      ...(options.only ? selectChecks(lesson.checks, options.only, options.lesson).selected : lesson.checks),
    ];
    if (checks.some((check) => check.usesSecondApp)) void startOwnHashing();
    const { ownUser } = lesson;
    // The checks' user and each logging-out check's own user register side by side: no order among them.
    await Promise.all([
      lesson.prepare?.(preparing),
      ...(ownUser ? checks.filter((check) => check.logsOut).map(async (check) => ownUsers.set(check.id, await ownUser(preparing))) : []),
    ]);
    const results = await runChecks(checks, {
      contextFor,
      restartsAlone: running.sibling !== undefined,
      lateOutput: (tag) => running.lateOutput(tag),
      concurrency: checkConcurrency(),
      lesson: options.lesson,
    });
    // The folder is this run's alone (mkdtemp, 0700); if it is gone, something else deleted it
    // under the app, and every failure since says more about that than about the app.
    if (!(await fs.pathExists(join(staging, 'app'))))
      return { status: 'error', message: text().stagingGone(staging, dirname(staging)), results: [], databaseUri };
    const failed = results.some((result) => result.status !== 'pass');
    return { status: failed ? 'fail' : 'pass', results, databaseUri, warmStart, lesson: options.lesson };
  } finally {
    process.removeListener('SIGINT', interrupt);
    process.removeListener('SIGTERM', interrupt);
    await stopApps();
    await removeStaging();
    if (snapshots) await fs.remove(snapshots);
    // The checks that were still running end quickly once the app is gone; the interrupt
    // handler exits (130 or 143), and no report of those failures may beat it to it.
    if (interrupted) await new Promise<never>(() => {});
  }
}
