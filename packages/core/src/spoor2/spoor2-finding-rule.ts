import type { LocalizedText, MilestoneKind, Severity } from '../types.js';
import type { Spoor2Options } from './spoor2-options.js';

/**
 * One threshold of a spoor-2 finding: the option that sets it, its default, the values it may
 * take, and whether a value agreed in the trajectplan (the plan field of the same name) wins.
 *
 * @example
 * ```ts
 * const t: Spoor2Threshold = { option: 'intakeWithinDays', default: 14, integer: true, min: 0, agreedInPlan: false };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Threshold {
  option: keyof Spoor2Options;
  default: number;
  /** Whether only whole numbers are allowed. */
  integer: boolean;
  /** The least allowed value. */
  min: number;
  /** Whether the trajectplan's field of the same name overrides option and default. */
  agreedInPlan: boolean;
}

/**
 * A dated point of a trajectory that a deadline runs from or waits for.
 * `close` is the day the trajectory closed: the earlier of its `end` and its outcome's date.
 *
 * @example
 * ```ts
 * const from: Spoor2Point = 'referral';
 * ```
 * @category Spoor 2
 */
export type Spoor2Point = 'referral' | 'intake' | 'plan' | 'close' | 'eind-report';

/**
 * How a finding is detected; the engine has one small function per `type`:
 * - `deadline`: `event` must follow `from` within `limit` days. A finding when the event came
 *   later (only with `recordedLate`), or when there is none and the as-of date is more than
 *   `limit` days after `from`. Period: `from` to the event (or the as-of date).
 * - `plan-parts`: a finding per part the trajectplan lacks, with the part's path.
 * - `distinct-functions`: fewer than `limit` distinct functions in a zoekprofiel that names at
 *   least one (none is `plan-parts`' finding).
 * - `application-windows`: consecutive complete windows of `window` days from the start of the
 *   mediation period, each short when it holds fewer than `perWeek` × window ÷ 7 applications.
 * - `gaps`: more than `limit` (× `unitDays`) days between consecutive points, and from the last
 *   point to the as-of date while the trajectory runs; one finding per gap.
 * - `precedes`: a trajectplan with no arbeidsdeskundig report dated on or before it.
 *
 * @example
 * ```ts
 * const test: Spoor2Test = { type: 'deadline', from: 'referral', event: 'intake', limit: 'intakeWithinDays', recordedLate: true };
 * ```
 * @category Spoor 2
 */
export type Spoor2Test =
  | {
      type: 'deadline';
      from: Spoor2Point;
      event: Spoor2Point;
      limit: keyof Spoor2Options;
      /** Whether an event recorded after the deadline is a finding too (else only its absence). */
      recordedLate: boolean;
    }
  | {
      type: 'plan-parts';
      parts: readonly {
        part: 'persoonsprofiel' | 'functions' | 'reportEveryWeeks';
        path: readonly string[];
        label: LocalizedText;
      }[];
    }
  | { type: 'distinct-functions'; limit: keyof Spoor2Options }
  | {
      type: 'application-windows';
      perWeek: keyof Spoor2Options;
      window: keyof Spoor2Options;
    }
  | {
      type: 'gaps';
      /** `entries`: intake, activities, applications; `reporting`: the plan and progress reports. */
      points: 'entries' | 'reporting';
      limit: keyof Spoor2Options;
      unitDays: 1 | 7;
    }
  | { type: 'precedes'; record: 'adReport'; anchor: 'plan' };

/**
 * The message templates of a finding, in Dutch and English. Placeholders in braces are filled by
 * the engine with computed values only (never input text): `{start}` and `{end}` (dates, written
 * as "1 mei 2025"), `{days}`, `{limit}`, `{count}`, `{total}`, `{perWeek}`, `{windowDays}`,
 * `{part}`. A `deadline` finding has a `late` text (the event came late) and a `missing` text
 * (no event yet); every other finding one text, `main`.
 *
 * @example
 * ```ts
 * const m: Spoor2MessageTemplates = { main: { nl: 'Van {start} tot {end}.', en: 'From {start} to {end}.' } };
 * ```
 * @category Spoor 2
 */
export interface Spoor2MessageTemplates {
  main?: LocalizedText;
  late?: LocalizedText;
  missing?: LocalizedText;
}

/**
 * One row of {@link SPOOR2_FINDING_RULES}: everything about one spoor-2 finding in one place.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * const row = SPOOR2_FINDING_RULES.find((r) => r.code === 'spoor-2/intake-late');
 * row?.thresholds[0]?.default; // 14
 * ```
 * @category Spoor 2
 */
export interface Spoor2FindingRule {
  /** `spoor-2/<problem>`. */
  code: `spoor-2/${string}`;
  /** The thresholds it uses, with their defaults and options (none for a completeness check). */
  thresholds: readonly Spoor2Threshold[];
  test: Spoor2Test;
  kind: MilestoneKind;
  severity: Severity;
  message: Spoor2MessageTemplates;
  source: string;
}
