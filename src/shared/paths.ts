import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: the nearest folder above this module that holds package.json.
 * Found by walking up so it works from src/ (tests) and from the bundle in dist/. */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('create-flash-login: cannot find its own package.json');
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
export const templatesDir = join(packageRoot, 'templates');
export const lessonsDir = join(packageRoot, 'lessons');
export const serveAppScript = join(packageRoot, 'src', 'runtime', 'serve_app.py');
/** `python -m flask` for `flash-login run`, ending when the CLI does (its stdin closes). */
export const runAppScript = join(packageRoot, 'src', 'runtime', 'run_app.py');
