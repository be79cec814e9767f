import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { defaultTheme } from '../theme/default-theme.js';
import { applicationsTable } from './applications-table.js';

describe('applicationsTable', () => {
  it('shows date, employer, function, channel and result in Dutch', async () => {
    const { text } = await childrenDocx([
      applicationsTable(
        [
          {
            date: '2025-05-12',
            employer: 'Gemeente Voorbeeld',
            function: 'Medewerker klantcontact',
            channel: 'vacaturesite',
            result: 'uitgenodigd',
            note: 'Gesprek op 20 mei',
          },
        ],
        defaultTheme,
      ),
    ]);
    for (const expected of [
      '12 mei 2025',
      'Gemeente Voorbeeld',
      'Medewerker klantcontact',
      'Vacaturesite',
      'Uitgenodigd voor gesprek',
      'Gesprek op 20 mei',
    ]) {
      expect(text).toContain(expected);
    }
    // The result and its note are two paragraphs of the cell, the note labelled.
    expect(text).toContain('Uitgenodigd voor gesprek\n\nToelichting: Gesprek op 20 mei');
  });

  it('says there were none in an empty period', async () => {
    const { text } = await childrenDocx([applicationsTable([], defaultTheme)]);
    expect(text).toContain('Geen sollicitaties in deze periode.');
  });
});
