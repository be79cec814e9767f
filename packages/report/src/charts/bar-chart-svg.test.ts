import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/default-theme.js';
import { barChartSvg } from './bar-chart-svg.js';

const widths = (svg: string) =>
  [...svg.matchAll(/<rect x="300" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChartSvg', () => {
  it('scales the bars to the largest value and writes each label and value', () => {
    const { svg, width, height } = barChartSvg(
      [
        { label: 'Eerste ziektejaar', value: 1, display: '1 (25%)' },
        { label: 'Tweede ziektejaar', value: 3, display: '3 (75%)' },
        { label: 'Hersteld', value: 0, display: '0 (0%)' },
      ],
      defaultTheme,
    );
    // The plot runs from x 300 to 760 (460 px): 3 is a full bar, 1 a third of it.
    expect(widths(svg)).toEqual([153.3, 460, 0]);
    expect(svg).toContain('>Tweede ziektejaar</text>');
    expect(svg).toContain('>3 (75%)</text>');
    expect(width).toBe(900);
    // Three rows of 34 px from y 12, and 12 px below.
    expect(height).toBe(12 + 3 * 34 + 12);
  });

  it('scales shares to a given maximum and escapes markup in labels', () => {
    const { svg } = barChartSvg([{ label: 'A & <B>', value: 0.5, display: '50%' }], defaultTheme, {
      max: 1,
    });
    expect(widths(svg)).toEqual([230]);
    expect(svg).toContain('A &#38; &#60;B&#62;');
  });
});
