import type { DatedEvent } from '../case/case-context.js';
import type { MilestoneRule, RuleVariant } from '../rules/milestone-rule.js';
import type { MilestoneId } from '../rules/milestone-rules.js';
import type { LocalizedText } from '../types.js';

/** A milestone while the timeline is being computed: its rule, dates and recorded event. */
export interface TimelineRow {
  rule: MilestoneRule;
  id: MilestoneId;
  occurrence: number | null;
  label: LocalizedText;
  /** The due date (day number), after a move to a working day. */
  due: number | null;
  /** The due date before a move to a working day. */
  unrolledDue: number | null;
  windowStart: number | null;
  /** The option variant whose due anchor applied, if any. */
  variant: RuleVariant | null;
  /** The option variant whose window-start anchor applied, if any. */
  windowVariant: RuleVariant | null;
  event: DatedEvent | undefined;
  /** For a recurring milestone: the row it is counted from (`null` otherwise). */
  afterRow: TimelineRow | null;
  /** For a recurring milestone: the date it is counted from (that row's event, else due date). */
  afterDay: number | null;
}
