import { fromCivil } from './day-number.js';

/**
 * The day number of Easter Sunday (eerste Paasdag) of a Gregorian year, by the anonymous
 * Gregorian computus (Meeus/Jones/Butcher). Goede Vrijdag, tweede Paasdag, Hemelvaartsdag and
 * tweede Pinksterdag follow from it.
 *
 * @param year - A Gregorian year (1583 or later).
 * @returns The day number (days since 1970-01-01) of Easter Sunday.
 * @see Algemene termijnenwet (BWBR0002448) art. 3
 */
export function easterSundayDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromCivil(year, month, day);
}
