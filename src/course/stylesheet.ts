// The stylesheet every lesson's app serves from its own static/ folder (no CDN, so the app
// works offline): Simple.css, a classless stylesheet, copied from its npm package rather than
// written or edited by hand. MIT asks that every copy carry the licence, so it goes on top.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../shared/paths.js';

/** Where the learner's project gets the stylesheet; templates link it with url_for('static', ...). */
export const STYLESHEET_PATH = 'static/simple.css';
const PACKAGE = 'simpledotcss';
/** The module the build generates: STYLESHEET_PATH's content, read from the package at build time. */
export const BUNDLED_STYLESHEET = 'flash-login:stylesheet';

/** The stylesheet as the package ships it, under a comment naming it and its licence. */
export function readStylesheet(): string {
  const require = createRequire(join(packageRoot, 'package.json'));
  const folder = dirname(require.resolve(`${PACKAGE}/package.json`));
  const { version, homepage } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; homepage: string };
  const licence = readFileSync(join(folder, 'LICENSE'), 'utf8').trim();
  const css = readFileSync(join(folder, 'simple.css'), 'utf8');
  const header = `/*\n * Simple.css ${version} (${homepage}), copied unchanged from the npm package ${PACKAGE}.\n * Your own styles belong in static/app.css.\n *\n${licence
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')}\n */\n`;
  return header + css;
}

/** The bundle carries the stylesheet (src/build.ts); run from the sources, it is read from node_modules. */
export async function stylesheet(): Promise<string> {
  try {
    return (await import('flash-login:stylesheet')).default;
  } catch {
    return readStylesheet();
  }
}
