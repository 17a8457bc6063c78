// The second app of a verify run (5.12) is forked by the first one's Python (serve_app.py's
// `sibling`): the same copy, its own socket and database, the variables it was told to drop
// really gone, and nothing of it left once the first app stops. Real Python, both stacks.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fs from 'fs-extra';
import { afterEach, describe, expect, it } from 'vitest';
import { storedHashes } from '../lessons/5-user-model/password-hashing.js';
import { Client, isRedirect } from '../src/checks/http.js';
import { AppStartError, type RunningApp, startApp } from '../src/runtime/app-runner.js';
import { debianPython, hasModernPython, modernPython, tempDir, writeReference } from './helpers.js';

const stacks: [string, string][] = [['Debian stack (Flask 2.2)', debianPython]];
if (hasModernPython) stacks.push(['PyPI stack (Flask 3)', modernPython]);

/** This process's sockets folders (app-runner.ts moves each app's socket into one, named after our pid). */
function ourSocketsFolders(): string[] {
  return [tmpdir(), '/dev/shm']
    .flatMap((parent) =>
      fs
        .readdirSync(parent)
        .filter((name) => name.startsWith('flash-login-sockets-'))
        .map((name) => join(parent, name)),
    )
    .filter((folder) => {
      try {
        return fs.readdirSync(folder).some((name) => name.startsWith(`${process.pid}-`));
      } catch {
        return false; // another process's, gone or closed to us
      }
    });
}

/** The pids whose command line names `folder` (serve_app.py's argument), each with its parent. */
function processesIn(folder: string): { pid: number; parent: number }[] {
  return fs
    .readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        if (!readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(folder)) return [];
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return [{ pid: Number(name), parent: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) }];
      } catch {
        return []; // ended while we looked
      }
    });
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function firstApp(python: string): Promise<{ folder: string; dir: string; app: RunningApp }> {
  const folder = await tempDir('flash-login-second-app-');
  const dir = join(folder, 'app');
  await writeReference(dir, 5);
  const app = await startApp({
    python,
    dir,
    displayDir: dir,
    env: {
      FLASK_SECRET_KEY: 'second-app-test',
      FLASK_SQLALCHEMY_DATABASE_URI: `sqlite:///${join(folder, 'first.db')}`,
      FLASK_PASSWORD_HASH_METHOD: 'pbkdf2:sha256:1000',
      FLASH_LOGIN_PBKDF2_ITERATIONS: '1000',
    },
  });
  cleanup.push(async () => {
    await app.stop();
    await fs.remove(folder);
  });
  return { folder, dir, app };
}

describe.each(stacks)('the second app of a run, on the %s', (_label, python) => {
  it.skipIf(process.platform === 'win32')(
    'is forked by the first app’s Python, hashes at its own cost, and ends with the first',
    async () => {
      const { folder, app } = await firstApp(python);
      const second = await app.sibling!({
        socketName: 'second.sock',
        env: {
          FLASK_SQLALCHEMY_DATABASE_URI: `sqlite:///${join(folder, 'second.db')}`,
          FLASK_PASSWORD_HASH_METHOD: null,
          FLASH_LOGIN_PBKDF2_ITERATIONS: null,
        },
      });
      expect(second.baseUrl).not.toBe(app.baseUrl);

      // One Python imported Flask: the app and the second app are both its children.
      const processes = processesIn(folder);
      expect(processes).toHaveLength(3);
      const supervisor = processes.find((process) => !processes.some((other) => other.pid === process.parent))!;
      expect(processes.filter((process) => process.parent === supervisor.pid)).toHaveLength(2);

      const { response } = await new Client(() => second.baseUrl).submit('/register', {
        username: 'ada',
        email: 'ada@example.com',
        password: 'Analytical-Engine-1843',
        confirm: 'Analytical-Engine-1843',
      });
      expect(response && isRedirect(response), `register on the second app: ${response?.status}`).toBe(true);
      // Its own database, and Werkzeug's own cost there: the dropped variables are gone, not empty.
      const hashes = storedHashes(readFileSync(join(folder, 'second.db')));
      expect(hashes.map((hash) => hash.method)).not.toContain('pbkdf2:sha256:1000');
      expect(hashes.length > 0 && hashes.every((hash) => hash.slow)).toBe(true);
      expect(readFileSync(join(folder, 'first.db')).includes('ada@example.com')).toBe(false);
      // The first app still serves, unchanged.
      expect((await new Client(() => app.baseUrl).get('/login')).status).toBe(200);

      // Apps beside it are told apart by socket: one more, keyless, and stopping it leaves the other serving.
      const keyless = await app.sibling!({ socketName: 'keyless.sock', env: { FLASK_SECRET_KEY: null } });
      expect(processesIn(folder)).toHaveLength(4);
      expect((await new Client(() => keyless.baseUrl).get('/login')).status).toBe(200);
      await keyless.stop();
      await expect(new Client(() => keyless.baseUrl).get('/login')).rejects.toThrow();
      expect((await new Client(() => second.baseUrl).get('/login')).status).toBe(200);

      const sockets = ourSocketsFolders();
      expect(sockets).toHaveLength(1);
      await app.stop();
      expect(processesIn(folder)).toEqual([]);
      // The folder that held the sockets goes with the last of them, not only when this process exits.
      expect(sockets.filter((gone) => fs.existsSync(gone))).toEqual([]);
      await expect(new Client(() => second.baseUrl).get('/login')).rejects.toThrow();
    },
  );

  it.skipIf(process.platform === 'win32')(
    'hears each app say it listens while the others print without pause on the same stream',
    async () => {
      const { dir, app } = await firstApp(python);
      // Every app of the run shares one stdout: a line that says "I listen" must reach the CLI whole.
      const appPy = join(dir, 'app.py');
      const chatter =
        'import threading as _t, time as _time\n\ndef _chatter():\n    while True:\n        print("tick", flush=True)\n        _time.sleep(0)\n\n_t.Thread(target=_chatter, daemon=True).start()\n';
      writeFileSync(appPy, `${readFileSync(appPy, 'utf8')}\n${chatter}`);
      for (let round = 0; round < 3; round++) {
        const siblings = await Promise.all(
          ['a', 'b', 'c', 'd'].map((name) =>
            app.sibling!({ socketName: `${name}${round}.sock`, env: { FLASK_SECRET_KEY: `key-${name}` } }),
          ),
        );
        for (const sibling of siblings) expect((await new Client(() => sibling.baseUrl).get('/login')).status).toBe(200);
        await Promise.all(siblings.map((sibling) => sibling.stop()));
      }
    },
    30_000,
  );

  it.skipIf(process.platform === 'win32')('says why when the second app does not start, and the first goes on serving', async () => {
    const { dir, app } = await firstApp(python);
    // This copy refuses to start without a hash method: only the second app lacks one.
    const appPy = join(dir, 'app.py');
    writeFileSync(appPy, `import os\nos.environ["FLASK_PASSWORD_HASH_METHOD"]\n${readFileSync(appPy, 'utf8')}`);
    const starting = app.sibling!({ socketName: 'second.sock', env: { FLASK_PASSWORD_HASH_METHOD: null } });
    await expect(starting).rejects.toBeInstanceOf(AppStartError);
    await expect(starting).rejects.toThrow(/failed to import/);
    expect((await new Client(() => app.baseUrl).get('/login')).status).toBe(200);
  });
});
