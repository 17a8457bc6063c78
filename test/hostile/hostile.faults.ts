// `npm run faults`: the whole hostile corpus, every attack in each of its modes (harness.ts).
// FLASH_HOSTILE_CLI runs another build (RESULTS.md's "before" is the branch's starting commit),
// FLASH_HOSTILE_ONLY=a,b runs only those attacks, FLASH_HOSTILE_RECORD=file writes every run's
// problems there, and FLASH_HOSTILE_RECORD_ONLY=1 records without failing.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACKS, defaultCli, HostTraps, MODES, type Run, runAttack } from './harness.js';

const cli = process.env.FLASH_HOSTILE_CLI ?? defaultCli;
const only = process.env.FLASH_HOSTILE_ONLY?.split(',');
const isRoot = process.getuid?.() === 0;
const traps = new HostTraps();
const runs: Run[] = [];

describe.skipIf(!isRoot || process.platform !== 'linux')('the hostile corpus (root: it plants canaries and switches users)', () => {
  beforeAll(() => traps.open());
  afterAll(async () => {
    await traps.close();
    if (process.env.FLASH_HOSTILE_RECORD)
      writeFileSync(
        process.env.FLASH_HOSTILE_RECORD,
        JSON.stringify(
          runs.map((run) => ({ attack: run.attack.name, mode: run.mode, ms: run.ms, exit: run.exitCode, problems: run.problems })),
          null,
          1,
        ),
      );
  });
  for (const attack of ATTACKS.filter((item) => !only || only.includes(item.name)))
    for (const mode of attack.modes ?? MODES)
      it(`${attack.name} under ${mode}`, async () => {
        const run = await runAttack(attack, mode, cli, traps);
        runs.push(run);
        if (!process.env.FLASH_HOSTILE_RECORD_ONLY) expect(run.problems, `${run.stdout}\n${run.stderr}`.slice(-3000)).toEqual([]);
      });
});
