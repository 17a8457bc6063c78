// This package's version, for --version and the CI workflows that install it (package.json's, kept equal by test/package.test.ts).
export const VERSION = '0.1.0';
