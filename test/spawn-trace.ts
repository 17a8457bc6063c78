// Which programs a run of our CLI starts, whatever path it names them by (PATH, /usr/bin/python3,
// a state file's Python): a preload module records every child process Node spawns.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fs from 'fs-extra';
import { tempDir } from './helpers.js';

// Every async spawn (child_process.spawn, execFile, execa) goes through ChildProcess#spawn.
const PRELOAD = `import { ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
const spawn = ChildProcess.prototype.spawn;
ChildProcess.prototype.spawn = function (options) {
  appendFileSync(process.env.FLASH_LOGIN_SPAWN_LOG, JSON.stringify({ file: options.file, args: options.args }) + '\\n');
  return spawn.call(this, options);
};
`;

export interface SpawnTrace {
  /** Environment for run(): loads the recorder into the CLI's Node. */
  env: Record<string, string>;
  /** What was started so far: each program and its arguments (argv[0] first). */
  started(): Promise<{ file: string; args: string[] }[]>;
}

export async function traceSpawns(): Promise<SpawnTrace> {
  const dir = await tempDir('flash-login-spawns-');
  const preload = join(dir, 'record-spawns.mjs');
  const log = join(dir, 'spawned.jsonl');
  await fs.writeFile(preload, PRELOAD);
  return {
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(preload).href}`.trim(), FLASH_LOGIN_SPAWN_LOG: log },
    async started() {
      if (!(await fs.pathExists(log))) return [];
      return (await fs.readFile(log, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { file: string; args: string[] });
    },
  };
}

/** A Python among the started programs: python, python3, python3.11, a venv's or a fake one; in bwrap, the program after its `--`. */
export function pythonsIn(started: { file: string; args: string[] }[]): string[] {
  const program = (entry: { file: string; args: string[] }) =>
    entry.file.split('/').pop() === 'bwrap' && entry.args.includes('--') ? entry.args[entry.args.indexOf('--') + 1]! : entry.file;
  return started.map(program).filter((file) => /python/i.test(file.split('/').pop() ?? ''));
}
