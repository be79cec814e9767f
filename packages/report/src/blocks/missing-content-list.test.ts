import { describe, expect, it } from 'vitest';
import { childrenDocx } from '../test-support/children-docx.js';
import { defaultTheme } from '../theme/default-theme.js';
import { missingContentList } from './missing-content-list.js';

describe('missingContentList', () => {
  it('lists each error finding with its field path', async () => {
    const { text } = await childrenDocx(
      missingContentList(
        [
          {
            code: 'document/plan-van-aanpak/missing',
            severity: 'error',
            path: ['signatures'],
            message: { nl: 'De handtekeningen ontbreken.', en: 'Signatures are missing.' },
          },
        ],
        defaultTheme,
      ),
    );
    expect(text).toContain('Nog niet compleet');
    expect(text).toContain('De handtekeningen ontbreken. (signatures)');
  });
});
