import { toIsoDate } from '../calendar/day-number.js';
import { formatDate } from '../calendar/format-date.js';
import type { Lang } from '../issues/lang.js';
import type { LocalizedText } from '../types.js';

/**
 * The values a spoor-2 message template may name: dates as day numbers, counts and thresholds as
 * numbers, and fixed texts. All are computed by the engine; none is input text.
 */
export interface Spoor2MessageValues {
  start?: number;
  end?: number;
  days?: number;
  limit?: number;
  count?: number;
  total?: number;
  perWeek?: number;
  windowDays?: number;
  part?: LocalizedText;
}

const DATE_KEYS = new Set(['start', 'end']);

function written(key: string, value: number | LocalizedText, lang: Lang): string {
  if (typeof value !== 'number') return value[lang];
  if (DATE_KEYS.has(key)) return formatDate(toIsoDate(value), lang);
  const text = String(value);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/**
 * Fills a message template of {@link SPOOR2_FINDING_RULES} in both languages: `{start}` and
 * `{end}` become written dates ("1 mei 2025", "1 May 2025"), numbers get a decimal comma in
 * Dutch, fixed texts take their language.
 */
export function fillSpoor2Message(
  template: LocalizedText,
  values: Spoor2MessageValues,
): LocalizedText {
  const fill = (lang: Lang) =>
    template[lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
      const value = values[key as keyof Spoor2MessageValues];
      return value === undefined ? whole : written(key, value, lang);
    });
  return { nl: fill('nl'), en: fill('en') };
}
