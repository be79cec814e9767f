import type { CaseContext } from '../case/case-context.js';
import type { Derivation, NotApplicable } from '../explain/derivation.js';
import { explainMilestone } from '../explain/explain-milestone.js';
import type {
  Actor,
  IsoDate,
  LocalizedText,
  Milestone,
  MilestoneKind,
  MilestoneStatus,
} from '../types.js';
import { deriveMilestone } from './derive-milestone.js';
import type { AnchorExtras } from './evaluate-anchor.js';
import type { TimelineRow } from './timeline-row.js';

/**
 * A milestone of a computed timeline. Its contract fields are plain data; `derivation` and
 * `explanation` are worked out from the rule row when first read, because most timelines are
 * never explained and describing thirty dates in two languages would cost more than computing
 * them. `JSON.stringify` includes both (through `toJSON`); a copy made with spread or
 * `structuredClone` has the plain fields only, and `explainMilestone` writes the explanation of a
 * copy that keeps `derivation`.
 */
export class TimelineMilestone implements Milestone {
  readonly id: Milestone['id'];
  readonly windowStart: IsoDate | null;
  readonly due: IsoDate | null;
  readonly status: MilestoneStatus;
  readonly eventDate: IsoDate | null;
  readonly kind: MilestoneKind;
  readonly actor: Actor;
  readonly label: LocalizedText;
  readonly source: string;
  readonly ruleId: Milestone['ruleId'];
  readonly occurrence: number | null;
  readonly #row: TimelineRow;
  readonly #shared: { ctx: CaseContext; ext: AnchorExtras };
  readonly #notApplicable: NotApplicable | null;
  #derivation: Derivation | undefined;

  /**
   * @param row - The computed row.
   * @param shared - The case context and the anchor extras of the timeline (kept for the
   *   derivation, shared by all its milestones).
   * @param status - The status as of the timeline's date.
   * @param na - Why it does not apply, if so.
   * @param windowStart - The row's window start as an ISO date.
   * @param due - The row's due date as an ISO date.
   */
  constructor(
    row: TimelineRow,
    shared: { ctx: CaseContext; ext: AnchorExtras },
    status: MilestoneStatus,
    na: NotApplicable | null,
    windowStart: IsoDate | null,
    due: IsoDate | null,
  ) {
    this.id = row.id;
    this.windowStart = windowStart;
    this.due = due;
    this.status = status;
    this.eventDate = row.event?.event.date ?? null;
    this.kind = row.rule.kind;
    this.actor = row.rule.actor;
    this.label = row.label;
    this.source = row.rule.source;
    this.ruleId = row.rule.id as Milestone['ruleId'];
    this.occurrence = row.occurrence;
    this.#row = row;
    this.#shared = shared;
    this.#notApplicable = na;
  }

  /** How the dates were found, as data. */
  get derivation(): Derivation {
    this.#derivation ??= deriveMilestone(
      this.#row,
      this.#shared.ctx,
      this.#shared.ext,
      this.#notApplicable,
      this.status,
    );
    return this.#derivation;
  }

  /** One to three sentences in Dutch and English that explain the dates. */
  get explanation(): LocalizedText {
    return { nl: explainMilestone(this, 'nl'), en: explainMilestone(this, 'en') };
  }

  /** The milestone as plain JSON, the derivation and explanation included. */
  toJSON(): Milestone {
    return { ...this, derivation: this.derivation, explanation: this.explanation };
  }
}
