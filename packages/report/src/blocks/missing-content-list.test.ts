import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { defaultTheme } from '../theme/default-theme.js';
import { missingContentList } from './missing-content-list.js';

describe('missingContentList', () => {
  it('lists each error finding with the Dutch name of its field, never the English path', async () => {
    const { text } = await childrenDocx(
      missingContentList(
        [
          {
            code: 'document/plan-van-aanpak/missing',
            severity: 'error',
            path: ['signatures'],
            message: { nl: 'De handtekeningen ontbreken.', en: 'Signatures are missing.' },
          },
          {
            code: 'document/plan-van-aanpak/missing-part',
            severity: 'error',
            path: ['functionalSummary', 'limitations'],
            message: { nl: 'Dit ontbreekt nog: de beperkingen.', en: 'Missing: the limitations.' },
          },
          {
            code: 'document/plan-van-aanpak/missing-part',
            severity: 'error',
            path: ['someNewField'],
            message: { nl: 'Iets ontbreekt.', en: 'Something is missing.' },
          },
        ],
        defaultTheme,
      ),
    );
    expect(text).toContain('Nog niet compleet');
    expect(text).toContain('De handtekeningen ontbreken. (Ondertekening)');
    expect(text).toContain(
      'Dit ontbreekt nog: de beperkingen. (Samenvatting probleemanalyse › Beperkingen)',
    );
    // A field without a Dutch name is not named at all rather than in English.
    expect(text).toMatch(/Iets ontbreekt\.\n/);
    expect(text).not.toMatch(/signatures|functionalSummary|someNewField/);
  });
});
