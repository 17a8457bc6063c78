import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run faults`: the fault sweep, apart from `npm test` (it runs hundreds of CLI processes).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/faults/*.faults.ts', 'test/hostile/*.faults.ts'],
    globalSetup: ['test/global-setup.ts'],
    // One case is a whole sweep, run one after another so the timing of each kill means something.
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // English output whatever the machine's locale, as in test/vitest.config.ts.
    env: { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
  },
});
