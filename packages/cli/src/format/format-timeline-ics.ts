import { addDays, formatDate, type IsoDate, type Timeline } from '@poortwachter/core';
import type { Lang } from '../detect-lang.js';
import { ACTOR_DISPLAY } from './actor-display.js';
import { STATUS_DISPLAY } from './status-display.js';

/**
 * What identifies the case in the calendar: never the BSN.
 *
 * @example
 * ```ts
 * const info: IcsCaseInfo = { externalRef: 'HR-2025-0042', employeeName: 'Jan de Vries' };
 * ```
 * @category Output
 */
export interface IcsCaseInfo {
  /** The case's `externalRef`: names the case in the calendar, and is part of every UID. */
  externalRef?: string | null | undefined;
  /** The employee's name: its initials name the case when there is no `externalRef`. */
  employeeName?: string | null | undefined;
  /**
   * Show the employee's full name in the calendar and event titles (`--full-name`). Off by
   * default: being ill is health data, and calendars sync to shared servers.
   */
  fullName?: boolean | undefined;
  /** Write each milestone's status as of the timeline's date (off for a quick look without `--as-of`). */
  statuses?: boolean | undefined;
}

/** "Jan de Vries" → "J. de V.": the initials of a name, its lower-case particles kept. */
function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) => (/^\p{Ll}/u.test(word) ? word : `${[...word][0] ?? ''}.`))
    .join(' ');
}

const TEXT = {
  nl: {
    calendar: 'Poortwachter',
    due: 'Uiterlijk',
    window: 'Termijn',
    until: 't/m',
    status: 'Status per',
    actor: 'Wie',
    source: 'Bron',
    ref: 'Dossier',
  },
  en: {
    calendar: 'Poortwachter',
    due: 'Due',
    window: 'Window',
    until: 'to',
    status: 'Status as of',
    actor: 'Who',
    source: 'Source',
    ref: 'Case',
  },
} as const;

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
const escapeText = (text: string): string =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** RFC 5545 §3.1: lines longer than 75 octets fold with CRLF and a space, never inside a UTF-8 sequence. */
const fold = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
};

const icsDate = (date: IsoDate): string => date.replaceAll('-', '');

/** 32-bit FNV-1a of a text, as 8 hex digits: tells cases apart in a UID without showing the name. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text))
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
};

/**
 * Writes the deadlines of a timeline as an iCalendar file (RFC 5545): one all-day event
 * (`DTSTART;VALUE=DATE`, no time zone) per milestone that has a due date and applies, with the
 * window, status, actor and legal source in its description. The case is named by its
 * `externalRef`, else by the employee's initials; the full name only with `fullName`, because
 * being ill is health data and calendars sync to shared servers. UIDs are stable, built from the
 * case's `externalRef` (else a hash of the employee's name, so two cases with the same first sick
 * day do not overwrite each other), the first sick day and the milestone id: a re-import updates
 * events instead of duplicating them. `DTSTAMP` is the timeline's `asOf` at midnight UTC, so the
 * output depends on the input only. The BSN never appears.
 *
 * @param timeline - The result of `computeTimeline()`.
 * @param info - The case's reference and employee name (both optional), whether to show the full
 *   name, and whether to write statuses.
 * @param lang - The language of titles and descriptions.
 * @returns The calendar, with CRLF line endings.
 * @see RFC 5545 (iCalendar)
 * @example
 * ```ts
 * formatTimelineIcs(computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-01' }), {}, 'nl');
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…BEGIN:VEVENT\r\nUID:2025-01-06.ziekmelding-bedrijfsarts@poortwachter\r\n…'
 * ```
 * @category Output
 */
export function formatTimelineIcs(timeline: Timeline, info: IcsCaseInfo, lang: Lang): string {
  const t = TEXT[lang];
  const fullName = info.employeeName ?? null;
  const ref = info.externalRef ?? null;
  // The case as the calendar names it: the reference, else the initials; the full name only on request.
  const name =
    info.fullName && fullName !== null
      ? fullName
      : (ref ?? (fullName === null ? null : initialsOf(fullName)));
  const caseKey =
    ref !== null ? encodeURIComponent(ref) : fullName !== null ? fnv1a(fullName) : null;
  const uidBase = caseKey === null ? timeline.firstSickDay : `${caseKey}.${timeline.firstSickDay}`;
  const stamp = `${icsDate(timeline.asOf)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//poortwachter//poortwachter CLI//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${t.calendar}: ${name ?? ref ?? formatDate(timeline.firstSickDay, lang)}`)}`,
  ];
  for (const m of timeline.milestones) {
    if (m.due === null || m.status === 'not-applicable') continue;
    const status = STATUS_DISPLAY[m.status].label[lang];
    const actor = ACTOR_DISPLAY[m.actor];
    const description = [
      m.windowStart === null
        ? `${t.due}: ${formatDate(m.due, lang)}`
        : `${t.window}: ${formatDate(m.windowStart, lang)} ${t.until} ${formatDate(m.due, lang)}`,
      ...(info.statuses === false
        ? []
        : [
            `${t.status} ${formatDate(timeline.asOf, lang)}: ${status}${m.eventDate === null ? '' : ` (${formatDate(m.eventDate, lang)})`}`,
          ]),
      ...(actor === null ? [] : [`${t.actor}: ${actor[lang]}`]),
      `${t.source}: ${m.source}`,
      ...(ref === null ? [] : [`${t.ref}: ${ref}`]),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidBase}.${m.id}@poortwachter`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(m.due)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(m.due, 1))}`,
      `SUMMARY:${escapeText(name === null ? m.label[lang] : `${m.label[lang]} – ${name}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
