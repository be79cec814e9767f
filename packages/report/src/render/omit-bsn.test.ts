import { PoortwachterError } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { INTERNAL_COPY } from '../blocks/administrative-data-table.js';
import { renderedFixture } from '../test-support/rendered-fixture.js';

describe('renderDocument with omitBsn (an internal copy)', () => {
  it('carries the BSN by default, in the header and the administrative data', async () => {
    const { text, header } = await renderedFixture('01-plan-van-aanpak.json');
    expect(header).toContain('BSN 123456782');
    expect(text).toContain('123456782');
  });

  it('leaves the BSN out of a plan van aanpak for a team leader, and says so', async () => {
    const { text, header, parts } = await renderedFixture('01-plan-van-aanpak.json', undefined, {
      omitBsn: true,
    });
    expect(Object.values(parts).join('')).not.toContain('123456782');
    expect(header).toContain(INTERNAL_COPY);
    expect(text).toContain(`BSN\n\n${INTERNAL_COPY}`);
  });

  it('does not refuse an internal copy for a missing BSN', async () => {
    // The case inline, without a BSN (and without what only a plan van aanpak needs).
    const inline = (raw: Record<string, unknown>) => {
      raw.case = {
        sickPeriods: [{ start: '2024-02-05' }],
        employee: { name: 'Sanne Verhoeven' },
        employer: { name: 'Voorbeeld Logistiek B.V.' },
      };
    };
    await expect(renderedFixture('02-bijstelling.json', inline)).rejects.toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({ code: 'document/bijstelling/missing-bsn' }),
      ]),
    });
    const { header } = await renderedFixture('02-bijstelling.json', inline, { omitBsn: true });
    expect(header).toContain(INTERNAL_COPY);
  });

  it('never leaves it out of a re-integratieverslag, which goes to UWV', async () => {
    const refused = renderedFixture('07-re-integratieverslag.json', undefined, { omitBsn: true });
    await expect(refused).rejects.toBeInstanceOf(PoortwachterError);
    await expect(refused).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'option/invalid', path: ['omitBsn'] })],
    });
  });
});
