import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import {
  createWorkingDayCalendar,
  firstWorkingDayOnOrAfter,
} from '../calendar/working-day-calendar.js';
import { buildChains } from '../periods/build-chains.js';
import { sickDayDate } from '../periods/sick-day-date.js';
import type { CaseInput, SickPeriod } from '../types.js';
import { computeTimeline } from './compute-timeline.js';

/** Milestones anchored on sd(n) (event-anchored and evaluation milestones excepted) and their n. */
const SD_ANCHORED: Record<string, number> = {
  'ziekmelding-bedrijfsarts': 7,
  probleemanalyse: 42,
  'plan-van-aanpak': 56,
  eerstejaarsevaluatie: 364,
  'start-spoor-2': 406,
  'vervroegde-iva-aanvraag': 476,
  'wia-informatiebrief': 624,
  'actueel-oordeel': 630,
  eindevaluatie: 637,
  'wia-aanvraag': 651,
  'einde-wachttijd': 728,
};

const day = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2040-12-31') });
const iso = (d: number) => toIsoDate(d);
const AS_OF = { asOf: '2030-01-01' };

describe('properties of the timeline', () => {
  it('a gap of g ≤ 27 days moves every sd-anchored milestone after it by exactly g', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 1, max: 27 }),
        (d1, length, g) => {
          const base = computeTimeline({ sickPeriods: [{ start: iso(d1) }] }, AS_OF);
          const gapped = computeTimeline(
            {
              sickPeriods: [
                { start: iso(d1), end: iso(d1 + length - 1) },
                { start: iso(d1 + length + g) },
              ],
            },
            AS_OF,
          );
          for (const [id, n] of Object.entries(SD_ANCHORED)) {
            const before = base.milestones.find((m) => m.id === id)!.due!;
            const after = gapped.milestones.find((m) => m.id === id)!.due!;
            expect(toDayNumber(after) - toDayNumber(before)).toBe(n > length ? g : 0);
          }
        },
      ),
    );
  });

  it('the UWV report is the first working day on or after the day after sd(294), gaps included', () => {
    const calendar = createWorkingDayCalendar();
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 27 }),
        (d1, length, g) => {
          const sickPeriods: SickPeriod[] = [
            { start: iso(d1), end: iso(d1 + length - 1) },
            { start: iso(d1 + length + g) },
          ];
          const t = computeTimeline({ sickPeriods }, AS_OF);
          const sd294 = sickDayDate(buildChains(sickPeriods)[0]!, 294)!;
          const due = toDayNumber(t.milestones.find((m) => m.id === 'ziekmelding-uwv')!.due!);
          expect(due).toBe(firstWorkingDayOnOrAfter(sd294 + 1, calendar));
          expect(calendar.isWorkingDay(due)).toBe(true);
        },
      ),
    );
  });

  it('a gap of 28 days or more restarts all counting', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 28, max: 2000 }),
        (d1, length, g) => {
          const second = iso(d1 + length + g);
          const t = computeTimeline(
            { sickPeriods: [{ start: iso(d1), end: iso(d1 + length - 1) }, { start: second }] },
            AS_OF,
          );
          expect(t).toEqual(computeTimeline({ sickPeriods: [{ start: second }] }, AS_OF));
        },
      ),
    );
  });

  it('the order of periods and events does not matter', () => {
    const periods = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 40 })), {
        minLength: 1,
        maxLength: 6,
      })
      .chain((spans) =>
        fc.tuple(fc.constant(spans), fc.boolean(), fc.integer({ min: 0, max: 1_000_000 })),
      );
    fc.assert(
      fc.property(day, periods, (d1, [spans, open, seed]) => {
        const sickPeriods: SickPeriod[] = [];
        let cursor = d1;
        spans.forEach(([length, gap], i) => {
          const last = i === spans.length - 1;
          sickPeriods.push(
            last && open
              ? { start: iso(cursor) }
              : { start: iso(cursor), end: iso(cursor + length - 1) },
          );
          cursor += length + gap;
        });
        const events: CaseInput['events'] = [
          { type: 'evaluatie', date: iso(d1 + 100) },
          { type: 'probleemanalyse', date: iso(d1 + 30) },
          { type: 'evaluatie', date: iso(d1 + 50) },
        ];
        const shuffled = [...sickPeriods].sort(
          (a, b) => ((a.start.charCodeAt(9) * seed) % 7) - ((b.start.charCodeAt(9) * seed) % 7),
        );
        expect(
          computeTimeline({ sickPeriods: shuffled, events: [...events].reverse() }, AS_OF),
        ).toEqual(computeTimeline({ sickPeriods: [...sickPeriods].reverse(), events }, AS_OF));
      }),
    );
  });

  it('gives identical results under any TZ', () => {
    const original = process.env.TZ;
    const input: CaseInput = {
      sickPeriods: [{ start: '2024-03-30', end: '2024-10-26' }, { start: '2024-11-10' }],
      events: [{ type: 'probleemanalyse', date: '2024-04-30' }],
      options: { weekendDeadlines: 'roll-to-working-day' },
    };
    const results = ['UTC', 'Europe/Amsterdam', 'Pacific/Auckland', 'America/Los_Angeles'].map(
      (tz) => {
        process.env.TZ = tz;
        return JSON.stringify(computeTimeline(input, { asOf: '2025-03-30' }));
      },
    );
    process.env.TZ = original;
    expect(new Set(results).size).toBe(1);
  });

  it('never puts a milestone due after the waiting period, and einde-wachttijd equals its last day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (d1, weeks) => {
        const events: CaseInput['events'] =
          weeks > 0 ? [{ type: 'vrijwillige-verlenging', date: iso(d1 + 500), weeks }] : [];
        const t = computeTimeline({ sickPeriods: [{ start: iso(d1) }], events }, AS_OF);
        const last = t.waitingPeriod.lastDay!;
        for (const m of t.milestones) if (m.due !== null) expect(m.due <= last).toBe(true);
        expect(t.milestones.at(-1)).toMatchObject({ id: 'einde-wachttijd', due: last });
        expect(toDayNumber(t.waitingPeriod.firstDayAfter!)).toBe(toDayNumber(last) + 1);
      }),
    );
  });
});
