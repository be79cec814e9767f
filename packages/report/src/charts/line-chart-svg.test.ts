import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/default-theme.js';
import { lineChartSvg } from './line-chart-svg.js';

describe('lineChartSvg', () => {
  it('joins neighbouring points and breaks the line at a period without a value', () => {
    const { svg } = lineChartSvg(
      ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'],
      [{ label: 'Probleemanalyse op tijd', color: '2E7D32', values: [0, 0.5, null, 1] }],
      defaultTheme,
    );
    // 800 px for 4 periods: points at 170, 370, 570, 770; 0% at y 216, 100% at y 16.
    expect([...svg.matchAll(/<polyline points="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '170,216 370,116',
    ]);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('<circle cx="770" cy="16"');
    for (const label of ['2024-Q1', '2024-Q4', '100%', 'Probleemanalyse op tijd'])
      expect(svg).toContain(`>${label}</text>`);
  });

  it('says when there is nothing to draw', () => {
    expect(lineChartSvg([], [], defaultTheme).svg).toContain('>Geen gegevens</text>');
  });
});
