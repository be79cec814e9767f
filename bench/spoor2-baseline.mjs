import {
  SPOOR2_ACTIVITY_MODES,
  SPOOR2_ACTIVITY_TYPES,
  SPOOR2_APPLICATION_RESULTS,
  SPOOR2_DEFAULT_OPTIONS,
  SPOOR2_FINDING_RULES,
  SPOOR2_PHASES,
  SPOOR2_REPORT_KINDS,
} from '@poortwachter/core';
import {
  addDays,
  compareAsc,
  differenceInCalendarDays,
  min as earliest,
  format,
  isAfter,
  isBefore,
  isValid,
  isWithinInterval,
  parseISO,
} from 'date-fns';
import { enUS, nl } from 'date-fns/locale';

const ISO_FORM = /^\d{4}-\d{2}-\d{2}$/;
const PHASE_IDS = SPOOR2_PHASES.map((p) => p.id);
/** Message templates, thresholds' defaults and sources: static texts shared with the engine so outputs compare equal. */
const RULES = new Map(SPOOR2_FINDING_RULES.map((r) => [r.code, r]));

/** Parses a `YYYY-MM-DD` string the usual way (date-fns `parseISO`: local midnight) and checks it. */
function parseDate(value, path) {
  const date =
    typeof value === 'string' && ISO_FORM.test(value) ? parseISO(value) : new Date(Number.NaN);
  if (!isValid(date)) throw new Error(`${path}: not a calendar date`);
  return date;
}
const optionalDate = (value, path) => (value == null ? null : parseDate(value, path));
const iso = (date) => format(date, 'yyyy-MM-dd');
const days = (a, b) => differenceInCalendarDays(b, a);
const round2 = (x) => Math.round(x * 100) / 100;

function validate(t) {
  const referral = parseDate(t.referral, 'spoor2.referral');
  const intake = optionalDate(t.intake, 'spoor2.intake');
  const end = optionalDate(t.end, 'spoor2.end');
  const plan = t.plan ? parseDate(t.plan.date, 'spoor2.plan.date') : null;
  if (t.adReport) parseDate(t.adReport.date, 'spoor2.adReport.date');
  if (t.outcome) optionalDate(t.outcome.date, 'spoor2.outcome.date');
  for (const [i, p] of (t.phases ?? []).entries()) {
    if (!PHASE_IDS.includes(p.phase)) throw new Error(`spoor2.phases[${i}].phase`);
    const start = parseDate(p.start, `spoor2.phases[${i}].start`);
    const phaseEnd = optionalDate(p.end, `spoor2.phases[${i}].end`);
    if (
      isBefore(start, referral) ||
      (end && isAfter(start, end)) ||
      (phaseEnd && isBefore(phaseEnd, start))
    )
      throw new Error(`spoor2.phases[${i}]: outside the trajectory`);
  }
  for (const [i, a] of (t.activities ?? []).entries()) {
    parseDate(a.date, `spoor2.activities[${i}].date`);
    if (!SPOOR2_ACTIVITY_TYPES.includes(a.type)) throw new Error(`spoor2.activities[${i}].type`);
    if (a.mode !== undefined && !SPOOR2_ACTIVITY_MODES.includes(a.mode))
      throw new Error(`spoor2.activities[${i}].mode`);
    if (a.hours != null && !(a.hours >= 0)) throw new Error(`spoor2.activities[${i}].hours`);
  }
  for (const [i, a] of (t.applications ?? []).entries()) {
    parseDate(a.date, `spoor2.applications[${i}].date`);
    if (!SPOOR2_APPLICATION_RESULTS.includes(a.result))
      throw new Error(`spoor2.applications[${i}].result`);
  }
  for (const [i, r] of (t.reports ?? []).entries()) {
    parseDate(r.date, `spoor2.reports[${i}].date`);
    if (!SPOOR2_REPORT_KINDS.includes(r.kind)) throw new Error(`spoor2.reports[${i}].kind`);
    if (
      r.number !== undefined &&
      (t.reports ?? []).slice(0, i).some((o) => o.kind === r.kind && o.number === r.number)
    )
      throw new Error(`spoor2.reports[${i}].number: duplicate`);
  }
  if (intake && isBefore(intake, referral)) throw new Error('spoor2.intake: before the referral');
  if (plan && isBefore(plan, intake ?? referral)) throw new Error('spoor2.plan.date: too early');
}

