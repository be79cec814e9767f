import type { RuleOptionName } from '../options/option-rules.js';
import type { MilestoneId, RuleId } from '../rules/milestone-rules.js';
import type { CaseEventType, IsoDate, LocalizedText, Spoor2SkipGround } from '../types.js';

/**
 * How one date of a milestone was found, as data ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#explanations | docs/contract.md, "Explanations"}).
 *
 * - `sick-day`: sick day `sickDay` of the chain (`counting: 'sick-days'`), or calendar day
 *   `sickDay` from the first sick day (`'calendar-days'`, the `processDeadlines: 'calendar'`
 *   option). `gapDays` are the days of recovery and `leaveDays` the days of pregnancy and
 *   childbirth leave between the first sick day and `date` that did not count, and moved the
 *   date later by their sum.
 * - `event`: `days` calendar days after a recorded event.
 * - `earlier-of`: the earlier of two dates (`chosen` won over `other`).
 * - `after`: `days` process days after another milestone's date (`recorded`: its event date;
 *   else its due date): the recurring evaluations.
 * - `first-working-day-after`: the first working day on or after the day after `of`.
 * - `waiting-period`: the last day of the waiting period: sick day `sickDay` after the
 *   extensions listed; or the end of the AOW wage period (`aowWagePeriodWeeks`).
 *
 * `date` is `null` when the sickness ended before it (not reached).
 *
 * @example
 * ```ts
 * const basis: DateBasis = { type: 'sick-day', sickDay: 42, counting: 'sick-days', date: '2025-02-16', gapDays: 0, leaveDays: 0, verlengingDays: 0 };
 * ```
 * @category Explanations
 */
export type DateBasis =
  | {
      type: 'sick-day';
      sickDay: number;
      counting: 'sick-days' | 'calendar-days';
      date: IsoDate | null;
      gapDays: number;
      leaveDays: number;
      /** Sick days of vrijwillige verlenging included in `sickDay` (the row follows it). */
      verlengingDays: number;
    }
  | { type: 'event'; event: CaseEventType; eventDate: IsoDate; days: number; date: IsoDate }
  | { type: 'earlier-of'; date: IsoDate | null; chosen: DateBasis; other: DateBasis }
  | {
      type: 'after';
      milestone: MilestoneId;
      label: LocalizedText;
      from: IsoDate | null;
      recorded: boolean;
      days: number;
      counting: 'sick-days' | 'calendar-days';
      date: IsoDate | null;
      gapDays: number;
      leaveDays: number;
    }
  | { type: 'first-working-day-after'; of: DateBasis; date: IsoDate | null }
  | {
      type: 'waiting-period';
      sickDay: number;
      date: IsoDate | null;
      gapDays: number;
      leaveDays: number;
      extensions: Extension[];
      aowWagePeriodWeeks: number | null;
    };

/**
 * One extension of the waiting period that a derivation took into account.
 *
 * @example
 * ```ts
 * const e: Extension = { type: 'loonsanctie', weeks: 52, days: 364 };
 * ```
 * @category Explanations
 */
export type Extension =
  | { type: 'vrijwillige-verlenging'; weeks: number; days: number }
  | { type: 'late-wia-aanvraag'; due: IsoDate; eventDate: IsoDate; days: number }
  | { type: 'loonsanctie'; weeks: number; days: number }
  | { type: 'bekortingsbesluit'; decisionDate: IsoDate; endsOn: IsoDate };

/**
 * Why a milestone does not apply.
 *
 * @example
 * ```ts
 * const why: NotApplicable = { reason: 'skip-ground', ground: 'marginale-mogelijkheden', date: '2026-01-10' };
 * ```
 * @category Explanations
 */
export type NotApplicable =
  | { reason: 'aow-at-start' }
  | { reason: 'aow-during-case'; aowDate: IsoDate }
  | { reason: 'skip-ground'; ground: Spoor2SkipGround | null; date: IsoDate };

/**
 * How a milestone's dates were found: the rule row, the option variant applied, the basis of
 * the due date and of the window start, the working-day shift, and why it does not apply or was
 * not reached. {@link Milestone.explanation} says the same in words.
 *
 * @example
 * ```ts
 * const m = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }).milestones[1];
 * m?.derivation.due; // { type: 'sick-day', sickDay: 42, counting: 'sick-days', date: '2025-02-16', gapDays: 0, leaveDays: 0, verlengingDays: 0 }
 * ```
 * @category Explanations
 */
export interface Derivation {
  rule: RuleId;
  /** The option value that selected another reading of the rule, if any. */
  variant: { option: RuleOptionName; value: string } | null;
  due: DateBasis;
  windowStart: DateBasis | null;
  /** `roll-to-working-day` moved the due date from a weekend day or holiday to `to`. */
  workingDayShift: { from: IsoDate; to: IsoDate } | null;
  notApplicable: NotApplicable | null;
  /** The last sick day, when the sickness ended before the due date (status `not-reached`). */
  recoveredAfter: IsoDate | null;
  /** The field of the spoor-2 trajectory that counted as the event, when none is recorded. */
  eventFrom: 'spoor2.intake' | 'spoor2.referral' | null;
}
