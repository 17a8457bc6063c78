#!/usr/bin/env node
const [first, ...rest] = process.argv.slice(2);
// `--version` alone needs nothing but the version: print it as commander would, without loading the CLI.
if (rest.length === 0 && (first === '--version' || first === '-v')) console.log((await import('../dist/version.js')).VERSION);
else {
  // `flash-login verify` starts its app's Python first, while the CLI loads (src/cli/prestart.ts).
  if (first === 'verify') await import('../dist/prestart.js');
  await import('../dist/cli.js');
}
