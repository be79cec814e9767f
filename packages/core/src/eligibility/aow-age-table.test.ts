import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../calendar/day-number.js';
import { AOW_AGE_SOURCE, AOW_AGE_TABLE, AOW_AGE_TABLE_CHECKED } from './aow-age-table.js';

// aowDateFor walks this table in order and takes the first row whose year the candidate date
// falls in: it needs one row for "before 2013" first, then one row per year without holes.
describe('AOW_AGE_TABLE', () => {
  it('starts with the row for every year before 2013, then one row per year without a hole', () => {
    expect(AOW_AGE_TABLE[0]).toMatchObject({ year: null, years: 65, months: 0 });
    const years = AOW_AGE_TABLE.slice(1).map((r) => r.year);
    expect(years[0]).toBe(2013);
    expect(years).toEqual(years.map((_, i) => 2013 + i));
  });

  it('never lowers the age from one year to the next, and keeps months within a year', () => {
    const ages = AOW_AGE_TABLE.map((r) => r.years * 12 + r.months);
    for (let i = 1; i < ages.length; i++) expect(ages[i]).toBeGreaterThanOrEqual(ages[i - 1]!);
    for (const r of AOW_AGE_TABLE) {
      expect(Number.isInteger(r.months) && r.months >= 0 && r.months < 12).toBe(true);
      expect(r.source).not.toBe('');
    }
  });

  it('holds the published ages (docs/rules.md "AOW age")', () => {
    const age = (year: number) => {
      const r = AOW_AGE_TABLE.find((x) => x.year === year)!;
      return `${r.years}y${r.months}m`;
    };
    expect([2013, 2016, 2018, 2019, 2022, 2023, 2024, 2028, 2031].map(age)).toEqual([
      '65y1m',
      '65y6m',
      '66y0m',
      '66y4m',
      '66y7m',
      '66y10m',
      '67y0m',
      '67y3m',
      '67y3m',
    ]);
  });

  it('names its last year in its source and carries a real check date', () => {
    const last = AOW_AGE_TABLE[AOW_AGE_TABLE.length - 1]!.year;
    expect(AOW_AGE_SOURCE).toContain(`tot en met ${last}`);
    expect(isIsoDate(AOW_AGE_TABLE_CHECKED)).toBe(true);
  });
});
