import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from './day-number.js';
import { createWorkingDayCalendar, firstWorkingDayOnOrAfter } from './working-day-calendar.js';

const d = toDayNumber;

describe('createWorkingDayCalendar', () => {
  it('answers working days, with extra days and a weekends-only base', () => {
    const atw = createWorkingDayCalendar();
    expect(atw.isWorkingDay(d('2026-04-27'))).toBe(false); // Koningsdag, Monday
    expect(atw.isWorkingDay(d('2026-04-28'))).toBe(true);
    expect(atw.isWorkingDay(d('2025-04-18'))).toBe(false); // Goede Vrijdag
    expect(atw.isWorkingDay(d('2025-03-01'))).toBe(false); // Saturday
    const decree = createWorkingDayCalendar({ nonWorkingDays: ['2025-05-30'] }); // Friday after Hemelvaart
    expect(decree.isWorkingDay(d('2025-05-30'))).toBe(false);
    expect(decree.isWorkingDay(d('2025-05-29'))).toBe(false); // Hemelvaart itself stays a holiday
    const own = createWorkingDayCalendar({ base: 'weekends-only' });
    expect(own.isWorkingDay(d('2025-04-18'))).toBe(true);
    expect(own.isWorkingDay(d('2025-04-19'))).toBe(false); // a Saturday stays one
  });

  it('takes the holidays of the year of the day asked, across a year end', () => {
    const atw = createWorkingDayCalendar();
    expect(atw.isWorkingDay(d('2025-12-31'))).toBe(true); // Wednesday
    expect(atw.isWorkingDay(d('2026-01-01'))).toBe(false); // Nieuwjaarsdag
    expect(atw.isWorkingDay(d('2026-01-02'))).toBe(true); // Friday
  });

  it('shares one calendar for the default and builds a new one for a description', () => {
    expect(createWorkingDayCalendar()).toBe(createWorkingDayCalendar());
    expect(createWorkingDayCalendar({})).not.toBe(createWorkingDayCalendar());
    expect(createWorkingDayCalendar({}).isWorkingDay(d('2025-04-21'))).toBe(false);
  });
});

describe('firstWorkingDayOnOrAfter', () => {
  const atw = createWorkingDayCalendar();
  it('returns a working day itself and skips holidays and weekends', () => {
    expect(toIsoDate(firstWorkingDayOnOrAfter(d('2025-12-24'), atw))).toBe('2025-12-24');
    // Christmas 2025: Thursday 25 and Friday 26 December, then the weekend: Monday 29 December.
    expect(toIsoDate(firstWorkingDayOnOrAfter(d('2025-12-25'), atw))).toBe('2025-12-29');
    // Goede Vrijdag 18 April 2025, the weekend, tweede Paasdag 21 April: Tuesday 22 April.
    expect(toIsoDate(firstWorkingDayOnOrAfter(d('2025-04-18'), atw))).toBe('2025-04-22');
  });
});
