import {
  addDays,
  computeTimeline,
  daysBetween,
  formatDate,
  type IsoDate,
  type Timeline,
} from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';

/**
 * A scenario: the employee recovers on `recoveredOn` (the first day back at work, so the last
 * sick day is the day before), falls sick again on `sickAgainOn`, or both (a pause).
 */
export interface WhatIf {
  recoveredOn: IsoDate | null;
  sickAgainOn: IsoDate | null;
}

/** How one deadline moves in a scenario. */
export interface DeadlineShift {
  id: string;
  label: string;
  before: IsoDate | null;
  after: IsoDate | null;
  /** Days later (positive) or earlier (negative); `null` when either date is not reached. */
  days: number | null;
  /** The move in words, in Dutch. */
  text: string;
}

/** The outcome of a scenario: every deadline before and after, or why it cannot be applied. */
export type WhatIfResult =
  | { ok: true; case: Case; shifts: DeadlineShift[]; note: string | null }
  | { ok: false; problem: string };

const sickOn = (c: Case, day: IsoDate) =>
  c.sickPeriods.find((p) => p.start <= day && (!p.end || day <= p.end));

/**
 * The case of a scenario: the sick period in which the recovery falls ends the day before it,
 * and a new open sick period starts on the day the sickness resumes.
 *
 * @param input - A valid case.
 * @param whatIf - The scenario.
 * @returns The changed case, or why the scenario does not fit the case (in Dutch).
 */
function applyWhatIf(
  input: Case,
  whatIf: WhatIf,
): { ok: true; case: Case } | { ok: false; problem: string } {
  const { recoveredOn, sickAgainOn } = whatIf;
  if (!recoveredOn && !sickAgainOn)
    return {
      ok: false,
      problem: 'Kies een dag van herstel, een dag waarop de ziekte weer begint, of beide.',
    };
  let sickPeriods = [...input.sickPeriods];
  if (recoveredOn) {
    const period = sickOn(input, addDays(recoveredOn, -1));
    if (!period || period.start === recoveredOn)
      return {
        ok: false,
        problem: `Op ${formatDate(addDays(recoveredOn, -1))} was de werknemer niet ziek: herstel kan alleen na een ziektedag.`,
      };
    sickPeriods = sickPeriods.map((p) =>
      p === period ? { ...p, end: addDays(recoveredOn, -1) } : p,
    );
  }
  if (sickAgainOn) {
    if (recoveredOn && sickAgainOn <= recoveredOn)
      return { ok: false, problem: 'De ziekte kan pas weer beginnen na de dag van herstel.' };
    const later = sickPeriods.some((p) => !p.end || p.end >= sickAgainOn);
    if (later)
      return {
        ok: false,
        problem: `De ziekte kan alleen weer beginnen na de laatste ziektedag; op ${formatDate(sickAgainOn)} is of wordt de werknemer al ziek gemeld.`,
      };
    sickPeriods = [...sickPeriods, { start: sickAgainOn }];
  }
  return { ok: true, case: { ...input, sickPeriods } };
}

/** "3 dagen later", "1 dag eerder", "gelijk", "vervalt", "nieuw". */
function shiftText(before: IsoDate | null, after: IsoDate | null, days: number | null): string {
  if (before === null && after === null) return 'niet bereikt';
  if (after === null) return 'vervalt: niet meer bereikt';
  if (before === null) return `nieuw: ${formatDate(after)}`;
  if (days === 0) return 'gelijk';
  const n = Math.abs(days ?? 0);
  return `${n} ${n === 1 ? 'dag' : 'dagen'} ${days! > 0 ? 'later' : 'eerder'}`;
}

/**
 * Compares the deadlines of two timelines, milestone by milestone (those of the second that the
 * first lacks, such as an extra evaluation, come last).
 *
 * @param before - The timeline as recorded.
 * @param after - The timeline of the scenario.
 * @returns One row per milestone.
 */
function deadlineShifts(before: Timeline, after: Timeline): DeadlineShift[] {
  const afterById = new Map(after.milestones.map((m) => [m.id as string, m]));
  const ids = [
    ...before.milestones.map((m) => m.id as string),
    ...after.milestones
      .map((m) => m.id as string)
      .filter((id) => !before.milestones.some((m) => m.id === id)),
  ];
  const beforeById = new Map(before.milestones.map((m) => [m.id as string, m]));
  return ids.map((id) => {
    const b = beforeById.get(id);
    const a = afterById.get(id);
    const from = b?.due ?? null;
    const to = a?.due ?? null;
    const days = from !== null && to !== null ? daysBetween(from, to) : null;
    return {
      id,
      label: (b ?? a)!.label.nl,
      before: from,
      after: to,
      days,
      text: shiftText(from, to, days),
    };
  });
}

/**
 * Runs a scenario on a case: applies it and compares every deadline as of `asOf`.
 *
 * @param input - A valid case.
 * @param whatIf - The scenario.
 * @param asOf - The date statuses are judged on.
 * @returns The shifts and a note when the first sick day changes (a pause of four weeks or
 *   more starts a new chain), or why the scenario does not fit.
 */
export function runWhatIf(input: Case, whatIf: WhatIf, asOf: IsoDate): WhatIfResult {
  const applied = applyWhatIf(input, whatIf);
  if (!applied.ok) return applied;
  const before = computeTimeline(input, { asOf });
  const after = computeTimeline(applied.case, { asOf });
  const note =
    after.firstSickDay === before.firstSickDay
      ? null
      : `De eerste ziektedag wordt ${formatDate(after.firstSickDay)}: na een herstel van vier weken of langer worden de ziekteperioden niet samengeteld en begint alles opnieuw.`;
  return { ok: true, case: applied.case, shifts: deadlineShifts(before, after), note };
}
