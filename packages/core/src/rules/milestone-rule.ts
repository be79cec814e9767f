import type {
  Actor,
  CaseEventType,
  IsoDate,
  LocalizedText,
  MilestoneKind,
  RuleOptions,
} from '../types.js';
import type { Anchor } from './anchor.js';

/**
 * An alternative reading (§6) of a rule: when `options[option] === value`, these anchors apply.
 *
 * @example
 * ```ts
 * MILESTONE_RULES.find((r) => r.id === 'probleemanalyse')?.variants?.[0]?.value; // 'six-weeks-after-d1'
 * ```
 * @category Rules
 */
export interface RuleVariant {
  option: keyof RuleOptions;
  value: string;
  due?: Anchor;
  windowStart?: Anchor;
}

/**
 * One row of the rule table: a milestone with its anchor, kind, actor, labels, legal source and
 * validity by first sick day. A change of law is a new row with its own `validFrom`.
 *
 * @see poortwachter-rules.md §1 ("Rule versions")
 * @example
 * ```ts
 * const pa = MILESTONE_RULES.find((r) => r.id === 'probleemanalyse');
 * pa?.source; // 'Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2'
 * ```
 * @category Rules
 */
export interface MilestoneRule {
  /** Stable id, used in JSON output, documents and findings. */
  id: string;
  /** `recurring` rows (the evaluations) expand to `<id>-1`, `<id>-2`, … */
  recurring?: { everySickDays: number; counting: 'process' };
  /** The event that completes the milestone; `null` for a date that only passes. */
  event: CaseEventType | null;
  due: Anchor;
  windowStart?: Anchor;
  variants?: RuleVariant[];
  kind: MilestoneKind;
  actor: Actor;
  label: LocalizedText;
  /** The milestone as the subject of a sentence ("De probleemanalyse", "The problem analysis"). */
  subject: LocalizedText;
  source: string;
  /** Moves to the next working day under `weekendDeadlines: 'roll-to-working-day'`. */
  rollsToWorkingDay: boolean;
  /** Still applies when the employee had reached AOW age on the first sick day. */
  appliesAtAowAge: boolean;
  /** First sick day from which this row applies (inclusive). */
  validFrom: IsoDate;
  /** First sick day from which it no longer applies; `null` while in force. */
  validTo: IsoDate | null;
}
