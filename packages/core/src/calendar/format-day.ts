import type { Lang } from '../issues/lang.js';
import { isoWeekday, toCivil } from './day-number.js';

const MONTHS = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

const WEEKDAYS = {
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/**
 * Writes a day number as people read it: "16 februari 2025", with `weekday` "zondag 16 februari
 * 2025". The engine's own formatter (no validation; day numbers are internal).
 *
 * @param day - A day number.
 * @param lang - `nl` or `en`.
 * @param weekday - Put the name of the weekday first.
 * @returns The written date.
 */
export function formatDay(day: number, lang: Lang, weekday = false): string {
  const c = toCivil(day);
  const date = `${c.day} ${MONTHS[lang][c.month - 1]} ${c.year}`;
  return weekday ? `${WEEKDAYS[lang][isoWeekday(day) - 1]} ${date}` : date;
}
