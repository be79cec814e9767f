import { toIsoDate } from '../calendar/day-number.js';
import type { IssuePath } from '../issues/issue.js';
import type { Finding, LocalizedText } from '../types.js';
import type { Spoor2FindingRule, Spoor2Point, Spoor2Test } from './spoor2-finding-rule.js';
import { SPOOR2_FINDING_RULES, type Spoor2FindingCode } from './spoor2-finding-rules.js';
import { fillSpoor2Message, type Spoor2MessageValues } from './spoor2-message.js';
import type { Spoor2View } from './spoor2-view.js';

type Emit = (
  template: LocalizedText,
  values: Spoor2MessageValues,
  extra?: { period?: [number, number]; windows?: [number, number][]; path?: IssuePath },
) => void;

/**
 * The day of a dated point of a trajectory as known on the as-of date, or `null`.
 *
 * @param view - The trajectory as known on the as-of date.
 * @param point - The point.
 * @returns Its day number, or `null` when not (yet) recorded.
 * @internal
 */
export function pointDay(view: Spoor2View, point: Spoor2Point): number | null {
  switch (point) {
    case 'referral':
      return view.referral;
    case 'intake':
      return view.intake;
    case 'plan':
      return view.planDay;
    case 'close':
      return view.closed;
    case 'eind-report':
      return view.firstEindReport;
  }
}

function deadline(
  view: Spoor2View,
  test: Extract<Spoor2Test, { type: 'deadline' }>,
  message: Spoor2FindingRule['message'],
  emit: Emit,
) {
  const from = pointDay(view, test.from);
  if (from === null) return;
  const limit = view.options[test.limit];
  const event = pointDay(view, test.event);
  if (event !== null) {
    if (test.recordedLate && message.late && event - from > limit)
      emit(
        message.late,
        { start: from, end: event, days: event - from, limit },
        { period: [from, event] },
      );
  } else if (message.missing && view.asOf - from > limit) {
    const end = view.asOf;
    emit(message.missing, { start: from, end, days: end - from, limit }, { period: [from, end] });
  }
}

function planParts(
  view: Spoor2View,
  test: Extract<Spoor2Test, { type: 'plan-parts' }>,
  message: LocalizedText,
  emit: Emit,
) {
  const plan = view.plan;
  if (plan === null || view.planDay === null) return;
  const present = {
    persoonsprofiel: plan.persoonsprofiel === true,
    functions: (plan.zoekprofiel?.functions ?? []).some((f) => f.trim() !== ''),
    reportEveryWeeks: plan.reportEveryWeeks != null,
  };
  for (const p of test.parts)
    if (!present[p.part])
      emit(message, { start: view.planDay, part: p.label }, { path: ['spoor2', ...p.path] });
}

function distinctFunctions(
  view: Spoor2View,
  test: Extract<Spoor2Test, { type: 'distinct-functions' }>,
  message: LocalizedText,
  emit: Emit,
) {
  if (view.planDay === null) return;
  const distinct = new Set<string>();
  for (const f of view.plan?.zoekprofiel?.functions ?? []) {
    const key = f.trim().replace(/\s+/g, ' ').toLowerCase();
    if (key !== '') distinct.add(key);
  }
  const limit = view.options[test.limit];
  if (distinct.size > 0 && distinct.size < limit)
    emit(
      message,
      { start: view.planDay, count: distinct.size, limit },
      { path: ['spoor2', 'plan', 'zoekprofiel', 'functions'] },
    );
}

function applicationWindows(
  view: Spoor2View,
  test: Extract<Spoor2Test, { type: 'application-windows' }>,
  message: LocalizedText,
  emit: Emit,
) {
  const m = view.mediation;
  if (m === null) return;
  const perWeek = view.options[test.perWeek];
  const windowDays = view.options[test.window];
  const short: [number, number][] = [];
  view.windows.forEach((count, k) => {
    if (count * 7 < perWeek * windowDays) {
      const start = m.start + k * windowDays;
      short.push([start, start + windowDays - 1]);
    }
  });
  if (short.length === 0) return;
  emit(
    message,
    { start: m.start, count: short.length, total: view.windows.length, windowDays, perWeek },
    { period: [short[0]![0], short[short.length - 1]![1]], windows: short },
  );
}

function gaps(
  view: Spoor2View,
  test: Extract<Spoor2Test, { type: 'gaps' }>,
  message: LocalizedText,
  emit: Emit,
) {
  const points = test.points === 'entries' ? view.entries : view.reportingPoints;
  if (points.length === 0) return;
  const limit = view.options[test.limit];
  const most = limit * test.unitDays;
  const check = (a: number, b: number) => {
    if (b - a > most) emit(message, { start: a, end: b, days: b - a, limit }, { period: [a, b] });
  };
  for (let i = 1; i < points.length; i++) check(points[i - 1]!, points[i]!);
  if (view.closed === null) check(points[points.length - 1]!, view.asOf);
}

function precedes(view: Spoor2View, message: LocalizedText, emit: Emit) {
  if (view.planDay === null) return;
  if (view.adReport === null || view.adReport > view.planDay)
    emit(message, { start: view.planDay }, { path: ['spoor2', 'adReport'] });
}

const period = ([start, end]: [number, number]) => ({
  start: toIsoDate(start),
  end: toIsoDate(end),
});

/**
 * The findings of a view: every row of {@link SPOOR2_FINDING_RULES}, in table order, each read
 * by the small function of its test type. Within a row, findings follow the log's dates.
 *
 * @param view - The trajectory as known on the as-of date.
 * @returns The findings.
 * @internal
 */
export function spoor2Findings(view: Spoor2View): Finding<Spoor2FindingCode>[] {
  const findings: Finding<Spoor2FindingCode>[] = [];
  for (const rule of SPOOR2_FINDING_RULES as readonly (Spoor2FindingRule & {
    code: Spoor2FindingCode;
  })[]) {
    const emit: Emit = (template, values, extra = {}) => {
      findings.push({
        code: rule.code,
        severity: rule.severity,
        ...(extra.path && { path: extra.path }),
        ...(extra.period && { period: period(extra.period) }),
        ...(extra.windows && { windows: extra.windows.map(period) }),
        message: fillSpoor2Message(template, values),
        source: rule.source,
      });
    };
    const { test, message } = rule;
    switch (test.type) {
      case 'deadline':
        deadline(view, test, message, emit);
        break;
      case 'plan-parts':
        planParts(view, test, message.main!, emit);
        break;
      case 'distinct-functions':
        distinctFunctions(view, test, message.main!, emit);
        break;
      case 'application-windows':
        applicationWindows(view, test, message.main!, emit);
        break;
      case 'gaps':
        gaps(view, test, message.main!, emit);
        break;
      case 'precedes':
        precedes(view, message.main!, emit);
        break;
    }
  }
  return findings;
}
