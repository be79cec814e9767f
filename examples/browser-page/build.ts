// Builds the page into a folder: index.html, the scripts (esbuild, for browsers), and the two
// files the timeline picture needs, fetched only when a dossieroverzicht is made: resvg's wasm
// and the font of @poortwachter/report-raster.
// Run: pnpm --filter @poortwachter/example-browser-page build [folder]
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the page into `outdir`, for the browser platform: a Node-only import anywhere in the
 * packages' main entries fails the build. With code splitting, what the packages load on first
 * use (docx and the document builders when a document is made, resvg when a picture is drawn)
 * comes in chunks of its own, fetched then.
 *
 * @param outdir - The folder to write (made when missing).
 * @returns The size in bytes of main.js (what the page loads at first) and of all the scripts.
 */
export async function buildPage(outdir: string): Promise<{ main: number; all: number }> {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(HERE, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    splitting: true,
    conditions: ['@poortwachter/source'],
    outdir,
    entryNames: '[name]',
    metafile: true,
    logLevel: 'warning',
  });
  const require = createRequire(join(HERE, 'package.json'));
  copyFileSync(join(HERE, 'index.html'), join(outdir, 'index.html'));
  copyFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), join(outdir, 'index_bg.wasm'));
  copyFileSync(
    require.resolve('@poortwachter/report-raster/DejaVuSans.ttf'),
    join(outdir, 'DejaVuSans.ttf'),
  );
  const scripts = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
  return {
    main: scripts.find(([path]) => path.endsWith('/main.js'))?.[1].bytes ?? 0,
    all: scripts.reduce((sum, [, output]) => sum + output.bytes, 0),
  };
}

if (process.argv[1]?.endsWith('build.ts')) {
  const outdir = process.argv[2] ?? join(HERE, 'out/site');
  const { main, all } = await buildPage(outdir);
  const kB = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
  console.log(`${outdir}: main.js ${kB(main)}, all scripts ${kB(all)}`);
}
