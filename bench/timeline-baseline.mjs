import { MILESTONE_RULES } from '@poortwachter/core';
import {
  addDays,
  compareAsc,
  differenceInCalendarDays,
  min as earliest,
  format,
  getYear,
  isAfter,
  isBefore,
  isSunday,
  isValid,
  isWeekend,
  max as latest,
  parseISO,
  subDays,
} from 'date-fns';

const ISO_FORM = /^\d{4}-\d{2}-\d{2}$/;
const WAITING_PERIOD_SICK_DAYS = 728;
const DUE_SOON_DAYS = 14;
const MAX_EVALUATIONS = 200;
/** Labels, kinds, actors and sources: static texts, shared with the engine so outputs compare equal. */
const META = new Map(
  MILESTONE_RULES.map((r) => [
    r.id,
    { kind: r.kind, actor: r.actor, label: r.label, source: r.source, hasEvent: r.event !== null },
  ]),
);
const holidayCache = new Map();

/** Parses a `YYYY-MM-DD` string the usual way (date-fns `parseISO`: local midnight) and checks it. */
function parseDate(value, path) {
  const date =
    typeof value === 'string' && ISO_FORM.test(value) ? parseISO(value) : new Date(Number.NaN);
  if (!isValid(date)) throw new Error(`${path}: not a calendar date`);
  return date;
}

const ymd = (date) => format(date, 'yyyy-MM-dd');

/** Easter Sunday (anonymous Gregorian algorithm) as a local `Date`. */
function easter(year) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h =
    (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return new Date(
    year,
    Math.floor((h + l - 7 * m + 114) / 31) - 1,
    ((h + l - 7 * m + 114) % 31) + 1,
  );
}

/** The Algemene termijnenwet holidays of a year, as a set of `yyyy-MM-dd` keys (cached per year). */
function holidays(year) {
  let set = holidayCache.get(year);
  if (set === undefined) {
    const e = easter(year);
    const royal = year >= 2014 ? new Date(year, 3, 27) : new Date(year, 3, 30);
    set = new Set(
      [
        new Date(year, 0, 1),
        subDays(e, 2),
        addDays(e, 1),
        isSunday(royal) ? subDays(royal, 1) : royal,
        new Date(year, 4, 5),
        addDays(e, 39),
        addDays(e, 50),
        new Date(year, 11, 25),
        new Date(year, 11, 26),
      ].map(ymd),
    );
    holidayCache.set(year, set);
  }
  return set;
}

function firstWorkingDayOnOrAfter(date) {
  let d = date;
  while (isWeekend(d) || holidays(getYear(d)).has(ymd(d))) d = addDays(d, 1);
  return d;
}

/** Sorted sick periods as `Date`s, checked as the engine checks them. */
function parsePeriods(input) {
  if (!input.sickPeriods || input.sickPeriods.length === 0) throw new Error('sickPeriods: empty');
  const periods = input.sickPeriods.map((p, i) => {
    const start = parseDate(p.start, `sickPeriods.${i}.start`);
    const end = p.end == null ? null : parseDate(p.end, `sickPeriods.${i}.end`);
    if (end !== null && isBefore(end, start)) throw new Error(`sickPeriods.${i}.end: before start`);
    return { start, end };
  });
  periods.sort((a, b) => compareAsc(a.start, b.start));
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1];
    if (prev.end === null) throw new Error('sickPeriods: only the latest period may be open');
    if (!isAfter(periods[i].start, prev.end)) throw new Error('sickPeriods: overlap');
  }
  return periods;
}

function parseLeaves(input, periods) {
  return (input.leavePeriods ?? []).map((l, i) => {
    const start = parseDate(l.start, `leavePeriods.${i}.start`);
    const end = parseDate(l.end, `leavePeriods.${i}.end`);
    if (isBefore(end, start)) throw new Error(`leavePeriods.${i}.end: before start`);
    if (periods.some((p) => !isAfter(p.start, end) && (p.end === null || !isBefore(p.end, start))))
      throw new Error(`leavePeriods.${i}: overlaps sickness`);
    return { start, end, sameCause: l.sameCause !== false };
  });
}

/** Samentelling (BW 7:629 lid 10): the periods of the latest chain. */
function latestChain(periods, leaves) {
  let first = 0;
  for (let i = 1; i < periods.length; i++) {
    const prevEnd = periods[i - 1].end;
    const next = periods[i].start;
    const gap = differenceInCalendarDays(next, prevEnd) - 1;
    const bridged = leaves.some(
      (l) =>
        l.sameCause &&
        differenceInCalendarDays(l.start, prevEnd) === 1 &&
        differenceInCalendarDays(next, l.end) === 1,
    );
    if (gap > 27 && !bridged) first = i;
  }
  return periods.slice(first);
}

