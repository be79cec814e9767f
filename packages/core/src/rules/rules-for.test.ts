import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import type { MilestoneRule } from './milestone-rule.js';
import { MILESTONE_RULES } from './milestone-rules.js';
import { rulesFor } from './rules-for.js';

const row = (id: string, validFrom: string, validTo: string | null, n: number): MilestoneRule => ({
  id,
  event: null,
  due: { type: 'sick-day', n, counting: 'sick-days' },
  kind: 'info',
  actor: 'UWV',
  label: { nl: id, en: id },
  subject: { nl: id, en: id },
  wording: 'date',
  source: 'test',
  rollsToWorkingDay: false,
  appliesAtAowAge: true,
  validFrom,
  validTo,
});

// A synthetic table: `melding` in two versions (week 13 until 2009, week 42 from then on), and
// `brief` in force from 2005 only.
const OLD = row('melding', '2000-01-01', '2009-01-01', 91);
const NEW = row('melding', '2009-01-01', null, 294);
const BRIEF = row('brief', '2005-01-01', null, 624);
const TABLE: readonly MilestoneRule[] = [OLD, BRIEF, NEW];
const on = (date: string) => rulesFor(toDayNumber(date), TABLE);

describe('rulesFor', () => {
  it('picks per id the row valid on the first sick day, validTo excluded, in table order', () => {
    expect(on('2008-12-31')).toEqual({ rules: [OLD, BRIEF], older: false });
    expect(on('2009-01-01')).toEqual({ rules: [NEW, BRIEF], older: false });
    expect(on('2030-06-01')).toEqual({ rules: [NEW, BRIEF], older: false });
  });

  it('uses the earliest row of an id that has no valid row, and says older rules applied', () => {
    // 1 June 2004: `melding` is valid (2000–2009), `brief` not yet (from 2005): its first row.
    expect(on('2004-06-01')).toEqual({ rules: [OLD, BRIEF], older: true });
    expect(on('1999-12-31')).toEqual({ rules: [OLD, BRIEF], older: true });
  });

  it('gives the same selection for every day between two boundaries', () => {
    expect(on('2010-03-01')).toBe(on('2024-11-30'));
    expect(on('2006-01-01').rules).toBe(on('2008-12-31').rules);
    expect(on('2006-01-01')).not.toBe(on('2009-01-01'));
  });

  it('reads the real table: all 13 rows from 2014, older rules before', () => {
    const current = rulesFor(toDayNumber('2025-01-06'));
    expect(current.older).toBe(false);
    expect(current.rules).toEqual(MILESTONE_RULES);
    expect(rulesFor(toDayNumber('2013-12-31')).older).toBe(true);
    expect(rulesFor(toDayNumber('2014-01-01')).older).toBe(false);
  });
});
