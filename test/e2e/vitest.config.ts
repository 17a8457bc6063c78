import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run e2e`: the reference apps in a real browser (Debian's Chromium), apart from `npm test`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    // As for `npm test`: all the run (and Chromium) makes in the temporary folder goes under one folder, removed at the end.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file drives its own Chromium beside its own Flask app; two at once fill two cores.
    maxWorkers: 2,
  },
});
