import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { sampleTimeline } from '../test-support/sample-timeline.js';
import { defaultTheme } from '../theme/default-theme.js';
import { timelinePicture } from './timeline-picture.js';

describe('timelinePicture', () => {
  it('embeds the SVG with a PNG fallback, as wide as the text and in proportion', async () => {
    const { bytes, xml } = await childrenDocx([
      await timelinePicture(sampleTimeline, defaultTheme, nodeRasterizer()),
    ]);
    const media = Object.keys(unzipSync(bytes)).filter((p) => p.startsWith('word/media/'));
    expect(xml).toContain('asvg:svgBlip');
    expect(xml).toContain('descr="De mijlpalen van het dossier');
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml) ?? [];
    expect(Number(cx)).toBe(642 * 9525);
    expect(Number(cy) / Number(cx)).toBeGreaterThan(0.3);
    expect(media.filter((p) => p.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((p) => p.endsWith('.png'))).toHaveLength(1);
  });
});
