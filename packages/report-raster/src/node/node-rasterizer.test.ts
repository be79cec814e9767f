import { describe, expect, it } from 'vitest';
import { FONT_FAMILY } from '../font-family.js';
import { nodeRasterizer } from './node-rasterizer.js';

describe('nodeRasterizer', () => {
  it('is created once per process', () => {
    expect(nodeRasterizer()).toBe(nodeRasterizer());
  });

  it('finds the wasm and the shipped font: text is drawn', async () => {
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><text x="4" y="20" font-family="${FONT_FAMILY}">${text}</text></svg>`;
    const blank = await nodeRasterizer()(svg(''), 240);
    const drawn = await nodeRasterizer()(svg('Einde wachttijd'), 240);
    expect(String.fromCharCode(...drawn.subarray(1, 4))).toBe('PNG');
    expect(drawn).not.toEqual(blank);
  });
});
