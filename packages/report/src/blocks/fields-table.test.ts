import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { defaultTheme } from '../theme/default-theme.js';
import { fieldsTable } from './fields-table.js';

const groups = [
  {
    title: 'Traject',
    fields: [
      ['Aanmelding', '3 maart 2025'],
      ['Intake', undefined],
      ['Bedrijf', 'Voorbeeld'],
    ] as const,
  },
];

describe('fieldsTable', () => {
  it('writes a title row and one label–value row per field, a missing value as a dash', async () => {
    const { xml, text } = await childrenDocx([fieldsTable(groups, defaultTheme)]);
    expect(xml.match(/<w:tr>/g)).toHaveLength(4);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(2);
    expect(text).toContain('Aanmelding');
    expect(text).toContain('3 maart 2025');
    expect(text).toContain('—');
  });

  it('puts two pairs side by side, the odd last field spanning the rest of its row', async () => {
    const { xml } = await childrenDocx([fieldsTable(groups, defaultTheme, 2)]);
    expect(xml.match(/<w:tr>/g)).toHaveLength(3);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(4);
    expect(xml).toContain('<w:gridSpan w:val="4"/>');
    expect(xml).toContain('<w:gridSpan w:val="3"/>');
  });
});