/** sd(n): the date of sick-day `n` of the chain, or `null` when the chain closed before it. */
function sickDay(chain, n) {
  let remaining = n;
  for (const s of chain) {
    if (s.end === null) return addDays(s.start, remaining - 1);
    const length = differenceInCalendarDays(s.end, s.start) + 1;
    if (remaining <= length) return addDays(s.start, remaining - 1);
    remaining -= length;
  }
  return null;
}

/** The number of sick days of the chain up to and including `date`. */
function sickDaysUpTo(chain, date) {
  let count = 0;
  for (const s of chain) {
    if (isBefore(date, s.start)) break;
    const end = s.end === null || isAfter(s.end, date) ? date : s.end;
    count += differenceInCalendarDays(end, s.start) + 1;
  }
  return count;
}

/** The chain's events by type, each list sorted by date; events of earlier chains are left out. */
function groupEvents(input, d1) {
  const byType = new Map();
  (input.events ?? []).forEach((e, i) => {
    const date = parseDate(e.date, `events.${i}.date`);
    if (e.type === 'spoor-2-niet-nodig' && !e.ground)
      throw new Error(`events.${i}.ground: required`);
    if (
      (e.type === 'vrijwillige-verlenging' || e.type === 'loonsanctie') &&
      !(Number.isInteger(e.weeks) && e.weeks >= 1)
    )
      throw new Error(`events.${i}.weeks: required`);
    if (isBefore(date, d1)) return;
    const list = byType.get(e.type);
    if (list) list.push({ date, event: e });
    else byType.set(e.type, [{ date, event: e }]);
  });
  for (const list of byType.values()) list.sort((a, b) => compareAsc(a.date, b.date));
  return byType;
}

function status(id, due, recorded, applies, asOf, lastSickDay) {
  const { kind, hasEvent } = META.get(id);
  if (!applies) return 'not-applicable';
  if (recorded) {
    if (due === null || !isAfter(recorded.date, due)) return 'done';
    return recorded.event.motivation?.trim() ? 'late-with-motivation' : 'done-late';
  }
  if (due === null || (lastSickDay !== null && isBefore(lastSickDay, due))) return 'not-reached';
  if (isAfter(asOf, due))
    return !hasEvent || kind === 'info' || kind === 'option' ? 'passed' : 'overdue';
  return isAfter(subDays(due, DUE_SOON_DAYS), asOf) ? 'upcoming' : 'due-soon';
}

/**
 * The vendor-style baseline of the timeline benchmark: the same rules as `computeTimeline` with
 * default options (samentelling, sick-day counting across gaps, Atw working days for the UWV
 * report, evaluations, extensions and sanctions, statuses), written the way most HR software does
 * it: `Date` objects from date-fns `parseISO`, date-fns `addDays`/`subDays`/
 * `differenceInCalendarDays`/`isWeekend`/`format`, a holiday list built from `Date`s. Honest, not
 * deliberately slow; it has no employee/AOW handling and no rule options (the generated cases
 * have neither).
 *
 * @param {import('@poortwachter/core').CaseInput} input - The case.
 * @param {{ asOf: string }} options - The date that decides statuses (`YYYY-MM-DD`).
 * @returns {import('@poortwachter/core').Timeline} The same shape as `computeTimeline`'s result.
 * @throws Error when a date is impossible or periods overlap.
 * @see poortwachter-rules.md §0–§2 (the rules it implements); contract.md §2–§3
 * @example
 * ```js
 * const t = baselineTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-02-01' });
 * t.waitingPeriod.lastDay; // '2027-01-03'
 * ```
 * @category Benchmarks
 */
