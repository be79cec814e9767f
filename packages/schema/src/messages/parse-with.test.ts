import { INPUT_ISSUE_MESSAGES, pathText, validateCaseInput } from '@poortwachter/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { caseSchema } from '../case/case-schema.js';
import { messageParams } from './message-params.js';
import { parseWith } from './parse-with.js';

describe('parseWith', () => {
  const schema = z.strictObject({
    list: z.array(z.strictObject({ when: z.iso.date() })),
    note: z.string().refine((s) => s !== 'x', { params: messageParams('text/blank') }),
    groups: z.record(z.string(), z.string()).optional(),
  });

  it('returns the data when valid', () => {
    expect(parseWith(schema, { list: [{ when: '2025-01-06' }], note: 'ok' })).toEqual({
      success: true,
      data: { list: [{ when: '2025-01-06' }], note: 'ok' },
    });
  });

  it('returns issues in the one shape: code, path as an array, message in both languages', () => {
    const result = parseWith(schema, { list: [{ when: '2025-01-06' }, { when: 5 }], note: 'x' });
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'field/type',
          path: ['list', 1, 'when'],
          message: {
            nl: 'Verkeerd soort waarde voor dit veld. Verwacht: tekst.',
            en: 'Wrong kind of value for this field. Expected: text.',
          },
        },
        { code: 'text/blank', path: ['note'], message: INPUT_ISSUE_MESSAGES['text/blank'] },
      ],
    });
  });

  it('gives the same code, path and words as core for the same problem', () => {
    const withCase = (extra: object) => ({ sickPeriods: [{ start: '2025-01-06' }], ...extra });
    const same: unknown[] = [
      withCase({ employee: { diagnose: 'x' } }),
      withCase({ '123456782': 'x' }),
      { sickPeriods: [{ start: '2025-01-06', klachten: 'x' }] },
      { sickPeriods: [{ start: '2025-02-30' }] },
      { sickPeriods: [{ start: '2025-01-01T14:50:48+01:00' }] },
      { sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] },
      { sickPeriods: [{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-02-20' }] },
      { sickPeriods: [{ start: '2025-01-06' }, { start: '2025-04-20' }] },
      {},
      [],
      withCase({ options: { weekendDeadlines: 'roll' } }),
      withCase({ options: { dueSoonDays: 'x' } }),
      withCase({ options: { dueSoonDays: 1.5 } }),
      withCase({ options: { dueSoonDays: -1 } }),
      withCase({ options: { weekendDeadline: 'unchanged' } }),
      withCase({ options: { workingDays: 5 } }),
      withCase({ options: { workingDays: { base: 'x', nonWorkingDays: ['2025-13-01'] } } }),
      withCase({ options: { spoor2: 5 } }),
      withCase({ options: { spoor2: { intakeWithinDays: -3, intakeDays: 1 } } }),
      withCase({ events: [{ type: 'ontslag', date: '2025-02-01' }] }),
      withCase({ events: [{ date: '2025-02-01' }] }),
      withCase({ events: [{ type: 'evaluatie', date: '2025-02-01', weeks: 3 }] }),
      withCase({ events: [{ type: 'loonsanctie', date: '2025-02-01', weeks: 53 }] }),
      withCase({ events: [{ type: 'loonsanctie', date: '2025-02-01', weeks: 0 }] }),
      withCase({ events: [{ type: 'loonsanctie', date: '2025-02-01', weeks: 2.5 }] }),
      withCase({ leavePeriods: [{ kind: 'ouderschapsverlof', start: '2025-05-01' }] }),
      withCase({ spoor2: { referral: '2025-02-10', intake: '2025-02-01' } }),
      withCase({ spoor2: {} }),
    ];
    for (const input of same) {
      const fromSchema = parseWith(caseSchema, input);
      expect(fromSchema.success ? [] : fromSchema.issues, JSON.stringify(input)).toEqual(
        validateCaseInput(input),
      );
    }
    // A value of the wrong kind: the same code and path; the schema adds what it expects.
    const wrongKind = withCase({ groups: { '123456782': 5 }, employee: 5, leavePeriods: 'x' });
    const fromSchema = parseWith(caseSchema, wrongKind);
    const fromCore = validateCaseInput(wrongKind);
    expect(fromSchema.success ? [] : fromSchema.issues.map((i) => [i.code, i.path])).toEqual(
      fromCore.map((i) => [i.code, i.path]),
    );
    expect(fromSchema.success ? [] : fromSchema.issues.map((i) => i.message.en)).toEqual([
      `${INPUT_ISSUE_MESSAGES['field/type'].en} Expected: text.`,
      `${INPUT_ISSUE_MESSAGES['field/type'].en} Expected: an object { … }.`,
      `${INPUT_ISSUE_MESSAGES['field/type'].en} Expected: a list [ … ].`,
    ]);
  });

  it('writes a key that is not a plain name as … in a path, an unknown key or a record key', () => {
    const result = parseWith(schema, {
      list: [{ when: '2025-01-06' }],
      note: 'ok',
      groups: { '123456782': 5, afdeling: 6 },
      'Hernia links': 1,
    });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['field/type', ['groups', '…']],
      ['field/type', ['groups', 'afdeling']],
      ['field/unknown', ['…']],
    ]);
  });

  it('keeps every input value out of the issues, whatever is put where', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8}$/), fc.string({ minLength: 4 }), (bsn, text) => {
        const secret = `geheim-${bsn}`;
        const inputs = [
          { list: [{ when: secret }], note: 'x', [bsn]: secret },
          { list: secret, note: Number(bsn), groups: { [bsn]: 1, [text]: 2 } },
          { list: [{ when: `${bsn.slice(0, 4)}-01-01T${text}` }], note: bsn },
          [bsn, text],
        ];
        for (const input of inputs) {
          const result = parseWith(schema, input);
          expect(result.success).toBe(false);
          const out = JSON.stringify(result);
          expect(out).not.toContain(bsn);
          expect(out).not.toContain('geheim');
          for (const issue of result.success ? [] : result.issues)
            expect(pathText(issue.path ?? [])).not.toContain(bsn);
        }
      }),
      { numRuns: 200 },
    );
  });
});
