import { toDayNumber, toIsoDate } from '../calendar/day-number.js';
import { formatDate } from '../calendar/format-date.js';
import { rivKindOf } from '../eligibility/riv-kind.js';
import { sickDaysUpTo } from '../periods/sick-day-date.js';
import { MILESTONE_RULES } from '../rules/milestone-rules.js';
import type { CaseContext } from '../timeline/case-context.js';
import { computeTimelineResult } from '../timeline/compute-timeline.js';
import type { CaseInput, ComputeOptions, Finding, Severity, Timeline } from '../types.js';
import { milestoneFinding } from './milestone-finding.js';

const SEVERITY_OF_WARNING: Record<string, Severity> = {
  'rules/version': 'warning',
  'aow/during-case': 'warning',
  'aow/at-start': 'info',
  'aow/unknown': 'info',
  'vrijwillige-verlenging/short': 'warning',
};
const EVALUATION_INTERVAL = 42;
const BKP =
  'Beleidsregels beoordelingskader poortwachter, hoofdstuk 5; UWV Werkwijzer Poortwachter §4.3';

/** `evaluatie/gap`: recorded evaluations (or the PvA and the first) more than 42 sick days apart. */
function evaluationGaps(ctx: CaseContext): Finding[] {
  const days = [
    ...(ctx.events.get('plan-van-aanpak') ?? []).slice(0, 1),
    ...(ctx.events.get('evaluatie') ?? []),
  ]
    .map((e) => e.day)
    .sort((a, b) => a - b);
  const out: Finding[] = [];
  const calendar = ctx.options.processDeadlines === 'calendar';
  for (let i = 1; i < days.length; i++) {
    const from = days[i - 1]!;
    const to = days[i]!;
    const gap = calendar ? to - from : sickDaysUpTo(ctx.chain, to) - sickDaysUpTo(ctx.chain, from);
    if (gap <= EVALUATION_INTERVAL) continue;
    const [f, t] = [toIsoDate(from), toIsoDate(to)];
    out.push({
      code: 'evaluatie/gap',
      severity: 'warning',
      milestone: 'evaluatie',
      due: null,
      eventDate: t,
      message: {
        nl: `Tussen ${formatDate(f)} en ${formatDate(t)} liggen ${gap} ${calendar ? 'dagen' : 'ziektedagen'} zonder evaluatie van het plan van aanpak (ten hoogste 42).`,
        en: `${gap} ${calendar ? 'days' : 'sick days'} passed between ${formatDate(f, 'en')} and ${formatDate(t, 'en')} without an evaluation of the plan of action (at most 42).`,
      },
      source: 'BW 7:658a lid 3; UWV: ten minste elke zes weken',
    });
  }
  return out;
}

/** Spoor-2 decisions: none by the deadline, a skip ground without motivation or with a doubtful AOW ground. */
function spoor2Findings(ctx: CaseContext, timeline: Timeline, lastDay: number | null): Finding[] {
  const out: Finding[] = [];
  const milestone = timeline.milestones.find((m) => m.id === 'start-spoor-2');
  const skip = ctx.events.get('spoor-2-niet-nodig')?.[0];
  const start = ctx.events.get('start-spoor-2')?.[0];
  const due = milestone?.due ?? null;
  if (milestone && due !== null && !start && (milestone.status !== 'not-applicable' || skip)) {
    const dueDay = toDayNumber(due);
    if (ctx.asOf > dueDay && (!skip || skip.day > dueDay)) {
      const decided = skip !== undefined && skip.day <= ctx.asOf;
      out.push({
        code: 'start-spoor-2/no-decision',
        severity: decided ? 'warning' : 'error',
        milestone: 'start-spoor-2',
        due,
        eventDate: decided ? skip.event.date : null,
        message: decided
          ? {
              nl: `Het besluit dat spoor 2 niet nodig is, is pas na ${formatDate(due)} vastgelegd.`,
              en: `The decision that track 2 is not needed was recorded after ${formatDate(due, 'en')}.`,
            }
          : {
              nl: `Uiterlijk ${formatDate(due)} had spoor 2 moeten starten of had een grond moeten zijn vastgelegd waarom het niet nodig is.`,
              en: `By ${formatDate(due, 'en')} track 2 should have started or a ground for not needing it should have been recorded.`,
            },
        source: BKP,
      });
    }
  }
  if (skip && !skip.event.motivation?.trim()) {
    out.push({
      code: 'spoor-2-niet-nodig/no-motivation',
      severity: 'error',
      milestone: 'start-spoor-2',
      due,
      eventDate: skip.event.date,
      message: {
        nl: 'De grond om spoor 2 niet in te zetten heeft geen motivering.',
        en: 'The ground for not starting track 2 has no motivation.',
      },
      source: BKP,
    });
  }
  if (skip?.event.ground === 'aow-binnen-jaar-na-wachttijd') {
    const ok = ctx.aowDate !== null && lastDay !== null && ctx.aowDate <= lastDay + 365;
    if (!ok)
      out.push({
        code: 'spoor-2-niet-nodig/aow-ground',
        severity: 'warning',
        milestone: 'start-spoor-2',
        due,
        eventDate: skip.event.date,
        message: {
          nl: 'De grond "AOW binnen een jaar na de wachttijd" is niet te bevestigen: de AOW-datum valt later of is onbekend.',
          en: 'The ground "AOW within a year after the waiting period" cannot be confirmed: the AOW date is later or unknown.',
        },
        source: BKP,
      });
  }
  return out;
}

