import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/default-theme.js';
import { stackedBarChartSvg } from './stacked-bar-chart-svg.js';

const SERIES = [
  { label: 'Op tijd', color: '2E7D32' },
  { label: 'Te laat', color: 'E65100' },
  { label: 'Ontbreekt', color: 'C62828' },
];

describe('stackedBarChartSvg', () => {
  it('splits each bar into the shares of its counts, with the total after it', () => {
    const { svg } = stackedBarChartSvg(
      [{ label: 'Probleemanalyse', counts: [3, 0, 1] }],
      SERIES,
      defaultTheme,
    );
    // 500 px of plot: 3 of 4 is 375 px from x 300, 1 of 4 is 125 px from x 675; no segment for 0.
    expect(svg).toContain('<rect x="300" y="18" width="375" height="22" fill="#2E7D32"');
    expect(svg).toContain('<rect x="675" y="18" width="125" height="22" fill="#C62828"');
    expect(svg).not.toMatch(/fill="#E65100" stroke/);
    expect(svg).toContain('>75%</text>');
    expect(svg).toContain('>25%</text>');
    expect(svg).toContain('>n = 4</text>');
    // The legend names every series.
    for (const { label } of SERIES) expect(svg).toContain(`>${label}</text>`);
  });

  it('leaves a share out of a segment too narrow for it, and marks a row without counts', () => {
    const { svg } = stackedBarChartSvg(
      [
        { label: 'Evaluaties', counts: [1, 0, 99] },
        { label: 'Eerstejaarsevaluatie', counts: [0, 0, 0] },
      ],
      SERIES,
      defaultTheme,
    );
    // 1 of 100 is 5 px: too narrow for "1%".
    expect(svg).not.toContain('>1%</text>');
    expect(svg).toContain('>99%</text>');
    expect(svg).toContain('>geen gegevens</text>');
  });
});
