import { FONT_FAMILY } from '@poortwachter/report-raster';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { describe, expect, it } from 'vitest';
import { decodePng, inkIn } from '../test-support/decode-png.js';
import { sampleTimeline } from '../test-support/sample-timeline.js';
import { defaultTheme } from '../theme/default-theme.js';
import { TIMELINE_FONT_FAMILY } from './timeline-font-family.js';
import { timelineSvg } from './timeline-svg.js';

describe('the timeline picture and the font of @poortwachter/report-raster', () => {
  const { svg } = timelineSvg(sampleTimeline, defaultTheme);

  it('names the family that the raster package ships first', () => {
    expect(TIMELINE_FONT_FAMILY).toBe(FONT_FAMILY);
    expect(svg).toContain(`font-family="${FONT_FAMILY}, `);
  });

  it('has its labels drawn in the PNG (the label column, scaled from 900 to 1800 pixels)', async () => {
    const labels = { x: 20, y: 84, width: 570, height: 480 };
    const png = decodePng(await nodeRasterizer()(svg, 1800));
    expect(png.width).toBe(1800);
    expect(inkIn(png, labels)).toBeGreaterThan(2000);
  });
});
