#!/usr/bin/env node
const [first, ...rest] = process.argv.slice(2);
// `--version` alone needs nothing but the version: print it as commander would, without loading the CLI.
if (rest.length === 0 && (first === '--version' || first === '-v')) console.log((await import('../dist/version.js')).VERSION);
else await import('../dist/create.js');
