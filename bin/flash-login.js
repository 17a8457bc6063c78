#!/usr/bin/env node
// `flash-login verify` starts its app's Python first, while the CLI loads (src/cli/prestart.ts).
if (process.argv[2] === 'verify') await import('../dist/prestart.js');
await import('../dist/cli.js');
