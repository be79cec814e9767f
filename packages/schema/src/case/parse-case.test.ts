import { formatIssue, type Lang } from '@poortwachter/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../bsn/is-valid-bsn.js';
import { exampleCase, fullCase } from './case-test-fixtures.js';
import { parseCase } from './parse-case.js';

const lines = (input: unknown, lang: Lang = 'nl'): string[] => {
  const result = parseCase(input);
  return result.success ? [] : result.issues.map((i) => formatIssue(i, lang));
};

/** The same number with its last digit changed when it passes the elfproef, so that it fails. */
const failingElfproef = (bsn: string): string =>
  isValidBsn(bsn) ? `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}` : bsn;

const withSickPeriods = (sickPeriods: unknown) => ({ sickPeriods });

describe('parseCase', () => {
  it('returns the typed case for a valid file', () => {
    const result = parseCase(exampleCase());
    expect(result.success).toBe(true);
    expect(result.success && result.data.employee?.name).toBe('Jan de Vries');
  });

  it('reports each invalid input of the command line with its path, in Dutch and English', () => {
    const cases: [unknown, string, string][] = [
      [
        withSickPeriods([{ start: '2025-02-30' }]),
        'sickPeriods[0].start: Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
        'sickPeriods[0].start: This is not an existing date in the form YYYY-MM-DD.',
      ],
      [
        withSickPeriods([{ start: '06-01-2025' }]),
        'sickPeriods[0].start: Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
        'sickPeriods[0].start: This is not an existing date in the form YYYY-MM-DD.',
      ],
      [
        withSickPeriods([]),
        'sickPeriods: Deze lijst moet minstens 1 element bevatten.',
        'sickPeriods: This list must contain at least 1 item.',
      ],
      [{}, 'sickPeriods: Dit veld is verplicht.', 'sickPeriods: This field is required.'],
      [
        withSickPeriods([{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-02-20' }]),
        'sickPeriods[1]: Deze ziekteperiode overlapt met een andere ziekteperiode.',
        'sickPeriods[1]: This sick period overlaps another sick period.',
      ],
      [
        withSickPeriods([{ start: '2025-03-10', end: '2025-03-01' }]),
        'sickPeriods[0].end: De einddatum ligt vóór de begindatum.',
        'sickPeriods[0].end: The end date is before the start date.',
      ],
      [
        withSickPeriods([{ start: '2025-01-06' }, { start: '2025-04-20' }]),
        'sickPeriods[0].end: Alleen de laatste ziekteperiode mag open zijn (zonder einddatum).',
        'sickPeriods[0].end: Only the latest sick period may be open (without an end date).',
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), employee: { diagnose: 'hernia' } },
        'employee: Onbekend veld "diagnose": verwijder het of controleer de spelling.',
        'employee: Unknown field "diagnose": remove it or check the spelling.',
      ],
      [
        {
          ...withSickPeriods([{ start: '2025-01-06' }]),
          events: [{ type: 'ontslag', date: '2025-02-01' }],
        },
        'events[0].type: Onbekende waarde van "type". Kies één van: ziekmelding-bedrijfsarts, probleemanalyse, plan-van-aanpak, evaluatie, ziekmelding-uwv, eerstejaarsevaluatie, start-spoor-2, spoor-2-niet-nodig, vervroegde-iva-aanvraag, actueel-oordeel, eindevaluatie, wia-aanvraag, vrijwillige-verlenging, loonsanctie, bekortingsbesluit, einde-dienstverband.',
        'events[0].type: Unknown value of "type". Choose one of: ziekmelding-bedrijfsarts, probleemanalyse, plan-van-aanpak, evaluatie, ziekmelding-uwv, eerstejaarsevaluatie, start-spoor-2, spoor-2-niet-nodig, vervroegde-iva-aanvraag, actueel-oordeel, eindevaluatie, wia-aanvraag, vrijwillige-verlenging, loonsanctie, bekortingsbesluit, einde-dienstverband.',
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), employee: { bsn: '123456789' } },
        'employee.bsn: Dit is geen geldig burgerservicenummer: het doorstaat de elfproef niet.',
        'employee.bsn: This is not a valid citizen service number (BSN): it fails the eleven test (elfproef).',
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), employee: { bsn: '000000000' } },
        'employee.bsn: Een burgerservicenummer kan niet uit alleen nullen bestaan.',
        'employee.bsn: A citizen service number (BSN) cannot consist of zeros only.',
      ],
      [
        [withSickPeriods([{ start: '2025-01-06' }])],
        'De invoer moet een JSON-object zijn: { … }.',
        'The input must be a JSON object: { … }.',
      ],
    ];
    for (const [input, nl, en] of cases) {
      expect(lines(input), nl).toEqual([nl]);
      expect(lines(input, 'en'), en).toEqual([en]);
    }
  });

  it('reports every problem of a file at once, one line each', () => {
    const input = fullCase();
    Object.assign(input.employee, { bsn: '000000000', hoursPerWeek: 0 });
    Object.assign(input.casemanager, { email: 'geen-adres' });
    input.events.push(
      { type: 'spoor-2-niet-nodig', date: '2025-11-01', ground: 'geen-benutbare-mogelijkheden' },
      { type: 'loonsanctie', date: '2026-01-01', weeks: 60 },
    );
    expect(lines(input, 'en')).toEqual([
      'employee.bsn: A citizen service number (BSN) cannot consist of zeros only.',
      'employee.hoursPerWeek: This number must be greater than 0.',
      'casemanager.email: This is not a valid e-mail address.',
      'events[2].motivation: This field is required.',
      'events[3].weeks: This number must be at most 52.',
    ]);
  });

  it('never echoes a BSN or a diagnosis, wherever they are put', () => {
    const diagnosis = 'Hernia-met-uitstraling';
    const misplaced = (bsn: string): unknown[] => [
      { sickPeriods: [{ start: bsn }] },
      { sickPeriods: [{ start: '2025-01-06', end: diagnosis }] },
      { sickPeriods: [{ start: '2025-01-06' }], employee: { bsn: failingElfproef(bsn) } },
      { sickPeriods: [{ start: '2025-01-06' }], employee: { bsn: Number(bsn) } },
      { sickPeriods: [{ start: '2025-01-06' }], employee: { name: 42, diagnose: diagnosis } },
      { sickPeriods: [{ start: '2025-01-06' }], employer: { loonheffingennummer: bsn } },
      { sickPeriods: [{ start: '2025-01-06' }], groups: { [bsn]: 1, afdeling: diagnosis.length } },
      { sickPeriods: [{ start: '2025-01-06' }], [bsn]: diagnosis },
      { sickPeriods: [{ start: '2025-01-06' }], events: [{ type: diagnosis, date: bsn }] },
      {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [{ type: 'evaluatie', date: '2025-02-01', motivation: 7, bsn }],
      },
      {
        sickPeriods: [{ start: '2025-01-06' }],
        options: { dueSoonDays: bsn, probleemanalyseDeadline: diagnosis },
      },
      { sickPeriods: diagnosis, employee: bsn },
      bsn,
      [diagnosis, bsn],
    ];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{8}$/),
        fc.constantFrom<Lang>('nl', 'en'),
        (bsn, lang) => {
          for (const input of misplaced(bsn)) {
            const result = parseCase(input);
            expect(result.success).toBe(false);
            const text = result.success ? '' : result.issues.map((i) => formatIssue(i, lang)).join('\n');
            expect(text).not.toContain(bsn.slice(0, 8));
            expect(text.toLowerCase()).not.toContain('hernia');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
