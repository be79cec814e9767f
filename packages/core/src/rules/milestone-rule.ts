import type { RuleOptionName } from '../options/option-rules.js';
import type { Actor, CaseEventType, IsoDate, LocalizedText, MilestoneKind } from '../types.js';
import type { Anchor } from './anchor.js';

/**
 * An alternative reading of a rule ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#6-open-readings | docs/rules.md, "Open readings"}): when
 * `options[option] === value`, these anchors apply instead of the row's own.
 *
 * @example
 * ```ts
 * const variant: RuleVariant = {
 *   option: 'probleemanalyseDeadline',
 *   value: 'six-weeks-after-d1',
 *   due: { type: 'sick-day', n: 43, counting: 'process' },
 * };
 * ```
 * @category Rules
 */
export interface RuleVariant {
  readonly option: RuleOptionName;
  readonly value: string;
  readonly due?: Anchor;
  readonly windowStart?: Anchor;
}

/**
 * One row of the rule table: everything about a milestone in one place. Its anchor (how the due
 * date is found), kind, actor, labels, legal source and validity by first sick day; when it does
 * not apply (`appliesAtAowAge`, `skipEvent`); what a late event does
 * (`lateEventExtendsWaitingPeriod`); and how its finding is worded (`subject`, `wording`). A
 * change of law is a new row with its own `validFrom`.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#rule-versions | docs/rules.md ("Rule versions")}
 * @example
 * ```ts
 * const pa = MILESTONE_RULES.find((r) => r.id === 'probleemanalyse');
 * pa?.source; // 'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2'
 * ```
 * @category Rules
 */
export interface MilestoneRule {
  /** Stable id, used in JSON output, documents and findings. A `recurring` row expands to `<id>-1`, `<id>-2`, … */
  readonly id: string;
  /** The event that completes the milestone; `null` for a date that only passes. */
  readonly event: CaseEventType | null;
  readonly due: Anchor;
  readonly windowStart?: Anchor;
  readonly variants?: readonly RuleVariant[];
  readonly kind: MilestoneKind;
  readonly actor: Actor;
  readonly label: LocalizedText;
  /** The milestone as the subject of a sentence ("De probleemanalyse", "The problem analysis"). */
  readonly subject: LocalizedText;
  /**
   * How an open milestone is worded: `deadline` ("moet uiterlijk … klaar zijn"), `date`
   * ("valt op …", a date that passes), `window` ("sluit op …", a possibility).
   */
  readonly wording: 'deadline' | 'date' | 'window';
  readonly source: string;
  /** Moves to the next working day under `weekendDeadlines: 'roll-to-working-day'`. */
  readonly rollsToWorkingDay: boolean;
  /** Still applies when the employee had reached AOW age on the first sick day. */
  readonly appliesAtAowAge: boolean;
  /**
   * An event that, recorded instead of `event`, makes the milestone not applicable (a skip
   * ground). Without either by the due date the finding is `<id>/no-decision` (an error), and a
   * skip recorded after the due date gives the same code as a warning.
   */
  readonly skipEvent?: CaseEventType;
  /** A late event extends the waiting period by its lateness (BW 7:629 lid 11 sub a). */
  readonly lateEventExtendsWaitingPeriod?: boolean;
  /** First sick day from which this row applies (inclusive). */
  readonly validFrom: IsoDate;
  /** First sick day from which it no longer applies; `null` while in force. */
  readonly validTo: IsoDate | null;
}
