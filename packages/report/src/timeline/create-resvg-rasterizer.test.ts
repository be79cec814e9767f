import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { decodePng, inkIn } from '../test-support/decode-png.js';
import { sampleTimeline } from '../test-support/sample-timeline.js';
import { defaultTheme } from '../theme/default-theme.js';
import { createResvgRasterizer } from './create-resvg-rasterizer.js';
import { timelineSvg } from './timeline-svg.js';

const require = createRequire(import.meta.url);
const wasm = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
const font = readFileSync(new URL('../../assets/DejaVuSans.ttf', import.meta.url));

describe('createResvgRasterizer', () => {
  const { svg } = timelineSvg(sampleTimeline, defaultTheme);
  /** The label column of the picture (left of the plot), scaled from 900 to 1800 pixels. */
  const labels = { x: 20, y: 84, width: 570, height: 480 };

  it('writes a PNG of the requested width', async () => {
    const png = await createResvgRasterizer({ wasm, fonts: [font] })(svg, 1800);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(decodePng(png).width).toBe(1800);
  });

  it('draws the labels when given the font, and nothing there without it', async () => {
    const withFont = decodePng(await createResvgRasterizer({ wasm, fonts: [font] })(svg, 1800));
    const withoutFont = decodePng(await createResvgRasterizer({ wasm, fonts: [] })(svg, 1800));
    expect(inkIn(withoutFont, labels)).toBe(0);
    expect(inkIn(withFont, labels)).toBeGreaterThan(2000);
  });

  it('initialises the wasm once and can be created many times', async () => {
    const a = createResvgRasterizer({ wasm, fonts: [font] });
    const b = createResvgRasterizer({ wasm: Promise.resolve(wasm), fonts: [font] });
    const [pa, pb] = await Promise.all([a(svg, 300), b(svg, 300)]);
    expect(pa).toEqual(pb);
  });

  it('works when another copy of this module initialised resvg first (CommonJS builds)', async () => {
    await createResvgRasterizer({ wasm, fonts: [font] })(svg, 100);
    vi.resetModules();
    const copy: typeof import('./create-resvg-rasterizer.js') = await import(
      /* @vite-ignore */ `./create-resvg-rasterizer.js?copy=${Date.now()}`
    );
    expect(copy.createResvgRasterizer).not.toBe(createResvgRasterizer);
    const png = await copy.createResvgRasterizer({ wasm, fonts: [font] })(svg, 100);
    expect(decodePng(png).width).toBe(100);
  });
});