export function baselineTimeline(input, { asOf }) {
  const asOfDate = parseDate(asOf, 'asOf');
  const periods = parsePeriods(input);
  const chain = latestChain(periods, parseLeaves(input, periods));
  const d1 = chain[0].start;
  const events = groupEvents(input, d1);
  const first = (type) => events.get(type)?.[0];
  const sd = (n) => sickDay(chain, n);

  const warnings = [];
  if (isBefore(d1, new Date(2014, 0, 1)))
    warnings.push({ code: 'rules/version', message: { nl: 'Oudere regels.', en: 'Older rules.' } });
  let verlenging = 0;
  for (const v of events.get('vrijwillige-verlenging') ?? []) verlenging += 7 * v.event.weeks;
  if ((events.get('vrijwillige-verlenging') ?? []).some((v) => v.event.weeks < 13))
    warnings.push({
      code: 'vrijwillige-verlenging/short',
      message: { nl: 'Korte verlenging.', en: 'Short extension.' },
    });

  // The waiting period: 104 weeks of sick days, plus extensions (BW 7:629, Wet WIA art. 24, 25).
  const wiaDue = sd(651 + verlenging);
  let n = WAITING_PERIOD_SICK_DAYS + verlenging;
  const wia = first('wia-aanvraag');
  if (wia && wiaDue !== null && isAfter(wia.date, wiaDue))
    n += differenceInCalendarDays(wia.date, wiaDue);
  let lastDay = sd(n);
  const sanctions = events.get('loonsanctie') ?? [];
  if (sanctions.length > 0 && lastDay !== null) {
    const weeks = sanctions.reduce((sum, s) => sum + s.event.weeks, 0);
    const sanctioned = sd(n + 7 * Math.min(weeks, 52));
    const bekorting = (events.get('bekortingsbesluit') ?? []).find(
      (b) => !isBefore(b.date, sanctions[0].date),
    );
    if (sanctioned === null) lastDay = null;
    else if (!bekorting) lastDay = latest([sanctioned, lastDay]);
    else lastDay = latest([lastDay, earliest([sanctioned, addDays(bekorting.date, 42)])]);
  }

  const pa = first('probleemanalyse');
  const pvaDue = pa ? addDays(pa.date, 14) : sd(56);
  const eje = first('eerstejaarsevaluatie');
  const s406 = sd(406);
  const spoor2Due = eje
    ? s406 === null
      ? addDays(eje.date, 42)
      : earliest([addDays(eje.date, 42), s406])
    : s406;
  const uwvBase = sd(294);
  const skipped = !first('start-spoor-2') && first('spoor-2-niet-nodig') !== undefined;

  const milestones = [];
  const push = (id, windowStart, due, recorded, applies = true) => {
    const evaluation = id.startsWith('evaluatie-') ? id.slice('evaluatie-'.length) : null;
    const rule = evaluation === null ? id : 'evaluatie';
    const { kind, actor, label, source } = META.get(rule);
    milestones.push({
      id,
      windowStart: windowStart === null ? null : ymd(windowStart),
      due: due === null ? null : ymd(due),
      status: status(rule, due, recorded, applies, asOfDate, chain[chain.length - 1].end),
      eventDate: recorded ? recorded.event.date : null,
      kind,
      actor,
      label:
        evaluation === null
          ? label
          : { nl: `${label.nl} ${evaluation}`, en: `${label.en} ${evaluation}` },
      source,
    });
  };
  push('ziekmelding-bedrijfsarts', null, sd(7), first('ziekmelding-bedrijfsarts'));
  push('probleemanalyse', null, sd(42), pa);
  const pva = first('plan-van-aanpak');
  push('plan-van-aanpak', null, pvaDue, pva);

  // Evaluations every 42 sick days after the later of the previous one and the plan van aanpak.
  const pvaBase = pva ? pva.date : pvaDue;
  const recorded = events.get('evaluatie') ?? [];
  let previous = null;
  for (let i = 0; i < MAX_EVALUATIONS; i++) {
    const base =
      previous === null ? pvaBase : pvaBase === null ? previous : latest([previous, pvaBase]);
    const due = base === null ? null : sd(sickDaysUpTo(chain, base) + 42);
    if (i > 0 && (due === null || (lastDay !== null && isAfter(due, lastDay)))) break;
    const event = recorded[i];
    push(`evaluatie-${i + 1}`, null, due, event);
    previous = event ? event.date : due;
    if (previous === null) break;
  }

  push(
    'ziekmelding-uwv',
    null,
    uwvBase === null ? null : firstWorkingDayOnOrAfter(addDays(uwvBase, 1)),
    first('ziekmelding-uwv'),
  );
  push('eerstejaarsevaluatie', sd(316), sd(364), eje);
  push('start-spoor-2', null, spoor2Due, first('start-spoor-2'), !skipped);
  push('vervroegde-iva-aanvraag', sd(22), sd(476), first('vervroegde-iva-aanvraag'));
  push('wia-informatiebrief', null, sd(624 + verlenging), undefined);
  push('actueel-oordeel', null, sd(630 + verlenging), first('actueel-oordeel'));
  push('eindevaluatie', null, sd(637 + verlenging), first('eindevaluatie'));
  push('wia-aanvraag', null, wiaDue, wia);
  push('einde-wachttijd', null, lastDay, undefined);

  return {
    firstSickDay: ymd(d1),
    asOf: ymd(asOfDate),
    milestones,
    waitingPeriod: {
      lastDay: lastDay === null ? null : ymd(lastDay),
      firstDayAfter: lastDay === null ? null : ymd(addDays(lastDay, 1)),
    },
    warnings,
  };
}
