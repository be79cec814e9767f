import { type CaseInput, computeTimeline, INPUT_ISSUE_MESSAGES } from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { type Case, caseSchema } from './case-schema.js';
import { exampleCase, fullCase } from './case-test-fixtures.js';

const codes = (input: unknown): [(string | number)[], string][] => {
  const result = parseWith(caseSchema, input);
  return result.success ? [] : result.issues.map((i) => [i.path ?? [], i.code]);
};

describe('caseSchema', () => {
  it("is assignable to core's CaseInput (compile-time proof, checked by tsc)", () => {
    expectTypeOf<Case>().toExtend<CaseInput>();
    expectTypeOf<NonNullable<Case['employee']>>().not.toHaveProperty('diagnose');
  });

  it('accepts the full case file of contract.md §1 unchanged', () => {
    const input = fullCase();
    expect(caseSchema.parse(input)).toEqual(input);
  });

  it('accepts the example case file, which the engine then computes', () => {
    const parsed = caseSchema.parse(exampleCase());
    const timeline = computeTimeline(parsed, { asOf: '2025-09-01' });
    expect(timeline.firstSickDay).toBe('2025-01-06');
  });

  it('needs only one sick period; $schema is allowed for editors', () => {
    expect(codes({ sickPeriods: [{ start: '2025-01-06' }] })).toEqual([]);
    expect(
      codes({ $schema: './case.schema.json', sickPeriods: [{ start: '2025-01-06', end: null }] }),
    ).toEqual([]);
    expect(codes({})).toEqual([[['sickPeriods'], 'field/required']]);
    // Core's own check calls this periods/empty; zod's minimum (kept for the JSON Schema's
    // minItems) is reached first, so the schema reports the list as too small.
    const empty = parseWith(caseSchema, { sickPeriods: [] });
    expect(empty).toEqual({
      success: false,
      issues: [
        {
          code: 'field/too-small',
          path: ['sickPeriods'],
          message: {
            nl: `${INPUT_ISSUE_MESSAGES['field/too-small'].nl} Minstens 1 element.`,
            en: `${INPUT_ISSUE_MESSAGES['field/too-small'].en} At least 1 item.`,
          },
        },
      ],
    });
  });

  it('rejects an unknown key in every object of the case file', () => {
    const places: [(string | number)[], (c: ReturnType<typeof fullCase>) => object][] = [
      [[], (c) => c],
      [['employee'], (c) => c.employee],
      [['employer'], (c) => c.employer],
      [['bedrijfsarts'], (c) => c.bedrijfsarts],
      [['casemanager'], (c) => c.casemanager],
      [['sickPeriods', 0], (c) => c.sickPeriods[0] as object],
      [['leavePeriods', 0], (c) => c.leavePeriods[0] as object],
      [['events', 1], (c) => c.events[1] as object],
    ];
    for (const [path, at] of places) {
      const input = fullCase();
      Object.assign(at(input), { diagnose: 'griep' });
      expect(codes(input), path.join('.')).toEqual([[[...path, 'diagnose'], 'field/unknown']]);
    }
    // Under options an unknown key is an unknown option.
    for (const [path, at] of [
      [['options'], (c) => c.options],
      [['options', 'workingDays'], (c) => c.options.workingDays],
    ] as typeof places) {
      const input = fullCase();
      Object.assign(at(input), { diagnose: 'griep' });
      expect(codes(input), path.join('.')).toEqual([[[...path, 'diagnose'], 'option/unknown']]);
    }
  });

  it("reports core's checks across fields with their codes and paths", () => {
    const withPeriods = (sickPeriods: { start: string; end?: string }[]) => ({ sickPeriods });
    expect(
      codes(withPeriods([{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-02-20' }])),
    ).toEqual([[['sickPeriods', 1], 'period/overlap']]);
    expect(codes(withPeriods([{ start: '2025-03-10', end: '2025-03-01' }]))).toEqual([
      [['sickPeriods', 0, 'end'], 'period/end-before-start'],
    ]);
    expect(codes(withPeriods([{ start: '2025-01-06' }, { start: '2025-04-20' }]))).toEqual([
      [['sickPeriods', 0, 'end'], 'period/open-not-latest'],
    ]);
    const leave = fullCase();
    Object.assign(leave.leavePeriods[0] ?? {}, { start: '2025-02-01', end: '2025-05-01' });
    expect(codes(leave)).toEqual([[['leavePeriods', 0], 'leave/overlaps-sickness']]);
    const overlap = parseWith(
      caseSchema,
      withPeriods([{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-02-20' }]),
    );
    expect(overlap.success ? [] : overlap.issues.map((i) => i.message)).toEqual([
      INPUT_ISSUE_MESSAGES['period/overlap'],
    ]);
  });

  it('checks across fields only once the shape is right, so no problem is reported twice', () => {
    expect(
      codes({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }, { start: '2025-02-30' }] }),
    ).toEqual([[['sickPeriods', 1, 'start'], 'date/invalid']]);
  });
});
