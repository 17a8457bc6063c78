import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // Everything a run makes in the temporary folder lives under one root that teardown removes.
    globalSetup: ['test/global-setup.ts'],
    // Tests start real Python apps and real pip; a whole verify can take seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxConcurrency: 4,
  },
});
