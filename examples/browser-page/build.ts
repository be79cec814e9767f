// Bundles the browser demo into a folder: index.html, main.js, resvg's wasm and the font.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Builds the demo into `outdir` with esbuild for the browser platform (so a Node-only import
 * in core, schema or report's main entry fails the build).
 */
export async function buildDemo(outdir: string): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  const here = new URL('.', import.meta.url).pathname;
  await build({
    entryPoints: [join(here, 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@poortwachter/source'],
    outfile: join(outdir, 'main.js'),
    logLevel: 'warning',
  });
  const require = createRequire(join(here, '../../packages/report/package.json'));
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  copyFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), join(outdir, 'index_bg.wasm'));
  copyFileSync(
    join(here, '../../packages/report/assets/DejaVuSans.ttf'),
    join(outdir, 'DejaVuSans.ttf'),
  );
}
