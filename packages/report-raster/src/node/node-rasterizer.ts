import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createResvgRasterizer } from '../create-resvg-rasterizer.js';

let shared: ((svg: string, width: number) => Promise<Uint8Array>) | undefined;

/**
 * The default rasterizer in Node: `@resvg/resvg-wasm` with its wasm read from
 * `@resvg/resvg-wasm/index_bg.wasm` and the DejaVu Sans font this package ships. Created once
 * per process and shared.
 *
 * @returns The shared rasterizer, for `renderDocument`'s `rasterizer` option.
 * @example
 * ```ts
 * import { renderDocument } from '@poortwachter/report';
 * import { nodeRasterizer } from '@poortwachter/report-raster/node';
 * const bytes = await renderDocument(overzicht, { rasterizer: nodeRasterizer() });
 * ```
 * @category Node
 */
export function nodeRasterizer(): (svg: string, width: number) => Promise<Uint8Array> {
  if (!shared) {
    const require = createRequire(import.meta.url);
    shared = createResvgRasterizer({
      wasm: readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
      fonts: [readFileSync(require.resolve('@poortwachter/report-raster/DejaVuSans.ttf'))],
    });
  }
  return shared;
}
