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
    // English output whatever the machine's locale: a Chinese one (zh_CN.UTF-8) would otherwise make
    // the CLI speak Chinese (src/i18n/i18n.ts). Tests of zh-CN output set LANG themselves.
    env: { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
  },
});
