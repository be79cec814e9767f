import {
  type CasePhase,
  type LocalizedText,
  type Spoor2OutcomeCategory,
  type Spoor2Status,
  START_TIMINGS,
  type StartTiming,
  TIMELINESS_MEASURES,
  type TimelinessMeasureId,
  type WorkActor,
} from '@poortwachter/core';
import { ACTOR_DISPLAY } from './actor-display.js';

const byId = <T extends { id: string; label: LocalizedText }>(rows: readonly T[]) =>
  Object.fromEntries(rows.map((r) => [r.id, r.label])) as Record<T['id'], LocalizedText>;

/**
 * The words of the portfolio output, in Dutch and English, for the values of core's portfolio
 * keys: case phases, the state of spoor 1 and 2, start timings, timeliness measures,
 * outcomes and who acts on a work item. Start timings and measures take core's own labels.
 *
 * @example
 * ```ts
 * PORTFOLIO_LABELS.phase['jaar-2'].en; // 'second year'
 * PORTFOLIO_LABELS.timing.early.nl; // 'Vroeg'
 * ```
 * @category Output
 */
export const PORTFOLIO_LABELS = {
  phase: {
    'jaar-1': { nl: 'eerste ziektejaar', en: 'first year' },
    'jaar-2': { nl: 'tweede ziektejaar', en: 'second year' },
    'na-wachttijd': { nl: 'na de wachttijd', en: 'after the waiting period' },
    hersteld: { nl: 'hersteld', en: 'recovered' },
  } satisfies Record<CasePhase, LocalizedText>,
  spoor2: {
    gestart: { nl: 'gestart', en: 'started' },
    'niet-nodig': { nl: 'niet nodig', en: 'not needed' },
    'niet-van-toepassing': { nl: 'niet van toepassing', en: 'not applicable' },
    vereist: { nl: 'vereist, nog niet gestart', en: 'required, not started' },
  } satisfies Record<Spoor2Status['spoor2'], LocalizedText>,
  spoor1: {
    actief: { nl: 'actief', en: 'active' },
    afgerond: { nl: 'afgerond', en: 'closed' },
  } satisfies Record<Spoor2Status['spoor1'], LocalizedText>,
  timing: byId(START_TIMINGS) as Record<StartTiming, LocalizedText>,
  measure: byId(TIMELINESS_MEASURES) as Record<TimelinessMeasureId, LocalizedText>,
  outcome: {
    plaatsing: { nl: 'plaatsing', en: 'placement' },
    detachering: { nl: 'detachering', en: 'secondment' },
    proefplaatsing: { nl: 'proefplaatsing', en: 'trial placement' },
    geen: { nl: 'geen', en: 'none' },
    lopend: { nl: 'lopend', en: 'running' },
  } satisfies Record<Spoor2OutcomeCategory, LocalizedText>,
  actor: {
    ...Object.fromEntries(
      Object.entries(ACTOR_DISPLAY).map(([actor, label]) => [actor, label ?? { nl: '—', en: '—' }]),
    ),
    're-integratiebedrijf': { nl: 're-integratiebedrijf', en: 'reintegration provider' },
  } as Record<WorkActor, LocalizedText>,
} as const;
