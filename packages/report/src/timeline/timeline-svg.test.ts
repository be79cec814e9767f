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
    expect(svg.match(/<path d="M/g)?.length).toBe(4 + 1);
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
