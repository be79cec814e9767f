import {
  CASE_EVENT_TYPES,
  formatIssue,
  INPUT_ISSUE_MESSAGES,
  type InputIssueCode,
  type Lang,
  type LocalizedText,
  pathText,
} from '@poortwachter/core';
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

  it('reports each invalid input of the command line with its code and path, in Dutch and English', () => {
    const eventTypes = CASE_EVENT_TYPES.map((e) => e.type).join(', ');
    const cases: [unknown, InputIssueCode, (string | number)[], LocalizedText?][] = [
      [withSickPeriods([{ start: '2025-02-30' }]), 'date/invalid', ['sickPeriods', 0, 'start']],
      [withSickPeriods([{ start: '06-01-2025' }]), 'date/invalid', ['sickPeriods', 0, 'start']],
      [
        withSickPeriods([{ start: '2025-01-06T09:00:00+01:00' }]),
        'date/has-time',
        ['sickPeriods', 0, 'start'],
      ],
      [
        withSickPeriods([]),
        'field/too-small',
        ['sickPeriods'],
        { nl: 'Minstens 1 element.', en: 'At least 1 item.' },
      ],
      [{}, 'field/required', ['sickPeriods']],
      [
        withSickPeriods([{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-02-20' }]),
        'period/overlap',
        ['sickPeriods', 1],
      ],
      [
        withSickPeriods([{ start: '2025-03-10', end: '2025-03-01' }]),
        'period/end-before-start',
        ['sickPeriods', 0, 'end'],
      ],
      [
        withSickPeriods([{ start: '2025-01-06' }, { start: '2025-04-20' }]),
        'period/open-not-latest',
        ['sickPeriods', 0, 'end'],
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), employee: { diagnose: 'hernia' } },
        'field/unknown',
        ['employee', 'diagnose'],
      ],
      [
        {
          ...withSickPeriods([{ start: '2025-01-06' }]),
          events: [{ type: 'ontslag', date: '2025-02-01' }],
        },
        'field/choice',
        ['events', 0, 'type'],
        { nl: `Kies één van: ${eventTypes}.`, en: `Choose one of: ${eventTypes}.` },
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), employee: { bsn: '123456789' } },
        'bsn/checksum',
        ['employee', 'bsn'],
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), employee: { bsn: '000000000' } },
        'bsn/zero',
        ['employee', 'bsn'],
      ],
      [
        { ...withSickPeriods([{ start: '2025-01-06' }]), options: { dueSoonDays: 'x' } },
        'option/invalid',
        ['options', 'dueSoonDays'],
      ],
      [[withSickPeriods([{ start: '2025-01-06' }])], 'field/not-object', []],
    ];
    for (const [input, code, path, detail] of cases) {
      const result = parseCase(input);
      expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
        [code, path],
      ]);
      for (const lang of ['nl', 'en'] as const) {
        const words = detail
          ? `${INPUT_ISSUE_MESSAGES[code][lang]} ${detail[lang]}`
          : INPUT_ISSUE_MESSAGES[code][lang];
        const where = pathText(path);
        expect(lines(input, lang)).toEqual([where === '' ? words : `${where}: ${words}`]);
      }
    }
    // One line in full, as the command line prints it.
    expect(lines(withSickPeriods([{ start: '2025-03-10', end: '2025-03-01' }]))).toEqual([
      'sickPeriods[0].end: De einddatum ligt vóór de begindatum.',
    ]);
    expect(lines(withSickPeriods([{ start: '2025-03-10', end: '2025-03-01' }]), 'en')).toEqual([
      'sickPeriods[0].end: The end date is before the start date.',
    ]);
  });

  it('reports every problem of a file at once, one line each', () => {
    const input = fullCase();
    Object.assign(input.employee, { bsn: '000000000', hoursPerWeek: 0 });
    Object.assign(input.casemanager, { email: 'geen-adres' });
    input.events.push(
      { type: 'spoor-2-niet-nodig', date: '2025-11-01', ground: 'geen-benutbare-mogelijkheden' },
      { type: 'loonsanctie', date: '2026-01-01', weeks: 60 },
    );
    const result = parseCase(input);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['bsn/zero', ['employee', 'bsn']],
      ['field/too-small', ['employee', 'hoursPerWeek']],
      ['field/format', ['casemanager', 'email']],
      ['field/required', ['events', 2, 'motivation']],
      ['field/too-big', ['events', 3, 'weeks']],
    ]);
    expect(lines(input, 'en')).toEqual([
      'employee.bsn: A citizen service number (BSN) cannot consist of zeros only.',
      'employee.hoursPerWeek: This value is too small. More than 0.',
      'casemanager.email: This value does not have the right form.',
      'events[2].motivation: This field is required.',
      'events[3].weeks: This value is too big. At most 52.',
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
            const text = result.success
              ? ''
              : result.issues.map((i) => formatIssue(i, lang)).join('\n');
            expect(text).not.toContain(bsn.slice(0, 8));
            expect(text.toLowerCase()).not.toContain('hernia');
            // Nor in the issues themselves (the paths a script reads with --format json).
            const json = JSON.stringify(result);
            expect(json).not.toContain(bsn.slice(0, 8));
            expect(json.toLowerCase()).not.toContain('hernia');
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
