import { daysBetween } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { sampleTimeline } from '../test-support/sample-timeline.js';
import { defaultTheme } from '../theme/default-theme.js';
import { timelineSvg } from './timeline-svg.js';

describe('timelineSvg', () => {
  const { svg, width, height } = timelineSvg(sampleTimeline, defaultTheme);

  it('draws one row per milestone, evaluations sharing one', () => {
    expect(svg).toContain('>Probleemanalyse</text>');
    expect(svg).toContain('>Evaluaties plan van aanpak</text>');
    expect(svg).not.toContain('>Evaluatie 1<');
    expect(svg.match(/<circle [^>]*r="6.5"/g)).toHaveLength(10);
  });

  it('colours markers by status and marks recorded events', () => {
    expect(svg).toContain(`fill="#${defaultTheme.colors.status.overdue}"`);
    expect(svg).toContain(`fill="#${defaultTheme.colors.status.late}"`);
    // One deadline bar for each of the 4 milestones carried out, and one in the legend.
    expect(svg.match(/<rect [^>]*width="3" height="16"/g)).toHaveLength(4 + 1);
  });

  it('puts the dot of a milestone carried out on the day it was done, never after the as-of date', () => {
    // The axis runs from the first sick day (6 January 2025, x = 306) to the end of the waiting
    // period (3 January 2027, 727 days later, x = 885): x = 306 + days / 727 × 579, to 0.1.
    const x = (date: string) =>
      Math.round((306 + (daysBetween('2025-01-06', date) / 727) * 579) * 10) / 10;
    const circles = [
      ...svg.matchAll(/<circle cx="([\d.]+)" cy="[\d.]+" r="6.5" fill="#(\w+)"/g),
    ].map((m) => ({ cx: Number(m[1]), fill: m[2] }));
    const { done, late } = defaultTheme.colors.status;
    // Plan van aanpak: due 28 February 2025 (53 days: x = 348.2), done late on 10 March (63 days:
    // x = 356.2): the dot at 356.2 in the late colour, the bar at the deadline.
    expect(x('2025-03-10')).toBe(356.2);
    expect(circles).toContainEqual({ cx: 356.2, fill: late });
    expect(circles.some((c) => c.cx === x('2025-02-28'))).toBe(false);
    expect(svg).toContain(`<rect x="${x('2025-02-28') - 1.5}" `);
    const asOf = x(sampleTimeline.asOf);
    const carriedOut = circles.filter((c) => c.fill === done || c.fill === late);
    expect(carriedOut).toHaveLength(4);
    for (const c of carriedOut) expect(c.cx).toBeLessThanOrEqual(asOf);
  });

  it('has a legend that says what each marker is', () => {
    for (const text of [
      'Uitgevoerd, stip op de datum van uitvoering:',
      'Niet uitgevoerd, stip op de uiterste datum:',
      '>gedaan<',
      '>te laat gedaan<',
      '>uiterste datum<',
      '>verlopen<',
      '>gepland<',
      '>venster<',
    ])
      expect(svg).toContain(text);
  });

  it('draws the as-of line and a Dutch date label', () => {
    expect(svg).toContain('Peildatum 1 september 2025');
    expect(svg).toMatch(/stroke-dasharray/);
  });

  it('starts the axis at the first sick day and ends at the end of the waiting period', () => {
    const firstCircle = /<circle cx="([\d.]+)"/.exec(svg)?.[1];
    expect(Number(firstCircle)).toBeGreaterThanOrEqual(306);
    expect(svg).toContain('>jan. 26</text>');
    expect(width).toBe(900);
    expect(height).toBeGreaterThan(300);
  });

  it('escapes text from the timeline', () => {
    const hostile = {
      ...sampleTimeline,
      milestones: sampleTimeline.milestones.map((m) => ({
        ...m,
        label: { nl: '<b>&"x"</b>', en: '' },
      })),
    };
    expect(timelineSvg(hostile, defaultTheme).svg).toContain(
      '&#60;b&#62;&#38;&#34;x&#34;&#60;/b&#62;',
    );
  });
});
