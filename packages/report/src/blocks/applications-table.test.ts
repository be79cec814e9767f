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
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows what the log leaves out as a dash', async () => {
    const { text } = await childrenDocx([
      applicationsTable([{ date: '2025-05-12', result: 'geen-reactie' }], defaultTheme),
    ]);
    expect(text).toMatch(/12 mei 2025\s*—\s*—\s*—\s*Geen reactie/);
  });

  it('says there were none, in its own words when given', async () => {
    const empty = await childrenDocx([applicationsTable([], defaultTheme)]);
    expect(empty.text).toContain('Geen sollicitaties in deze periode.');
    const own = await childrenDocx([applicationsTable([], defaultTheme, 'Geen sollicitaties.')]);
    expect(own.text).toContain('Geen sollicitaties.');
  });
});
