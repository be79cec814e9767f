import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { createCaseContext } from '../case/case-context.js';
import { resolveOptions } from '../options/resolve-options.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { ComputeOptions } from '../types.js';
import { anchorFor, rolledDue, ruleDate, variantFor } from './rule-date.js';

const rule = (id: string): MilestoneRule => MILESTONE_RULES.find((r) => r.id === id)!;
const iso = (day: number | null) => (day === null ? null : toIsoDate(day));
// D1 Monday 6 January 2025: sd(n) = D1 + n − 1, and every sd(7k) is a Sunday.
const ctx = (options: ComputeOptions = {}) =>
  createCaseContext({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-01-06', ...options });

describe('variantFor and anchorFor', () => {
  const iva = rule('vervroegde-iva-aanvraag');

  it('pick the variant of the option value set, per field', () => {
    const options = resolveOptions({ vervroegdeIvaWindowStart: 'after-13-weeks' });
    // The variant replaces the window start only: the due anchor stays the row's own.
    expect(variantFor(iva, 'windowStart', options)).toMatchObject({ value: 'after-13-weeks' });
    expect(variantFor(iva, 'due', options)).toBeNull();
    expect(anchorFor(iva, 'windowStart', options)).toEqual({
      type: 'sick-day',
      n: 92,
      counting: 'sick-days',
    });
    expect(anchorFor(iva, 'due', options)).toBe(iva.due);
  });

  it('give the row’s own reading under the default, and nothing for a field the row lacks', () => {
    const defaults = resolveOptions();
    expect(variantFor(iva, 'windowStart', defaults)).toBeNull();
    expect(anchorFor(iva, 'windowStart', defaults)).toBe(iva.windowStart);
    expect(variantFor(rule('ziekmelding-uwv'), 'due', defaults)).toBeNull(); // no variants
    expect(anchorFor(rule('probleemanalyse'), 'windowStart', defaults)).toBeUndefined();
  });
});

describe('ruleDate', () => {
  it('evaluates the anchor of the reading in force', () => {
    // sd(42) = 16 February 2025; six-weeks-after-d1 reads sd(43) = 17 February.
    expect(iso(ruleDate(rule('probleemanalyse'), 'due', ctx(), { verlenging: 0 }))).toBe(
      '2025-02-16',
    );
    expect(
      iso(
        ruleDate(
          rule('probleemanalyse'),
          'due',
          ctx({ probleemanalyseDeadline: 'six-weeks-after-d1' }),
          {
            verlenging: 0,
          },
        ),
      ),
    ).toBe('2025-02-17');
    // The window of the first-year evaluation opens on sd(316) = D1 + 315 = 17 November 2025.
    expect(
      iso(ruleDate(rule('eerstejaarsevaluatie'), 'windowStart', ctx(), { verlenging: 0 })),
    ).toBe('2025-11-17');
    expect(ruleDate(rule('probleemanalyse'), 'windowStart', ctx(), { verlenging: 0 })).toBeNull();
  });
});

describe('rolledDue', () => {
  const sunday = toDayNumber('2025-02-16');
  const roll = ctx({ weekendDeadlines: 'roll-to-working-day' });

  it('moves the due date of a rolling row to the next working day under the option', () => {
    expect(iso(rolledDue(rule('probleemanalyse'), sunday, roll))).toBe('2025-02-17');
    // Sunday 20 April 2025 (Easter): Monday is tweede Paasdag, so Tuesday 22 April.
    expect(iso(rolledDue(rule('probleemanalyse'), toDayNumber('2025-04-20'), roll))).toBe(
      '2025-04-22',
    );
    // A working day stays.
    expect(iso(rolledDue(rule('probleemanalyse'), toDayNumber('2025-02-18'), roll))).toBe(
      '2025-02-18',
    );
  });

  it('leaves the date without the option, for a row that does not roll, and when not reached', () => {
    expect(rolledDue(rule('probleemanalyse'), sunday, ctx())).toBe(sunday);
    expect(rolledDue(rule('start-spoor-2'), sunday, roll)).toBe(sunday); // kind uwv: does not roll
    expect(rolledDue(rule('einde-wachttijd'), sunday, roll)).toBe(sunday);
    expect(rolledDue(rule('probleemanalyse'), null, roll)).toBeNull();
  });

  it('follows the working-day calendar of the case', () => {
    const own = ctx({
      weekendDeadlines: 'roll-to-working-day',
      workingDays: { nonWorkingDays: ['2025-02-17'] },
    });
    expect(iso(rolledDue(rule('probleemanalyse'), sunday, own))).toBe('2025-02-18');
  });
});
