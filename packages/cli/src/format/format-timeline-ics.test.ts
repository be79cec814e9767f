import type { Milestone, Timeline } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { formatTimelineIcs } from './format-timeline-ics.js';

const extra = (id: Milestone['id'], due: string | null) => ({
  ruleId: id as Milestone['ruleId'],
  occurrence: null,
  derivation: {
    rule: id as Milestone['ruleId'],
    variant: null,
    due: {
      type: 'sick-day' as const,
      sickDay: 1,
      counting: 'sick-days' as const,
      date: due,
      gapDays: 0,
      leaveDays: 0,
      verlengingDays: 0,
    },
    windowStart: null,
    workingDayShift: null,
    notApplicable: null,
    recoveredAfter: null,
    eventFrom: null,
  },
  explanation: { nl: 'test', en: 'test' },
});

const milestone = (
  id: Milestone['id'],
  due: string | null,
  status: Milestone['status'],
): Milestone => ({
  ...extra(id, due),
  id,
  windowStart: null,
  due,
  status,
  eventDate: null,
  kind: 'legal',
  actor: '—',
  label: { nl: id, en: id },
  source: id,
});

const timeline: Timeline = {
  firstSickDay: '2024-12-30',
  asOf: '2025-01-02',
  waitingPeriod: { lastDay: '2026-12-27', firstDayAfter: '2026-12-28' },
  warnings: [],
  milestones: [
    {
      ...extra('probleemanalyse', '2025-12-31'),
      id: 'probleemanalyse',
      windowStart: null,
      due: '2025-12-31',
      status: 'upcoming',
      eventDate: null,
      kind: 'legal',
      actor: 'bedrijfsarts',
      label: { nl: 'Probleemanalyse', en: 'Problem analysis' },
      source: `Bron; met komma, backslash \\ en ${'ëéï'.repeat(30)}`,
    },
    milestone('actueel-oordeel', null, 'not-reached'),
    milestone('eindevaluatie', '2025-03-01', 'not-applicable'),
  ],
};

const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('formatTimelineIcs', () => {
  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const ics = formatTimelineIcs(timeline, {}, 'nl');
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => Buffer.byteLength(line) >= 74 && /[ëéï]/.test(line))).toBe(true);
    expect(unfold(ics)).toContain(
      `Bron: Bron\\; met komma\\, backslash \\\\ en ${'ëéï'.repeat(30)}`,
    );
  });

  it('ends an all-day event on the next day, across a year end, and skips milestones without a due date or that do not apply', () => {
    const ics = formatTimelineIcs(timeline, {}, 'nl');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).not.toContain('actueel-oordeel');
    expect(ics).not.toContain('eindevaluatie');
  });

  it('builds UIDs from the reference, else from a hash of the name, else from the first sick day alone', () => {
    expect(
      formatTimelineIcs(timeline, { externalRef: 'HR 1,2', employeeName: 'A' }, 'nl'),
    ).toContain('UID:HR%201%2C2.2024-12-30.probleemanalyse@poortwachter\r\n');
    const a = formatTimelineIcs(timeline, { employeeName: 'Anna' }, 'nl');
    const b = formatTimelineIcs(timeline, { employeeName: 'Bram' }, 'nl');
    const uid = (ics: string) => /UID:(.*)\r\n/.exec(ics)?.[1];
    expect(uid(a)).toMatch(/^[0-9a-f]{8}\.2024-12-30\.probleemanalyse@poortwachter$/);
    expect(uid(a)).not.toBe(uid(b));
    expect(uid(a)).not.toContain('Anna');
    expect(uid(formatTimelineIcs(timeline, {}, 'en'))).toBe(
      '2024-12-30.probleemanalyse@poortwachter',
    );
  });
});
