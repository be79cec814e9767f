import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { defaultTheme } from '../theme/default-theme.js';
import { dataTable } from './data-table.js';

describe('dataTable', () => {
  const columns = [
    { header: 'Datum', weight: 1 },
    { header: 'Omschrijving', weight: 3 },
  ];

  it('writes explicit DXA widths for the grid and every cell', async () => {
    const { xml } = await childrenDocx([
      dataTable(columns, [['1 mei 2025', 'Gesprek']], defaultTheme),
    ]);
    expect(xml).toContain('<w:gridCol w:w="2409"/><w:gridCol w:w="7229"/>');
    expect(xml.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)).toHaveLength(4);
    expect(xml).not.toMatch(/<w:tcW w:type="(auto|pct)"/);
  });

  it('repeats the header row on every page and never splits a row', async () => {
    const { xml } = await childrenDocx([
      dataTable(
        columns,
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        defaultTheme,
      ),
    ]);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(3);
  });

  it('shows one spanning row with the empty text for an empty list', async () => {
    const { xml, text } = await childrenDocx([
      dataTable(columns, [], defaultTheme, 'Geen sollicitaties.'),
    ]);
    expect(text).toContain('Geen sollicitaties.');
    expect(xml).toContain('<w:gridSpan w:val="2"/>');
  });

  it('shows an empty cell as a dash and keeps line breaks', async () => {
    const { xml, text } = await childrenDocx([
      dataTable(columns, [['', 'regel 1\nregel 2']], defaultTheme),
    ]);
    expect(text).toContain('—');
    expect(xml).toContain('<w:br/>');
  });
});