/** The RIV required at the end of employment, as an `info` finding. */
function endOfEmploymentFinding(ctx: CaseContext): Finding[] {
  const riv = rivKindOf(ctx);
  if (!riv) return [];
  const text = {
    geen: { nl: 'geen re-integratieverslag', en: 'no reintegration report' },
    verkort: { nl: 'een verkort re-integratieverslag', en: 'a short reintegration report' },
    volledig: { nl: 'een volledig re-integratieverslag', en: 'a full reintegration report' },
  }[riv.kind];
  return [
    {
      code: `einde-dienstverband/riv-${riv.kind}`,
      severity: 'info',
      milestone: 'einde-dienstverband',
      due: riv.lastDayOfEmployment,
      eventDate: riv.lastDayOfEmployment,
      message: {
        nl: `Het dienstverband eindigt op ${formatDate(riv.lastDayOfEmployment)} na ${riv.sickDays} ziektedagen: meld dit uiterlijk op de laatste werkdag bij UWV, met ${text.nl}.`,
        en: `Employment ends on ${formatDate(riv.lastDayOfEmployment, 'en')} after ${riv.sickDays} sick days: report this to UWV by the last working day, with ${text.en}.`,
      },
      source:
        'Ziektewet art. 38a; Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen, art. 2a',
    },
  ];
}

const RULE_BY_ID = new Map(MILESTONE_RULES.map((r) => [r.id, r]));

/**
 * Checks a case as of a date and returns its compliance findings, sorted by due date (findings
 * without one last): one per milestone that needs attention (`<milestone>/<status>`), evaluation
 * gaps (`evaluatie/gap`), no spoor-2 decision by its deadline (`start-spoor-2/no-decision`,
 * which takes the place of `start-spoor-2/overdue`), a skip ground without motivation, the
 * timeline's warnings (`rules/version`, `aow/during-case`, …) and the RIV due at the end of
 * employment. Findings are plain data: never thrown.
 *
 * @param input - The case.
 * @param options - Rule options and `asOf` (default: today in Amsterdam).
 * @returns The findings (contract.md §4).
 * @throws PoortwachterInputError when the case cannot be computed at all.
 * @see contract.md §3–§4; poortwachter-rules.md §4
 * @example
 * ```ts
 * const findings = checkCase({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-03-01' });
 * findings[0];
 * // { code: 'ziekmelding-bedrijfsarts/overdue', severity: 'warning', milestone: 'ziekmelding-bedrijfsarts', due: '2025-01-12', … }
 * findings.some((f) => f.code === 'probleemanalyse/overdue' && f.severity === 'error'); // true
 * ```
 * @category Findings
 */
export function checkCase(input: CaseInput, options: ComputeOptions = {}): Finding[] {
  const { ctx, timeline } = computeTimelineResult(input, options);
  const findings: Finding[] = [];
  for (const m of timeline.milestones) {
    if (m.id === 'start-spoor-2' && m.status === 'overdue') continue;
    const rule = RULE_BY_ID.get(m.id) ?? RULE_BY_ID.get(m.id.replace(/-\d+$/, ''));
    const f = rule ? milestoneFinding(m, rule) : null;
    if (f) findings.push(f);
  }
  const lastDay =
    timeline.waitingPeriod.lastDay === null ? null : toDayNumber(timeline.waitingPeriod.lastDay);
  findings.push(
    ...evaluationGaps(ctx),
    ...spoor2Findings(ctx, timeline, lastDay),
    ...endOfEmploymentFinding(ctx),
  );
  for (const w of timeline.warnings)
    findings.push({
      code: w.code,
      severity: SEVERITY_OF_WARNING[w.code] ?? 'warning',
      due: null,
      eventDate: null,
      message: w.message,
    });
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const da = a.f.due ?? '9999-99-99';
      const db = b.f.due ?? '9999-99-99';
      return da < db ? -1 : da > db ? 1 : a.i - b.i;
    })
    .map((x) => x.f);
}
