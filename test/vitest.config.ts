import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowestFirst from './sequencer.js';

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
    // Two files at once, whatever vitest's default (cores - 1, so one on a 2-core machine): most of a
    // test's time is spent waiting for a CLI, a Python app or git, and a second file fills that time.
    // The slowest files start first (test/sequencer.ts), so no long file runs alone at the end.
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    // English output whatever the machine's locale: a Chinese one (zh_CN.UTF-8) would otherwise make
    // the CLI speak Chinese (src/i18n/i18n.ts). Tests of zh-CN output set LANG themselves.
    env: { LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
  },
});
