// `npm run build`: bundle the two CLIs, their dependencies included, with esbuild.
//
// Three things a plain `esbuild` command cannot do, and why they matter for start-up:
// - The `.hbs` templates are precompiled here, so a scaffold or a next-lesson loads
//   Handlebars' small runtime instead of its compiler (about a quarter of the size).
// - The learner's stylesheet is read from its npm package (src/course/stylesheet.ts).
// - CommonJS dependencies get a `require` of their own: ESM output has none.
//
// package.json's build script bundles this file and calls bundleCli('dist'); the bench calls
// it with a folder of its own.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import Handlebars from 'handlebars';
import { PRECOMPILED_TEMPLATES, TEMPLATE_OPTIONS } from './course/render.js';
import { BUNDLED_STYLESHEET, readStylesheet } from './course/stylesheet.js';
import { packageRoot, templatesDir } from './shared/paths.js';

function listTemplates(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listTemplates(join(dir, entry.name)) : entry.name.endsWith('.hbs') ? [join(dir, entry.name)] : [],
  );
}

/** The module render.ts imports as PRECOMPILED_TEMPLATES: template path (under templates/) -> template. */
function precompiledTemplates(): string {
  const entries = listTemplates(templatesDir).map((path) => {
    const key = relative(templatesDir, path).split(sep).join('/');
    const spec = Handlebars.precompile(readFileSync(path, 'utf8'), TEMPLATE_OPTIONS) as string;
    return `  ${JSON.stringify(key)}: Handlebars.template(${spec}),`;
  });
  return `import Handlebars from 'handlebars/dist/handlebars.runtime.min.js';\nexport default {\n${entries.join('\n')}\n};\n`;
}

/** A module that exists only in the bundle, its source made by `source` at build time. */
function generated(name: string, source: () => string): Plugin {
  const namespace = `generated-${name}`;
  return {
    name,
    setup(bundle) {
      bundle.onResolve({ filter: new RegExp(`^${name}$`) }, (args) => ({ path: args.path, namespace }));
      bundle.onLoad({ filter: /.*/, namespace }, () => ({ contents: source(), resolveDir: packageRoot, loader: 'js' }));
    },
  };
}

const plugins = [
  generated(PRECOMPILED_TEMPLATES, precompiledTemplates),
  // The learner's static/simple.css, read from its npm package now, so the bundle needs no node_modules.
  generated(BUNDLED_STYLESHEET, () => `export default ${JSON.stringify(readStylesheet())};\n`),
];

/** Bundle into `outdir`; the bench asks for esbuild's metafile too, to name the sources each chunk holds. */
export async function bundleCli(outdir: string): Promise<Metafile> {
  rmSync(outdir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: [
      ...['create', 'cli', 'prestart'].map((name) => ({ in: join(packageRoot, 'src', 'cli', `${name}.ts`), out: name })),
      // `--version` alone: the bins print it from this one small file, without loading the CLI (bin/*.js).
      { in: join(packageRoot, 'src', 'shared', 'version.ts'), out: 'version' },
    ],
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);" },
    plugins,
    // Less to read and parse at every start; names are kept, so a --debug stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
  });
  // Tree-sitter's runtime and Python grammar (src/course/anchors.ts reads them from dist/wasm/).
  mkdirSync(join(outdir, 'wasm'), { recursive: true });
  copyFileSync(join(packageRoot, 'node_modules', 'web-tree-sitter', 'tree-sitter.wasm'), join(outdir, 'wasm', 'tree-sitter.wasm'));
  copyFileSync(
    join(packageRoot, 'node_modules', 'tree-sitter-python', 'tree-sitter-python.wasm'),
    join(outdir, 'wasm', 'tree-sitter-python.wasm'),
  );
  return metafile;
}
