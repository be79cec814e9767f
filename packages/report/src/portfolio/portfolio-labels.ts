import {
  type LocalizedText,
  type Spoor2FindingCode,
  type Spoor2OutcomeCategory,
  START_TIMINGS,
  type StartTiming,
  TIMELINESS_MEASURES,
  type TimelinessMeasureId,
  type WorkActor,
} from '@poortwachter/core';
import { LABELS } from '../format/labels.js';

const dutch = <T extends { id: string; label: LocalizedText }>(rows: readonly T[]) =>
  Object.fromEntries(rows.map((r) => [r.id, r.label.nl])) as Record<T['id'], string>;

/**
 * The Dutch words of the portfolio report for the values of core's portfolio keys: start
 * timings and timeliness measures as core labels them, outcomes as the spoor-2 documents name
 * them (plus a running trajectory), who acts on a work item, and the spoor-2 findings as a
 * manager reads them (the code stays in the work list, which names the rule).
 *
 * @example
 * ```ts
 * PORTFOLIO_REPORT_LABELS.timing.late; // 'Te laat'
 * PORTFOLIO_REPORT_LABELS.actor['re-integratiebedrijf']; // 'Re-integratiebedrijf'
 * ```
 * @category Portfolio report
 */
export const PORTFOLIO_REPORT_LABELS = {
  timing: dutch(START_TIMINGS) as Record<StartTiming, string>,
  timingOrUnknown: {
    ...(dutch(START_TIMINGS) as Record<StartTiming, string>),
    unknown: 'Niet gestart',
  } as Record<StartTiming | 'unknown', string>,
  measure: dutch(TIMELINESS_MEASURES) as Record<TimelinessMeasureId, string>,
  outcome: { ...LABELS.outcome, lopend: 'Lopend' } satisfies Record<Spoor2OutcomeCategory, string>,
  actor: {
    werkgever: LABELS.party.werkgever,
    werknemer: LABELS.party.werknemer,
    'werkgever+werknemer': LABELS.party['werkgever+werknemer'],
    bedrijfsarts: LABELS.party.bedrijfsarts,
    UWV: 'UWV',
    '—': '—',
    're-integratiebedrijf': LABELS.party['re-integratiebedrijf'],
  } satisfies Record<WorkActor, string>,
  finding: {
    'spoor-2/intake-late': 'Intake later dan gebruikelijk',
    'spoor-2/plan-late': 'Trajectplan te laat',
    'spoor-2/plan-incomplete': 'Trajectplan onvolledig',
    'spoor-2/narrow-zoekprofiel': 'Zoekprofiel te smal',
    'spoor-2/few-applications': 'Te weinig sollicitaties',
    'spoor-2/inactive': 'Periode zonder activiteiten',
    'spoor-2/report-gap': 'Te lang geen voortgangsrapportage',
    'spoor-2/no-eindrapportage': 'Geen eindrapportage',
    'spoor-2/no-ad-report': 'Geen arbeidsdeskundig rapport',
  } satisfies Record<Spoor2FindingCode, string>,
} as const;