function written(value, lang) {
  if (typeof value !== 'number' && !(value instanceof Date)) return value[lang];
  if (value instanceof Date)
    return format(value, 'd MMMM yyyy', { locale: lang === 'nl' ? nl : enUS });
  return lang === 'nl' ? String(value).replace('.', ',') : String(value);
}
function fill(template, values) {
  const one = (lang) =>
    template[lang].replace(/\{(\w+)\}/g, (whole, key) =>
      values[key] === undefined ? whole : written(values[key], lang),
    );
  return { nl: one('nl'), en: one('en') };
}

/**
 * `assessSpoor2` written the straightforward way, as HR software usually would: `Date` objects
 * from date-fns `parseISO`, `differenceInCalendarDays`, `addDays`, `isWithinInterval`, `format`
 * with the `nl` locale, the log filtered with array methods for every figure, window and gap, the
 * same validation and the same output. Default options only (the plan's agreed values count).
 * The benchmark's yardstick; `spoor2-baseline.test.ts` checks that it gives the same results.
 *
 * @param {{ spoor2?: import('@poortwachter/core').Spoor2Trajectory | null }} input - A case.
 * @param {{ asOf: string }} options - The as-of date.
 * @returns {import('@poortwachter/core').Spoor2Assessment | null} The same result as `assessSpoor2`.
 * @example
 * ```js
 * baselineAssessSpoor2({ spoor2: { referral: '2025-02-10' } }, { asOf: '2025-03-01' }).phase; // 'aanmelding'
 * ```
 * @category Benchmarks
 */
