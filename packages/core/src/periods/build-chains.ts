import { toDayNumber } from '../calendar/day-number.js';
import type { LeavePeriod, RuleOptions, SickPeriod } from '../types.js';
import type { Chain, Segment } from './chain.js';

/**
 * The largest gap (days strictly between two periods) that still adds periods together.
 *
 * @example
 * ```ts
 * const addsUp = (gapDays: number) => gapDays <= MAX_SAMENTELLING_GAP; // 27
 * ```
 * @category Periods
 */
export const MAX_SAMENTELLING_GAP = 27;

/** A leave period as day numbers. */
export interface LeaveDays {
  start: number;
  end: number;
  sameCause: boolean;
}

/**
 * Counts the gap between two periods for samentelling. Default (`statute`): leave that fills
 * the gap exactly (ends the day before the next period, starts the day after the previous one)
 * bridges it (gap 0) unless `sameCause` is `false`; otherwise leave days are ordinary gap days.
 * `exclude-leave-days`: leave days (with the same cause) are left out of any gap.
 */
function gapDays(
  prevEnd: number,
  nextStart: number,
  leaves: readonly LeaveDays[],
  mode: RuleOptions['leaveAndGaps'],
): number {
  const gap = nextStart - prevEnd - 1;
  if (gap === 0 || leaves.length === 0) return gap;
  if (mode === 'exclude-leave-days') {
    let leaveDays = 0;
    for (const l of leaves) {
      if (!l.sameCause) continue;
      const from = Math.max(l.start, prevEnd + 1);
      const to = Math.min(l.end, nextStart - 1);
      if (to >= from) leaveDays += to - from + 1;
    }
    return gap - leaveDays;
  }
  const bridging = leaves.some(
    (l) => l.sameCause && l.start === prevEnd + 1 && l.end === nextStart - 1,
  );
  return bridging ? 0 : gap;
}

/**
 * Groups sick periods into chains by samentelling: periods less than four weeks apart (a gap of
 * at most 27 days) are added together, whatever the cause; a gap of 28 days or more starts a new
 * chain with its own first sick day. Pregnancy and childbirth leave is never sickness; how it
 * counts in a gap follows `options.leaveAndGaps`. Periods may come in any order; they must be
 * valid (see {@link validateCaseInput}).
 *
 * @param sickPeriods - The sick periods of a case.
 * @param leavePeriods - Pregnancy and childbirth leave periods.
 * @param options - The rule options (`leaveAndGaps`).
 * @returns The chains, oldest first.
 * @see BW 7:629 lid 10 (samentelling, also across WAZO leave); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#samentelling | docs/rules.md ("Samentelling", "Leave")}
 * @example
 * ```ts
 * const chains = buildChains([
 *   { start: '2022-01-03', end: '2022-07-03' },
 *   { start: '2022-07-25' }, // 21 days later: added together
 * ]);
 * chains.length; // 1
 * toIsoDate(chains[0].firstSickDay); // '2022-01-03'
 * ```
 * @category Periods
 */
export function buildChains(
  sickPeriods: readonly SickPeriod[],
  leavePeriods: readonly LeavePeriod[] = [],
  options: Pick<RuleOptions, 'leaveAndGaps'> = {},
): Chain[] {
  const segments: Segment[] = sickPeriods
    .map((p) => ({ start: toDayNumber(p.start), end: p.end == null ? null : toDayNumber(p.end) }))
    .sort((a, b) => a.start - b.start);
  const leaves: LeaveDays[] = leavePeriods.map((l) => ({
    start: toDayNumber(l.start),
    end: toDayNumber(l.end),
    sameCause: l.sameCause !== false,
  }));
  return chainsOfSegments(segments, leaves, options.leaveAndGaps);
}

/**
 * {@link buildChains} on periods already read as day numbers: `segments` sorted by start.
 *
 * @param segments - The sick periods, sorted.
 * @param leaves - The leave periods.
 * @param mode - The `leaveAndGaps` option.
 * @returns The chains, oldest first.
 */
export function chainsOfSegments(
  segments: readonly Segment[],
  leaves: readonly LeaveDays[],
  mode: RuleOptions['leaveAndGaps'],
): Chain[] {
  const chains: Chain[] = [];
  let current: Segment[] = [];
  for (const s of segments) {
    const prev = current[current.length - 1];
    if (
      prev !== undefined &&
      prev.end !== null &&
      gapDays(prev.end, s.start, leaves, mode) > MAX_SAMENTELLING_GAP
    ) {
      chains.push(toChain(current));
      current = [];
    }
    current.push(s);
  }
  if (current.length > 0) chains.push(toChain(current));
  return chains;
}

function toChain(segments: Segment[]): Chain {
  return {
    firstSickDay: segments[0]!.start,
    segments,
    lastSickDay: segments[segments.length - 1]!.end,
  };
}
