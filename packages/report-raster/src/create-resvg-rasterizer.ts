import type { InitInput } from '@resvg/resvg-wasm';
import { FONT_FAMILY } from './font-family.js';

type ResvgModule = typeof import('@resvg/resvg-wasm');

let initialised: Promise<ResvgModule> | undefined;

/**
 * Loads resvg (on first use, so that importing this package does not) and initialises its
 * WebAssembly. `initWasm` may run only once per process, and resvg throws on a second call:
 * this module's promise is shared by every rasterizer it creates, and a resvg initialised by
 * someone else is fine.
 */
function initOnce(wasm: InitInput | Promise<InitInput>): Promise<ResvgModule> {
  initialised ??= import('@resvg/resvg-wasm').then(async (resvg) => {
    try {
      await resvg.initWasm(wasm);
    } catch (error) {
      if (!(error instanceof Error && error.message.startsWith('Already initialized'))) {
        initialised = undefined;
        throw error;
      }
    }
    return resvg;
  });
  return initialised;
}

/**
 * Where resvg's WebAssembly comes from and which fonts it may draw text with.
 *
 * @example
 * ```ts
 * // The URLs your bundler gives the two files, e.g. with Vite's `?url` imports.
 * const [wasmUrl, fontUrl] = ['/assets/index_bg.wasm', '/assets/DejaVuSans.ttf'];
 * const options: ResvgRasterizerOptions = {
 *   wasm: fetch(wasmUrl), // the URL your bundler gives @resvg/resvg-wasm/index_bg.wasm
 *   fonts: [new Uint8Array(await (await fetch(fontUrl)).arrayBuffer())], // @poortwachter/report-raster/DejaVuSans.ttf
 * };
 * ```
 * @category Timeline picture
 */
export interface ResvgRasterizerOptions {
  /** The `index_bg.wasm` of `@resvg/resvg-wasm`: bytes, a compiled module, a URL or a fetch response. */
  wasm: InitInput | Promise<InitInput>;
  /**
   * Font files (TTF/OTF bytes). resvg draws no text at all without them, and says nothing:
   * this package ships `@poortwachter/report-raster/DejaVuSans.ttf` for this.
   */
  fonts: readonly Uint8Array[];
}

/**
 * A `Rasterizer` of `@poortwachter/report` on `@resvg/resvg-wasm`, which runs in Node and in
 * browsers: pass it as `rasterizer` to `renderDocument` for a dossieroverzicht. The WebAssembly
 * module is initialised once per process, on first use. In Node, `nodeRasterizer()` from
 * `@poortwachter/report-raster/node` loads the wasm and the shipped font for you; in a browser,
 * pass the wasm URL and the font bytes.
 *
 * @param options - The wasm source and the font bytes.
 * @returns A function from SVG text and a pixel width to PNG bytes on a white background.
 * @example
 * ```ts
 * import { renderDocument } from '@poortwachter/report';
 *
 * const font = new Uint8Array(await (await fetch('/fonts/DejaVuSans.ttf')).arrayBuffer());
 * const rasterizer = createResvgRasterizer({ wasm: fetch('/resvg.wasm'), fonts: [font] });
 * const png = await rasterizer('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 100);
 * const bytes = await renderDocument(overzicht, { rasterizer });
 * ```
 * @category Timeline picture
 */
export function createResvgRasterizer(
  options: ResvgRasterizerOptions,
): (svg: string, width: number) => Promise<Uint8Array> {
  const fontBuffers = [...options.fonts];
  return async (svg, width) => {
    const { Resvg } = await initOnce(options.wasm);
    const resvg = new Resvg(svg, {
      fitTo: { mode: 'width', value: Math.round(width) },
      background: '#FFFFFF',
      font: {
        fontBuffers,
        defaultFontFamily: FONT_FAMILY,
        sansSerifFamily: FONT_FAMILY,
      },
    });
    try {
      const image = resvg.render();
      try {
        return image.asPng();
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
}
