import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { sampleTimeline } from '../test-support/sample-timeline.js';
import { defaultTheme } from '../theme/default-theme.js';
import { milestoneTable } from './milestone-table.js';

describe('milestoneTable', () => {
  it('lists milestones with due date, window, event date and a coloured Dutch status', async () => {
    const { text, xml } = await childrenDocx([
      milestoneTable(sampleTimeline.milestones, defaultTheme),
    ]);
    expect(text).toContain('Probleemanalyse');
    expect(text).toContain('16 februari 2025');
    expect(text).toContain('14 februari 2025');
    expect(text).toContain('17 november 2025 –');
    expect(text).toContain('verlopen');
    expect(text).toContain('te laat gedaan');
    expect(xml).toContain(`<w:color w:val="${defaultTheme.colors.status.overdue}"/>`);
  });
});
