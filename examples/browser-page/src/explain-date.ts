import {
  daysBetween,
  firstSickDay,
  formatDate,
  type IsoDate,
  processDaysBetween,
} from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What a date means for the case, in Dutch: which sick day it is (and which week), or that it
 * does not count (recovery or leave, or before the first sick day), with the days that did not
 * count before it.
 *
 * @param input - A valid case.
 * @param date - Any date.
 * @returns One or two sentences.
 */
export function explainDate(input: Case, date: IsoDate): string {
  const day = formatDate(date, 'nl', { weekday: true });
  const d1 = firstSickDay(input);
  if (date < d1)
    return `${sentence(day)} ligt vóór de eerste ziektedag (${formatDate(d1)}): de termijnen tellen vanaf die dag.`;
  const sickDays = processDaysBetween(input, d1, date).days + 1;
  const skipped = daysBetween(d1, date) + 1 - sickDays;
  const notCounted =
    skipped === 0
      ? ''
      : ` ${skipped} ${skipped === 1 ? 'dag' : 'dagen'} van herstel of verlof ervoor ${skipped === 1 ? 'telt' : 'tellen'} niet mee.`;
  const sick = input.sickPeriods.some((p) => p.start <= date && (!p.end || date <= p.end));
  if (sick)
    return `${sentence(day)} is ziektedag ${sickDays} (week ${Math.ceil(sickDays / 7)}).${notCounted}`;
  const onLeave = (input.leavePeriods ?? []).some((p) => p.start <= date && date <= p.end);
  return `Op ${day} ${onLeave ? 'heeft de werknemer zwangerschaps- en bevallingsverlof' : 'is de werknemer hersteld'}: deze dag telt niet als ziektedag. Tot en met deze dag zijn er ${sickDays} ziektedagen.`;
}
