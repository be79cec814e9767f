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
 * unused imports a bundler drops.
 *
 * @param {{ packages?: string[], app?: string }} bundle - `packages`: names whose main entry is
 *   re-exported in full; or `app`: the app module, relative to this folder.
 * @returns {Promise<{ minified: number, gzip: number, byPackage: Record<string, number> }>}
 *   Sizes in bytes, and the minified bytes each package contributes (from esbuild's metafile),
 *   largest first.
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
  const result = await esbuild.build({
    ...input,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
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
    byPackage: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])),
  };
}
