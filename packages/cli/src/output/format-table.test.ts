import { describe, expect, it } from 'vitest';
import { createPainter } from './create-painter.js';
import { formatTable } from './format-table.js';

describe('formatTable', () => {
  it('pads columns to the widest cell, with no trailing spaces', () => {
    expect(
      formatTable(
        ['A', 'Status'],
        [
          [{ text: 'lang label' }, { text: 'x' }],
          [{ text: 'b' }, { text: '' }],
        ],
        createPainter(false),
      ),
    ).toEqual(['A           Status', '----------  ------', 'lang label  x', 'b']);
  });

  it('keeps coloured cells aligned by measuring the text, not the escape codes', () => {
    const lines = formatTable(
      ['Status', 'Datum'],
      [[{ text: 'te laat', style: 'red' }, { text: '1 mei' }]],
      createPainter(true),
    );
    expect(lines[2]).toBe('\u001b[31mte laat\u001b[39m  1 mei');
  });
});
