import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** esbuild, the one tsup builds the packages with (no dependency of its own). */
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild');

/**
 * The size of a browser app that imports everything from the given packages: bundled with
 * esbuild for the browser platform, with every dependency included (zod, docx, date-fns, …),
 * minified, then gzipped (level 9).
 *
 * @param {string[]} packages - Package names whose main entry is re-exported in full.
 * @returns {Promise<{ minified: number, gzip: number }>} Sizes in bytes.
 * @example
 * ```js
 * const { gzip } = await bundleSize(['@poortwachter/core']);
 * ```
 * @category Benchmarks
 */
export async function bundleSize(packages) {
  const result = await esbuild.build({
    stdin: {
      contents: packages.map((p) => `export * from '${p}';`).join('\n'),
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
