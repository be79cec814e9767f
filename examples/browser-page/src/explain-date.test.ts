import { readFileSync } from 'node:fs';
import { parseCase } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { explainDate } from './explain-date.js';

const parsed = parseCase(
  JSON.parse(readFileSync(new URL('../../case.json', import.meta.url), 'utf8')),
);
if (!parsed.success) throw new Error('examples/case.json is a valid case');
// Sick 6 January – 1 March 2025 (55 sick days), recovered 2 – 19 March (18 days), sick again
// from 20 March (sick day 56).
const exampleCase = parsed.data;

describe('explainDate', () => {
  it('gives the sick day and week of a sick day, and the days that did not count', () => {
    // 12 August: 20 March + 145 days, so sick day 56 + 145 = 201, in week ⌈201 / 7⌉ = 29.
    // 6 January to 12 August is 219 days; 219 − 201 = the 18 days of recovery.
    expect(explainDate(exampleCase, '2025-08-12')).toBe(
      'Dinsdag 12 augustus 2025 is ziektedag 201 (week 29). 18 dagen van herstel of verlof ervoor tellen niet mee.',
    );
    expect(explainDate(exampleCase, '2025-01-06')).toBe(
      'Maandag 6 januari 2025 is ziektedag 1 (week 1).',
    );
  });

  it('says a day of recovery does not count, and how many sick days came before it', () => {
    expect(explainDate(exampleCase, '2025-03-10')).toBe(
      'Op maandag 10 maart 2025 is de werknemer hersteld: deze dag telt niet als ziektedag. Tot en met deze dag zijn er 55 ziektedagen.',
    );
  });

  it('says a day of leave does not count', () => {
    const withLeave = {
      ...exampleCase,
      sickPeriods: [{ start: '2025-01-06', end: '2025-03-31' }, { start: '2025-07-21' }],
      leavePeriods: [
        {
          kind: 'zwangerschaps-en-bevallingsverlof' as const,
          start: '2025-04-01',
          end: '2025-07-20',
        },
      ],
    };
    expect(explainDate(withLeave, '2025-05-01')).toMatch(
      /^Op donderdag 1 mei 2025 heeft de werknemer zwangerschaps- en bevallingsverlof: deze dag telt niet als ziektedag\./,
    );
  });

  it('places a day before the first sick day', () => {
    expect(explainDate(exampleCase, '2024-12-24')).toBe(
      'Dinsdag 24 december 2024 ligt vóór de eerste ziektedag (6 januari 2025): de termijnen tellen vanaf die dag.',
    );
  });
});