export function baselineAssessSpoor2(input, { asOf: asOfIso }) {
  const t = input.spoor2;
  if (t == null) return null;
  validate(t);
  const asOf = parseDate(asOfIso, 'asOf');
  const known = (value) =>
    value == null ? null : isAfter(parseISO(value), asOf) ? null : parseISO(value);

  const referral = parseISO(t.referral);
  const intake = known(t.intake);
  const planDate = t.plan ? known(t.plan.date) : null;
  const plan = planDate ? t.plan : null;
  const options = { ...SPOOR2_DEFAULT_OPTIONS };
  if (plan && typeof plan.applicationsPerWeek === 'number')
    options.applicationsPerWeek = plan.applicationsPerWeek;
  if (plan && typeof plan.reportEveryWeeks === 'number')
    options.reportEveryWeeks = plan.reportEveryWeeks;
  const end = t.end ? parseISO(t.end) : null;
  const outcomeDate = t.outcome?.date ? parseISO(t.outcome.date) : null;
  const endOrOutcome = [end, outcomeDate].filter(Boolean).length
    ? earliest([end, outcomeDate].filter(Boolean))
    : null;
  const closed = endOrOutcome && !isAfter(endOrOutcome, asOf) ? endOrOutcome : null;
  const outcome = outcomeDate && !isAfter(outcomeDate, asOf) ? outcomeDate : null;
  const activities = (t.activities ?? []).filter((a) => !isAfter(parseISO(a.date), asOf));
  const applications = (t.applications ?? [])
    .map((a) => ({ ...a, day: parseISO(a.date) }))
    .filter((a) => !isAfter(a.day, asOf));
  const reports = (t.reports ?? []).filter((r) => !isAfter(parseISO(r.date), asOf));
  const phases = (t.phases ?? []).filter((p) => !isAfter(parseISO(p.start), asOf));

  // Phase.
  let phase;
  if (closed) phase = 'afgerond';
  else if (phases.length > 0) {
    const sorted = [...phases].sort(
      (a, b) =>
        compareAsc(parseISO(a.start), parseISO(b.start)) ||
        PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase),
    );
    phase = sorted[sorted.length - 1].phase;
  } else phase = intake ? 'intake' : 'aanmelding';

  // Mediation period and its windows: a bemiddeling phase recorded to start after asOf is not
  // known yet.
  const bemiddeling = (t.phases ?? [])
    .filter((p) => p.phase === 'bemiddeling-en-sollicitatie')
    .map((p) => parseISO(p.start))
    .filter((start) => !isAfter(start, asOf));
  const mediationStart = bemiddeling.length > 0 ? earliest(bemiddeling) : planDate;
  const mediationEnd = endOrOutcome ? earliest([asOf, endOrOutcome]) : asOf;
  const mediation =
    mediationStart && !isAfter(mediationStart, mediationEnd)
      ? { start: mediationStart, end: mediationEnd }
      : null;
  const windows = [];
  if (mediation) {
    const count = Math.floor(
      (days(mediation.start, mediation.end) + 1) / options.applicationWindowDays,
    );
    for (let k = 0; k < count; k++) {
      const start = addDays(mediation.start, k * options.applicationWindowDays);
      const last = addDays(start, options.applicationWindowDays - 1);
      windows.push({
        start,
        end: last,
        applications: applications.filter((a) => isWithinInterval(a.day, { start, end: last }))
          .length,
      });
    }
  }
  const inMediation = mediation
    ? applications.filter((a) =>
        isWithinInterval(a.day, { start: mediation.start, end: mediation.end }),
      ).length
    : 0;

  // Figures.
  const start = intake ?? referral;
  const until = end ? earliest([asOf, end]) : asOf;
  const countBy = (list, key, values) =>
    Object.fromEntries(
      values.map((v) => [v, list.filter((x) => x[key] === v).length]).filter(([, n]) => n > 0),
    );
  const hundredths = (list) =>
    list.reduce((s, a) => s + (a.hours == null ? 0 : Math.round(a.hours * 100)), 0);
  const totalHundredths = hundredths(activities);
  const onlineHundredths = hundredths(activities.filter((a) => a.mode === 'online'));
  const logDates = [
    ...activities.map((a) => parseISO(a.date)),
    ...applications.map((a) => a.day),
  ].sort(compareAsc);
  const lastActivity = logDates.length > 0 ? logDates[logDates.length - 1] : null;
  const reportingPoints = planDate
    ? [
        planDate,
        ...reports
          .filter((r) => r.kind === 'voortgang')
          .map((r) => parseISO(r.date))
          .filter((d) => !isBefore(d, planDate)),
      ].sort(compareAsc)
    : [];
  const lastPoint = reportingPoints[reportingPoints.length - 1];
  const figures = {
    daysInTrajectory: Math.max(0, days(start, until)),
    applications: {
      total: applications.length,
      interviews: applications.filter(
        (a) => a.result === 'uitgenodigd' || a.result === 'aangenomen',
      ).length,
      byResult: countBy(applications, 'result', SPOOR2_APPLICATION_RESULTS),
    },
    applicationsPerWeek:
      mediation && days(mediation.start, mediation.end) > 0
        ? round2((inMediation * 7) / days(mediation.start, mediation.end))
        : null,
    activities: {
      total: activities.length,
      byType: countBy(activities, 'type', SPOOR2_ACTIVITY_TYPES),
    },
    hours: {
      total: totalHundredths / 100,
      byMode: Object.fromEntries(
        SPOOR2_ACTIVITY_MODES.map((m) => [
          m,
          hundredths(activities.filter((a) => a.mode === m)) / 100,
        ]),
      ),
    },
    onlineShare: totalHundredths > 0 ? round2(onlineHundredths / totalHundredths) : null,
    lastActivity: lastActivity ? iso(lastActivity) : null,
    daysSinceLastActivity: lastActivity ? days(lastActivity, asOf) : null,
    reports: Object.fromEntries(
      SPOOR2_REPORT_KINDS.map((k) => [k, reports.filter((r) => r.kind === k).length]),
    ),
    nextReportDue:
      !closed && lastPoint ? iso(addDays(lastPoint, options.reportEveryWeeks * 7)) : null,
    outcome: outcome ? t.outcome.kind : null,
    daysToOutcome: outcome ? days(start, outcome) : null,
  };

  // Findings, in the order of the rule table.
  const findings = [];
  const emit = (code, template, values, extra = {}) => {
    const rule = RULES.get(code);
    const finding = { code, severity: rule.severity };
    if (extra.path) finding.path = extra.path;
    if (extra.period) finding.period = { start: iso(extra.period[0]), end: iso(extra.period[1]) };
    if (extra.windows)
      finding.windows = extra.windows.map((w) => ({ start: iso(w.start), end: iso(w.end) }));
    finding.message = fill(template, values);
    finding.source = rule.source;
    findings.push(finding);
  };
  const deadline = (code, from, event, limit) => {
    const { message } = RULES.get(code);
    if (!from) return;
    if (event) {
      if (message.late && days(from, event) > limit)
        emit(
          code,
          message.late,
          { start: from, end: event, days: days(from, event), limit },
          { period: [from, event] },
        );
    } else if (days(from, asOf) > limit)
      emit(
        code,
        message.missing,
        { start: from, end: asOf, days: days(from, asOf), limit },
        { period: [from, asOf] },
      );
  };
  const gaps = (code, points, limit, unitDays) => {
    const { message } = RULES.get(code);
    const all = closed || points.length === 0 ? points : [...points, asOf];
    for (let i = 1; i < all.length; i++)
      if (days(all[i - 1], all[i]) > limit * unitDays)
        emit(
          code,
          message.main,
          { start: all[i - 1], end: all[i], days: days(all[i - 1], all[i]), limit },
          { period: [all[i - 1], all[i]] },
        );
  };

  deadline('spoor-2/intake-late', referral, intake, options.intakeWithinDays);
  deadline('spoor-2/plan-late', intake, planDate, options.planWithinDays);
  if (plan) {
    const rule = RULES.get('spoor-2/plan-incomplete');
    const present = {
      persoonsprofiel: plan.persoonsprofiel === true,
      functions: (plan.zoekprofiel?.functions ?? []).some((f) => f.trim() !== ''),
      reportEveryWeeks: plan.reportEveryWeeks != null,
    };
    for (const p of rule.test.parts)
      if (!present[p.part])
        emit(
          rule.code,
          rule.message.main,
          { start: planDate, part: p.label },
          { path: ['spoor2', ...p.path] },
        );
    const distinct = new Set(
      (plan.zoekprofiel?.functions ?? [])
        .map((f) => f.trim().replace(/\s+/g, ' ').toLowerCase())
        .filter((f) => f !== ''),
    );
    if (distinct.size > 0 && distinct.size < options.minZoekprofielFunctions)
      emit(
        'spoor-2/narrow-zoekprofiel',
        RULES.get('spoor-2/narrow-zoekprofiel').message.main,
        { start: planDate, count: distinct.size, limit: options.minZoekprofielFunctions },
        { path: ['spoor2', 'plan', 'zoekprofiel', 'functions'] },
      );
  }
  const short = windows.filter(
    (w) => w.applications * 7 < options.applicationsPerWeek * options.applicationWindowDays,
  );
  if (short.length > 0)
    emit(
      'spoor-2/few-applications',
      RULES.get('spoor-2/few-applications').message.main,
      {
        start: mediation.start,
        count: short.length,
        total: windows.length,
        windowDays: options.applicationWindowDays,
        perWeek: options.applicationsPerWeek,
      },
      { period: [short[0].start, short[short.length - 1].end], windows: short },
    );
  const entries = [...(intake ? [intake] : []), ...logDates].sort(compareAsc);
  gaps('spoor-2/inactive', entries, options.maxActivityGapDays, 1);
  gaps('spoor-2/report-gap', reportingPoints, options.reportEveryWeeks, 7);
  const eind = reports.filter((r) => r.kind === 'eind').map((r) => parseISO(r.date));
  deadline(
    'spoor-2/no-eindrapportage',
    closed,
    eind.length > 0 ? earliest(eind) : null,
    options.eindrapportageWithinDays,
  );
  const adReport = t.adReport ? parseISO(t.adReport.date) : null;
  if (planDate && (!adReport || isAfter(adReport, planDate)))
    emit(
      'spoor-2/no-ad-report',
      RULES.get('spoor-2/no-ad-report').message.main,
      { start: planDate },
      { path: ['spoor2', 'adReport'] },
    );

  return { asOf: iso(asOf), phase, figures, findings };
}
