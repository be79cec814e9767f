import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { createResvgRasterizer } from './create-resvg-rasterizer.js';
import { FONT_FAMILY } from './font-family.js';

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
const font = readFileSync(new URL('../assets/DejaVuSans.ttf', import.meta.url));

/** A 200 × 40 picture, with or without a line of text in the given family. */
const picture = (text: string | null, family = FONT_FAMILY) =>
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">' +
  '<rect x="0" y="0" width="10" height="40" fill="#1b2a3a"/>' +
  (text === null
    ? ''
    : `<text x="20" y="26" font-family="${family}" font-size="16">${text}</text>`) +
  '</svg>';

/** The width and height in a PNG's IHDR chunk (bytes 16–23). */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('createResvgRasterizer', () => {
  it('writes a PNG of the requested width, the height in proportion (200 × 40 at 800 is 800 × 160)', async () => {
    const png = await createResvgRasterizer({ wasm, fonts: [font] })(picture(null), 800);
    expect(String.fromCharCode(...png.subarray(1, 4))).toBe('PNG');
    expect(size(png)).toEqual({ width: 800, height: 160 });
  });

  it('draws text with the shipped font (named, as sans-serif, as the fallback of a missing family), nothing without a font', async () => {
    const withFont = createResvgRasterizer({ wasm, fonts: [font] });
    const withoutFont = createResvgRasterizer({ wasm, fonts: [] });
    const blank = await withFont(picture(null), 400);
    expect(await withoutFont(picture('Probleemanalyse'), 400)).toEqual(blank);
    for (const family of [FONT_FAMILY, 'sans-serif', 'Calibri, sans-serif'])
      expect(await withFont(picture('Probleemanalyse', family), 400)).not.toEqual(blank);
  });

  it('initialises the wasm once and can be created many times', async () => {
    const a = createResvgRasterizer({ wasm, fonts: [font] });
    const b = createResvgRasterizer({ wasm: Promise.resolve(wasm), fonts: [font] });
    const [pa, pb] = await Promise.all([a(picture('A'), 300), b(picture('A'), 300)]);
    expect(pa).toEqual(pb);
  });

  it('works when another copy of this module initialised resvg first (CommonJS builds)', async () => {
    await createResvgRasterizer({ wasm, fonts: [font] })(picture(null), 100);
    vi.resetModules();
    const copy: typeof import('./create-resvg-rasterizer.js') = await import(
      /* @vite-ignore */ `./create-resvg-rasterizer.js?copy=${Date.now()}`
    );
    expect(copy.createResvgRasterizer).not.toBe(createResvgRasterizer);
    const png = await copy.createResvgRasterizer({ wasm, fonts: [font] })(picture(null), 100);
    expect(size(png).width).toBe(100);
  });
});
