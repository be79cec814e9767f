import type { IsoDate } from '../types.js';

/**
 * ISO strings of day numbers are memoised (a portfolio of cases uses a few thousand distinct
 * dates); parsing is plain arithmetic on the characters, cheaper than a lookup.
 */

/** ISO strings of day numbers 1900-01-01 … 2199-12-31, filled on first use. */
const ISO_CACHE_FROM = -25_567;
const isoCache: (string | undefined)[] = /* @__PURE__ */ new Array(109_572);

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
 * Pure integer arithmetic: no `Date`, so the result never depends on the machine's `TZ`.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The number of days in a month of a year (month 1–12).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 * @category Calendar
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a string is a real calendar date written as `YYYY-MM-DD` (so `2025-02-30` is not).
 *
 * @param value - Any value.
 * @returns `true` for a valid ISO calendar date.
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-30'); // false
 * isIsoDate('6-1-2025'); // false
 * ```
 * @category Calendar
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return tryDayNumber(value) !== null;
}

/**
 * Converts an ISO date to a day number: days since 1970-01-01. All engine arithmetic runs on
 * day numbers; ISO strings appear only at the edges.
 *
 * @param date - A calendar date as `YYYY-MM-DD`.
 * @returns The day number (`0` for 1970-01-01).
 * @throws RangeError when `date` is not a valid calendar date.
 * @example
 * ```ts
 * toDayNumber('1970-01-02'); // 1
 * toDayNumber('2025-01-06') - toDayNumber('2025-01-01'); // 5
 * ```
 * @category Calendar
 */
export function toDayNumber(date: IsoDate): number {
  const day = tryDayNumber(date);
  if (day === null)
    throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: ${JSON.stringify(date)}`);
  return day;
}

/**
 * The day number of a value when it is a valid ISO calendar date, else `null`: one step that
 * both checks and converts.
 *
 * @param value - Any value.
 * @returns The day number, or `null`.
 * @example
 * ```ts
 * tryDayNumber('1970-01-02'); // 1
 * tryDayNumber('2025-02-30'); // null
 * ```
 * @category Calendar
 */
export function tryDayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH)
    return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

const DASH = 45;
const ZERO = 48;

/** The number written by the decimal digits of `text` from `start` to `end`, or -1. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The year, month (1–12) and day of a day number (Howard Hinnant's `civil_from_days`).
 *
 * @param day - Days since 1970-01-01.
 * @returns `{ year, month, day }`.
 * @example
 * ```ts
 * toCivil(0); // { year: 1970, month: 1, day: 1 }
 * ```
 * @category Calendar
 */
export function toCivil(day: number): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/**
 * Builds the day number of a year, month (1–12) and day.
 *
 * @example
 * ```ts
 * fromCivil(2025, 1, 6) === toDayNumber('2025-01-06'); // true
 * ```
 * @category Calendar
 */
export function fromCivil(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Converts a day number back to an ISO date.
 *
 * @param day - Days since 1970-01-01.
 * @returns The date as `YYYY-MM-DD`.
 * @example
 * ```ts
 * toIsoDate(toDayNumber('2024-02-28') + 1); // '2024-02-29'
 * ```
 * @category Calendar
 */
export function toIsoDate(day: number): IsoDate {
  const slot = day - ISO_CACHE_FROM;
  const cached = isoCache[slot];
  if (cached !== undefined) return cached;
  const iso = formatIso(day);
  if (slot >= 0 && slot < isoCache.length) isoCache[slot] = iso;
  return iso;
}

function formatIso(day: number): IsoDate {
  const c = toCivil(day);
  const y = c.year < 0 ? `-${String(-c.year).padStart(6, '0')}` : String(c.year).padStart(4, '0');
  return `${y}-${pad2(c.month)}-${pad2(c.day)}`;
}

/**
 * The ISO day of the week of a day number: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekday(toDayNumber('2025-01-06')); // 1 (a Monday)
 * ```
 * @category Calendar
 */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
