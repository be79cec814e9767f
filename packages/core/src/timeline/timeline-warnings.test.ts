import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import { WARNING_RULES } from '../findings/warning-rules.js';
import type { CaseInput } from '../types.js';
import { timelineWarnings } from './timeline-warnings.js';

const NONE = { olderThan: null, aowWagePeriodWeeks: null, aowDuring: null };
const ctx = (input: Partial<CaseInput> = {}) =>
  createCaseContext({ sickPeriods: [{ start: '2025-01-06' }], ...input }, { asOf: '2025-06-01' });
const codes = (input: Partial<CaseInput>, facts = NONE) =>
  timelineWarnings(ctx(input), facts).map((w) => w.code);

describe('timelineWarnings', () => {
  it('gives none for an ordinary case', () => {
    expect(timelineWarnings(ctx(), NONE)).toEqual([]);
  });

  it('turns the facts of the timeline into warnings with their messages, in table order', () => {
    const w = timelineWarnings(ctx(), {
      olderThan: '2014-01-01',
      aowWagePeriodWeeks: 6,
      aowDuring: toDayNumber('2025-12-01'),
    });
    expect(w).toEqual([
      {
        code: 'rules/version',
        message: WARNING_RULES['rules/version'].message({ day: toDayNumber('2014-01-01') }),
      },
      { code: 'aow/at-start', message: WARNING_RULES['aow/at-start'].message({ weeks: 6 }) },
      {
        code: 'aow/during-case',
        message: WARNING_RULES['aow/during-case'].message({ day: toDayNumber('2025-12-01') }),
      },
    ]);
    expect(w[0]?.message.nl).toContain('vóór 1 januari 2014');
  });

  it('warns when the AOW date is unknown', () => {
    // Born 1 January 1975 and sick from 6 April 2038: the earliest AOW date (1 April 2042) lies
    // within the case plus a year.
    const unknown = createCaseContext(
      { sickPeriods: [{ start: '2038-04-06' }], employee: { dateOfBirth: '1975-01-01' } },
      { asOf: '2038-04-06' },
    );
    expect(timelineWarnings(unknown, NONE).map((w) => w.code)).toEqual(['aow/unknown']);
  });

  it('warns once about any vrijwillige verlenging shorter than 13 weeks', () => {
    const verlenging = (weeks: number) => ({
      type: 'vrijwillige-verlenging' as const,
      date: '2026-06-01',
      weeks,
    });
    expect(codes({ events: [verlenging(13)] })).toEqual([]);
    expect(codes({ events: [verlenging(12)] })).toEqual(['vrijwillige-verlenging/short']);
    expect(codes({ events: [verlenging(20), verlenging(4), verlenging(2)] })).toEqual([
      'vrijwillige-verlenging/short',
    ]);
  });
});
