import { toIsoDate } from '../calendar/day-number.js';
import { computeTimelineResult, type TimelineResult } from '../timeline/compute-timeline.js';
import type { CaseInput, ComputeOptions, IsoDate, Spoor2SkipGround } from '../types.js';

/**
 * Where a case stands on the two tracks as of a date, and why.
 * - `spoor1`: `actief` while sick (it stays obligatory for the whole waiting period, also while
 *   spoor 2 runs), `afgerond` after recovery.
 * - `spoor2`: `gestart` (a start recorded on or before `asOf`), `niet-nodig` (a skip ground
 *   recorded), `niet-van-toepassing` (AOW age at the first sick day or before the
 *   deadline, or recovered), otherwise
 *   `vereist` with the latest start date `due`.
 *
 *
 * @example
 * ```ts
 * const s: Spoor2Status = spoor2Status(caseFile, { asOf: '2026-03-01' });
 * if (s.spoor2 === 'vereist') console.log(`Start spoor 2 by ${s.due}`);
 * ```
 * @category Tracks
 */
export interface Spoor2Status {
  spoor1: 'actief' | 'afgerond';
  spoor2: 'gestart' | 'niet-nodig' | 'niet-van-toepassing' | 'vereist';
  /** Why spoor 2 is not required: a skip ground, AOW age at the start, or recovery. */
  reason: Spoor2SkipGround | 'aow-bij-aanvang' | 'aow-tijdens-zaak' | 'hersteld' | null;
  /** The date spoor 2 started, or the skip ground was recorded. */
  since: IsoDate | null;
  /** The latest start of spoor 2 (`start-spoor-2`), when it is required. */
  due: IsoDate | null;
}

/**
 * The tracks of a case as of a date: whether spoor 2 is required and why, or which skip ground
 * applies ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#tracks | docs/rules.md ("Tracks")}). Only events on or before `asOf` count.
 *
 * @param input - The case.
 * @param options - Rule options and `asOf`.
 * @returns The status of spoor 1 and spoor 2.
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter, hoofdstuk 5; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#tracks | docs/rules.md ("Tracks")}
 * @example
 * ```ts
 * spoor2Status(
 *   {
 *     sickPeriods: [{ start: '2024-01-08' }],
 *     events: [{ type: 'spoor-2-niet-nodig', date: '2024-12-20', ground: 'terugkeer-binnen-3-maanden', motivation: 'Opbouw eigen werk loopt volgens plan.' }],
 *   },
 *   { asOf: '2025-01-10' },
 * ); // { spoor1: 'actief', spoor2: 'niet-nodig', reason: 'terugkeer-binnen-3-maanden', since: '2024-12-20', due: null }
 * ```
 * @category Tracks
 */
export function spoor2Status(input: CaseInput, options: ComputeOptions = {}): Spoor2Status {
  return tracksOf(computeTimelineResult(input, options));
}

/**
 * The tracks of a case from its computed timeline, for a caller that has it already.
 *
 * @param result - The timeline with its context and rows.
 * @returns The status of spoor 1 and spoor 2.
 * @internal
 */
export function tracksOf({ ctx, timeline, rules }: TimelineResult): Spoor2Status {
  const recovered = ctx.chain.lastSickDay !== null && ctx.asOf > ctx.chain.lastSickDay;
  const spoor1 = recovered ? 'afgerond' : 'actief';
  const byAsOf = (type: 'start-spoor-2' | 'spoor-2-niet-nodig') =>
    (ctx.events.get(type) ?? []).find((e) => e.day <= ctx.asOf);
  const start = byAsOf('start-spoor-2');
  if (start)
    return {
      spoor1,
      spoor2: 'gestart',
      reason: null,
      since: start.event.date,
      due: null,
    };
  const skip = byAsOf('spoor-2-niet-nodig');
  if (skip)
    return {
      spoor1,
      spoor2: 'niet-nodig',
      reason: skip.event.ground ?? null,
      since: skip.event.date,
      due: null,
    };
  // The milestone completed by the start of spoor 2: found by its event, not by its id.
  const rule = rules.find((r) => r.event === 'start-spoor-2');
  const milestone = timeline.milestones.find((m) => m.ruleId === rule?.id);
  const aow = timeline.warnings.find(
    (w) => w.code === 'aow/at-start' || w.code === 'aow/during-case',
  );
  if (milestone?.status === 'not-applicable' && aow)
    return {
      spoor1,
      spoor2: 'niet-van-toepassing',
      reason: aow.code === 'aow/at-start' ? 'aow-bij-aanvang' : 'aow-tijdens-zaak',
      since: null,
      due: null,
    };
  if (recovered)
    return {
      spoor1,
      spoor2: 'niet-van-toepassing',
      reason: 'hersteld',
      since: toIsoDate(ctx.chain.lastSickDay!),
      due: null,
    };
  return {
    spoor1,
    spoor2: 'vereist',
    reason: null,
    since: null,
    due: milestone?.due ?? null,
  };
}
