import { describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/default-theme.js';
import { histogramSvg } from './histogram-svg.js';

const OPTIONS = {
  xLabel: 'Weken ten opzichte van de laatste startdatum',
  marker: { week: 0, label: 'laatste startdatum' },
};

describe('histogramSvg', () => {
  it('draws a column per week, before the marker in the done colour and after it in the overdue colour', () => {
    const { svg } = histogramSvg({ '-2': 1, '0': 2, '3': 1 }, defaultTheme, OPTIONS);
    const columns = [
      ...svg.matchAll(
        /<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#(\w+)"/g,
      ),
    ].map((m) => ({ x: Number(m[1]), height: Number(m[3]), fill: m[4] }));
    // Weeks -2 … 3 are 6 columns of 820 ÷ 6 = 136.7 px from x 60, each drawn from a tenth in:
    // week -2 at 60 + 13.7, week 0 at 60 + 2 × 136.7 + 13.7 = 347, week 3 at 60 + 5 × 136.7 + 13.7 = 757.
    // The tallest (2) is 180 px high.
    expect(columns).toEqual([
      { x: 73.7, height: 90, fill: defaultTheme.colors.status.done },
      { x: 347, height: 180, fill: defaultTheme.colors.status.done },
      { x: 757, height: 90, fill: defaultTheme.colors.status.overdue },
    ]);
    // The marker stands after week 0: 60 + 3 × 820 ÷ 6 = 470.
    expect(svg).toContain('<line x1="470" y1="26" x2="470" y2="214"');
    expect(svg).toContain('>laatste startdatum</text>');
    expect(svg).toContain(`>${OPTIONS.xLabel}</text>`);
  });

  it('thins the week labels of a wide range and says when there is nothing to draw', () => {
    const { svg } = histogramSvg({ '-40': 1, '10': 1 }, defaultTheme, OPTIONS);
    // 51 columns of about 16 px: every third week is labelled, from -40.
    const labels = [...svg.matchAll(/font-size="12" fill="#595959">(-?\d+)<\/text>/g)].map((m) =>
      Number(m[1]),
    );
    expect(labels.filter((w) => w < -30)).toEqual([-40, -37, -34, -31]);
    expect(histogramSvg({}, defaultTheme, OPTIONS).svg).toContain('>Geen gegevens</text>');
  });
});
