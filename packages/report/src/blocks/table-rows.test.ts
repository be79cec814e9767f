import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { defaultTheme } from '../theme/default-theme.js';
import { dataTable } from './data-table.js';
import { fieldsTable } from './fields-table.js';
import { keepsWithNext, LONG_ROW } from './table-rows.js';

/** For each row of the first table: whether its paragraphs keep with the next, and whether it may split. */
const rowsOf = (xml: string) =>
  (xml.match(/<w:tr>.*?<\/w:tr>/g) ?? []).map((row) => ({
    keepNext: /<w:keepNext\/>/.test(row),
    cantSplit: /<w:cantSplit\/>/.test(row),
  }));

describe('table rows', () => {
  it('keeps the first row and the row before the last with their neighbour', () => {
    expect([0, 1, 2, 3, 4].map((i) => keepsWithNext(i, 5))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect([0, 1].map((i) => keepsWithNext(i, 2))).toEqual([true, false]);
    expect(keepsWithNext(0, 1)).toBe(false);
  });

  it('never leaves a single field of a key–value table at either end of a page', async () => {
    const { xml } = await childrenDocx([
      fieldsTable(
        [
          {
            title: 'Werknemer',
            fields: ['Naam', 'Adres', 'BSN', 'Functie', 'Uren'].map((l) => [l, 'x'] as const),
          },
        ],
        defaultTheme,
      ),
    ]);
    // Title with the first field; the first field with the second; the fourth with the fifth.
    expect(rowsOf(xml).map((r) => r.keepNext)).toEqual([true, true, false, false, true, false]);
    expect(rowsOf(xml).every((r) => r.cantSplit)).toBe(true);
  });

  it('keeps the header of a data table with its first row and the last two rows together', async () => {
    const { xml } = await childrenDocx([
      dataTable(
        [
          { header: 'Datum', weight: 1 },
          { header: 'Wat', weight: 3 },
        ],
        [
          ['1', 'a'],
          ['2', 'b'],
          ['3', 'c'],
          ['4', 'd'],
        ],
        defaultTheme,
      ),
    ]);
    expect(rowsOf(xml).map((r) => r.keepNext)).toEqual([true, false, false, true, false]);
  });

  it('lets a long row split over pages, so a 3,000-character value loses nothing', async () => {
    const long = 'x'.repeat(3000);
    const { xml, text } = await childrenDocx([
      fieldsTable(
        [
          {
            fields: [
              ['Kort', 'kort'],
              ['Lang', long],
            ],
          },
        ],
        defaultTheme,
      ),
    ]);
    expect(LONG_ROW).toBeLessThan(3000);
    expect(rowsOf(xml).map((r) => r.cantSplit)).toEqual([true, false]);
    expect(text).toContain(long);
  });
});
