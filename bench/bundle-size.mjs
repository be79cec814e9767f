import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** esbuild, the one tsup builds the packages with (no dependency of its own). */
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild');

/** The package a bundled file belongs to (`zod`, `@poortwachter/core`), or the file itself. */
function packageOf(file) {
  const inNodeModules = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/);
  if (inNodeModules) return inNodeModules[1];
  const workspace = file.match(/(?:^|\/)packages\/([^/]+)\//);
  return workspace ? `@poortwachter/${workspace[1]}` : file;
}

/**
 * The size of a browser bundle, bundled with esbuild for the browser platform, ESM, `es2022`,
 * with every dependency included (zod, docx, date-fns, …), minified, then gzipped (level 9). The
 * bundle is either an app that re-exports everything of the given packages' main entries (the
 * most an app can carry: an upper bound), or a real app module whose exports are kept and whose
 * unused imports a bundler drops. Code splitting is on, as in an app's build: what the packages
 * load with `import()` only when a feature needs it (the re-integratieverslag's page layout,
 * template filling) becomes chunks of its own, counted apart as `lazy`; `minified` and `gzip` are
 * what the app loads up front (its entry and the chunks it imports statically).
 *
 * @param {{ packages?: string[], app?: string }} bundle - `packages`: names whose main entry is
 *   re-exported in full; or `app`: the app module, relative to this folder.
 * @returns {Promise<{ minified: number, gzip: number, lazy: { minified: number, gzip: number }, byPackage: Record<string, number> }>}
 *   Sizes in bytes, up front and on first use, and the minified bytes each package contributes
 *   to either (from esbuild's metafile), largest first.
 * @example
 * ```js
 * const { gzip } = await bundleSize({ packages: ['@poortwachter/core'] });
 * const app = await bundleSize({ app: 'footprint-app.mjs' });
 * ```
 * @category Benchmarks
 */
export async function bundleSize(bundle) {
  const here = new URL('.', import.meta.url).pathname;
  const input =
    bundle.app === undefined
      ? {
          stdin: {
            contents: bundle.packages.map((p) => `export * from '${p}';`).join('\n'),
            resolveDir: here,
            loader: 'js',
          },
        }
      : { entryPoints: [new URL(bundle.app, import.meta.url).pathname] };
  const outdir = '/bundle-size';
  const result = await esbuild.build({
    ...input,
    bundle: true,
    minify: true,
    splitting: true,
    outdir,
    entryNames: 'entry',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map(
    result.outputFiles.map((f) => [f.path.slice(outdir.length + 1), f.contents]),
  );
  const outputs = result.metafile.outputs;
  const key = (path) => path.slice(path.lastIndexOf('/') + 1);
  // What the entry loads up front: itself and every chunk reached by static imports.
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(key(path))) return;
    upFront.add(key(path));
    for (const i of outputs[path]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((p) => key(p) === 'entry.js'));
  const join = (names) => {
    const parts = names.map((n) => files.get(n));
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return all;
  };
  const js = [...files.keys()].filter((n) => n.endsWith('.js'));
  const bytes = join(js.filter((n) => upFront.has(n)));
  const lazyBytes = join(js.filter((n) => !upFront.has(n)));
  const byPackage = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(file);
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    lazy: { minified: lazyBytes.length, gzip: gzipSync(lazyBytes, { level: 9 }).length },
    byPackage: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])),
  };
}
