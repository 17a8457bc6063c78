// `npm run build`: bundle the two CLIs, their dependencies included, with esbuild.
//
// Two things a plain `esbuild` command cannot do, and why they matter for start-up:
// - The `.hbs` templates are precompiled here, so a scaffold or a next-lesson loads
//   Handlebars' small runtime instead of its compiler (about a quarter of the size).
// - CommonJS dependencies get a `require` of their own: ESM output has none.
//
// package.json's build script bundles this file and calls bundleCli('dist'); the bench calls
// it with a folder of its own.
import { build, type Plugin } from 'esbuild';
import Handlebars from 'handlebars';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PRECOMPILED_TEMPLATES, TEMPLATE_OPTIONS } from './engine/render.js';
import { packageRoot, templatesDir } from './engine/paths.js';

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

const precompile: Plugin = {
  name: 'precompiled-templates',
  setup(bundle) {
    bundle.onResolve({ filter: new RegExp(`^${PRECOMPILED_TEMPLATES}$`) }, (args) => ({ path: args.path, namespace: 'templates' }));
    bundle.onLoad({ filter: /.*/, namespace: 'templates' }, () => ({ contents: precompiledTemplates(), resolveDir: packageRoot, loader: 'js' }));
  },
};

export async function bundleCli(outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [join(packageRoot, 'src', 'create.ts'), join(packageRoot, 'src', 'cli.ts')],
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: { js: "import { createRequire as __cjsRequire } from 'node:module'; const require = __cjsRequire(import.meta.url);" },
    plugins: [precompile],
    // Less to read and parse at every start; names are kept, so a --debug stack trace still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'eof',
    logLevel: 'warning',
  });
}
