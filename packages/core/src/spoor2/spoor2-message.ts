import { toIsoDate } from '../calendar/day-number.js';
import { formatDate } from '../format/format-date.js';
import type { Lang } from '../issues/lang.js';
import type { LocalizedText } from '../types.js';

/**
 * The values a spoor-2 message template may name: dates as day numbers, counts and thresholds as
 * numbers, and fixed texts. All are computed by the engine; none is input text.
 *
 * @internal
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

/** Templates split once into literal text (even indexes) and placeholder names (odd indexes). */
const compiled = new Map<string, string[]>();

function fill(template: string, values: Spoor2MessageValues, lang: Lang): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = values[key as keyof Spoor2MessageValues];
    out += (value === undefined ? `{${key}}` : written(key, value, lang)) + parts[i + 1];
  }
  return out;
}

/**
 * Fills a message template of {@link SPOOR2_FINDING_RULES} in both languages: `{start}` and
 * `{end}` become written dates ("1 mei 2025", "1 May 2025"), numbers get a decimal comma in
 * Dutch, fixed texts take their language.
 *
 * @param template - The template in Dutch and English.
 * @param values - The values it may name.
 * @returns The message in both languages.
 * @example
 * ```ts
 * fillSpoor2Message({ nl: 'Op {start}: {perWeek}.', en: 'On {start}: {perWeek}.' }, { start: 0, perWeek: 1.5 });
 * // { nl: 'Op 1 januari 1970: 1,5.', en: 'On 1 January 1970: 1.5.' }
 * ```
 * @internal
 */
export function fillSpoor2Message(
  template: LocalizedText,
  values: Spoor2MessageValues,
): LocalizedText {
  return { nl: fill(template.nl, values, 'nl'), en: fill(template.en, values, 'en') };
}
