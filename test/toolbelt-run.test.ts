// flash-login run: the learner's app under `flask run --debug`, stopped cleanly with nothing left behind.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import fs from 'fs-extra';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBUG_WARNING } from '../src/commands/run.js';
import { bins, debianPython, run } from './helpers.js';
import {
  descendants,
  ended,
  environmentOf,
  isAlive,
  makeProject,
  onTerminal,
  pressCtrlC,
  processesIn,
  removeMadeFolders,
  stripAnsi,
  waitFor,
} from './toolbelt-helpers.js';

/** The ports the kernel hands to listen(0) and to outgoing connections (Linux; the IANA range elsewhere). */
function ephemeralPorts(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low && high) return [low, high];
  } catch {
    // not Linux
  }
  return [49_152, 65_535];
}

/**
 * A port nobody listens on right now, below the ephemeral range: a port from listen(0) is free
 * again once we close it, and the next listen(0) anywhere on the machine (verify, another test)
 * may take it before `flask run` binds it. Below the range only an explicit --port can collide.
 */
async function freePort(): Promise<number> {
  const [low] = ephemeralPorts();
  const floor = Math.max(10_000, low - 12_000);
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = floor + Math.floor(Math.random() * (low - floor));
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      await new Promise((resolve) => server.close(resolve));
      return port;
    }
  }
  throw new Error('no free port below the ephemeral range');
}

async function answers(url: string): Promise<number | undefined> {
  try {
    return (await fetch(url, { redirect: 'manual' })).status;
  } catch {
    return undefined;
  }
}

function collect(child: ResultPromise): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

async function startRun(dir: string, port: number, env: Record<string, string | undefined> = {}) {
  const child = execa(process.execPath, [bins.flashLogin, 'run', '--port', String(port), '--python', debianPython], {
    cwd: dir,
    reject: false,
    env: { NO_COLOR: '1', FLASK_SECRET_KEY: undefined, ...env },
  });
  const output = collect(child);
  // Ours, not whatever else may answer there: the run says where it serves before the page answers.
  await waitFor(() => output().includes(`http://127.0.0.1:${port}/`), 'the run to name its port', 60_000);
  await waitFor(async () => (await answers(`http://127.0.0.1:${port}/login`)) === 200, 'the app to answer', 60_000);
  // The reloader's child serves; wait until it is there too.
  await waitFor(() => descendants(child.pid!).length >= 2, 'the reloader');
  return { child, output };
}

afterAll(removeMadeFolders);

describe('flash-login run', () => {
  it('serves the app, prints the URL, and Ctrl-C (SIGINT) stops every process: exit 130', async () => {
    const dir = await makeProject(2);
    const port = await freePort();
    const { child, output } = await startRun(dir, port);
    const tree = descendants(child.pid!);
    child.kill('SIGINT');
    const result = await child;
    expect(result.exitCode).toBe(130);
    expect(output()).toContain(`Your app runs at http://127.0.0.1:${port}/  (Ctrl-C stops it)`);
    expect(stripAnsi(output()).split('\n')[0]).toBe(DEBUG_WARNING);
    expect(output()).toContain('Lesson 2 · Sessions');
    expect(output()).toContain('Stopped your app.');
    expect(tree.filter(isAlive)).toEqual([]);
    expect(processesIn(dir)).toEqual([]);
  });

  it('gives the app a fresh secret key that starts with a letter, unless one is set', async () => {
    const dir = await makeProject(2);
    const fresh = await startRun(dir, await freePort());
    const [flask] = descendants(fresh.child.pid!);
    const key = environmentOf(flask!).FLASK_SECRET_KEY;
    expect(key).toMatch(/^[a-z][\w-]{40,}$/);
    expect(fresh.output()).toContain('a fresh FLASK_SECRET_KEY for this run');
    fresh.child.kill('SIGTERM');
    expect((await fresh.child).exitCode).toBe(143);

    const own = await startRun(dir, await freePort(), { FLASK_SECRET_KEY: 'my-own-key' });
    expect(environmentOf(descendants(own.child.pid!)[0]!).FLASK_SECRET_KEY).toBe('my-own-key');
    expect(own.output()).not.toContain('fresh FLASK_SECRET_KEY');
    own.child.kill('SIGINT');
    await own.child;
    expect(processesIn(dir)).toEqual([]);
  });

  it('stops on Ctrl-C at a real terminal', async () => {
    const dir = await makeProject(1);
    const port = await freePort();
    const child = onTerminal(['run', '--port', String(port), '--python', debianPython], { cwd: dir });
    const output = collect(child);
    await waitFor(async () => (await answers(`http://127.0.0.1:${port}/`)) === 200, 'the app to answer');
    expect(processesIn(dir).length).toBeGreaterThan(0);
    pressCtrlC(child);
    expect((await ended(child, output)).exitCode).toBe(130);
    expect(stripAnsi(output())).toContain(`Your app runs at http://127.0.0.1:${port}/`);
    expect(output()).toMatch(/\x1b\[1m\x1b\[36mhttp/); // bold cyan URL on a terminal
    await waitFor(() => processesIn(dir).length === 0, 'every app process to end', 60_000);
  });

  it('refuses a busy --port with a free one to use instead', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const result = await run(bins.flashLogin, ['run', '--port', String(port), '--python', debianPython], { cwd: await makeProject(1) });
      expect(result.exitCode).toBe(2);
      expect(String(result.stderr)).toMatch(
        new RegExp(
          `^flash-login: port ${port} is in use \\(another \`flask run\`\\?\\): stop that, or pick a free one with --port \\d+\\.$`,
        ),
      );
    } finally {
      server.close();
    }
  });

  it('refuses to run while conflict markers remain, in one line that says what to do', async () => {
    const dir = await makeProject(1);
    const app = join(dir, 'app.py');
    await fs.writeFile(app, `<<<<<<< your code\nX = 1\n=======\nX = 2\n>>>>>>> lesson 2\n${await fs.readFile(app, 'utf8')}`);
    const result = await run(bins.flashLogin, ['run', '--python', debianPython], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(String(result.stderr)).toMatch(/^flash-login: run cannot run while conflict markers remain in app\.py: keep the code you want/);
    expect(processesIn(dir)).toEqual([]);
  });

  it('says when the Python cannot run, in one line', async () => {
    const result = await run(bins.flashLogin, ['run', '--python', '/nonexistent/python3'], { cwd: await makeProject(1) });
    expect(result.exitCode, String(result.stdout) + String(result.stderr)).toBe(2);
    expect(String(result.stderr).trim()).toMatch(/^flash-login: cannot run Python at \/nonexistent\/python3: .*flash-login doctor/);
  });
});
