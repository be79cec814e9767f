import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createResvgRasterizer } from '../timeline/create-resvg-rasterizer.js';
import type { Rasterizer } from '../timeline/rasterizer.js';

let shared: Rasterizer | undefined;

/**
 * The default {@link Rasterizer} in Node: `@resvg/resvg-wasm` with its wasm read from
 * `@resvg/resvg-wasm/index_bg.wasm` and the DejaVu Sans font shipped in this package's
 * `assets/`. Created once per process and shared.
 *
 * @returns The shared rasterizer.
 * @example
 * ```ts
 * import { renderDocument } from '@poortwachter/report';
 * import { nodeRasterizer } from '@poortwachter/report/node';
 * const bytes = await renderDocument(overzicht, { rasterizer: nodeRasterizer() });
 * ```
 * @category Node
 */
export function nodeRasterizer(): Rasterizer {
  if (!shared) {
    const require = createRequire(import.meta.url);
    shared = createResvgRasterizer({
      wasm: readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
      fonts: [readFileSync(require.resolve('@poortwachter/report/assets/DejaVuSans.ttf'))],
    });
  }
  return shared;
}
