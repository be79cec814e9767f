import { toDayNumber } from '../calendar/day-number.js';
import { formatDay } from '../calendar/format-day.js';
import { CASE_EVENT_TYPES } from '../case/case-event-types.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import type { Finding, LocalizedText, Milestone, Severity } from '../types.js';
import type { FindingCode } from './finding-codes.js';

const EVENT_SUBJECT = /* @__PURE__ */ new Map<string, LocalizedText>(
  /* @__PURE__ */ CASE_EVENT_TYPES.map((e) => [e.type, e.subject]),
);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function severityOf(m: Milestone): Severity | null {
  switch (m.status) {
    case 'overdue':
      return m.kind === 'legal' || m.kind === 'uwv' ? 'error' : 'warning';
    case 'done-late':
      return 'warning';
    case 'late-with-motivation':
      return 'info';
    case 'due-soon':
      return m.kind === 'legal' ? 'warning' : 'info';
    default:
      return null;
  }
}

function messageOf(m: Milestone, rule: MilestoneRule, subject: LocalizedText): LocalizedText {
  const due = m.due === null ? null : toDayNumber(m.due);
  const d = {
    nl: due === null ? '' : formatDay(due, 'nl'),
    en: due === null ? '' : formatDay(due, 'en'),
  };
  switch (m.status) {
    case 'overdue':
      return {
        nl: `${subject.nl} had uiterlijk ${d.nl} klaar moeten zijn.`,
        en: `${subject.en} was due on ${d.en}.`,
      };
    case 'done-late':
    case 'late-with-motivation': {
      const e = toDayNumber(m.eventDate ?? '1970-01-01');
      const late = {
        nl: `${subject.nl} is vastgelegd op ${formatDay(e, 'nl')}, na de uiterste datum ${d.nl}.`,
        en: `${subject.en} was recorded on ${formatDay(e, 'en')}, after its due date ${d.en}.`,
      };
      return m.status === 'done-late'
        ? late
        : {
            nl: `${late.nl} Er is een motivering vastgelegd.`,
            en: `${late.en} A motivation is recorded.`,
          };
    }
    default:
      switch (rule.wording) {
        case 'window':
          return { nl: `${subject.nl} sluit op ${d.nl}.`, en: `${subject.en} closes on ${d.en}.` };
        case 'date':
          return { nl: `${subject.nl} valt op ${d.nl}.`, en: `${subject.en} falls on ${d.en}.` };
        case 'deadline':
          return {
            nl: `${subject.nl} moet uiterlijk ${d.nl} klaar zijn.`,
            en: `${subject.en} is due on ${d.en}.`,
          };
      }
  }
}

/**
 * The `no-decision` finding of a milestone with a skip event (the start of spoor 2): neither
 * event by the due date (an error, in the place of `overdue`), or the skip recorded only after
 * it (a warning). `null` when the decision came in time.
 *
 * @param m - The milestone.
 * @param rule - Its row (with `skipEvent`).
 * @param skip - The recorded skip event's date, if any.
 * @param asOf - The date of the check.
 * @returns The finding, or `null`.
 */
function noDecision(
  m: Milestone,
  rule: MilestoneRule,
  skip: string | null,
  asOf: string,
): Finding<FindingCode> | null {
  if (!rule.skipEvent || m.due === null || asOf <= m.due) return null;
  const overdue = m.status === 'overdue';
  const lateSkip =
    m.derivation.notApplicable?.reason === 'skip-ground' && skip !== null && skip > m.due;
  if (!overdue && !lateSkip) return null;
  const decided = lateSkip && skip !== null && skip <= asOf;
  const due = toDayNumber(m.due);
  const skipSubject = EVENT_SUBJECT.get(rule.skipEvent) ?? { nl: '', en: '' };
  return {
    code: `${m.id}/no-decision` as FindingCode,
    severity: decided ? 'warning' : 'error',
    milestone: m.id,
    due: m.due,
    eventDate: decided ? skip : null,
    message: decided
      ? {
          nl: `${cap(skipSubject.nl)} is pas na ${formatDay(due, 'nl')} vastgelegd.`,
          en: `${cap(skipSubject.en)} was recorded after ${formatDay(due, 'en')}.`,
        }
      : {
          nl: `Uiterlijk ${formatDay(due, 'nl')} had ${lower(rule.subject.nl)} moeten plaatsvinden, of ${skipSubject.nl} moeten zijn vastgelegd.`,
          en: `By ${formatDay(due, 'en')} ${lower(rule.subject.en)} should have taken place, or ${skipSubject.en} should have been recorded.`,
        },
    source: rule.source,
  };
}

/**
 * The finding for one milestone of a timeline, or `null` when it needs no attention. `code` is
 * `<milestone>/<status>`, or `<milestone>/no-decision` for a milestone with a skip event (the
 * start of spoor 2) whose decision is missing or late; severity: `error` for an overdue legal or
 * uwv milestone, `warning` for an overdue guidance milestone, a late event or a legal milestone
 * due soon, `info` for a late event with motivation and anything else due soon. The wording
 * comes from the milestone's row (`subject`, `wording`).
 *
 * @param m - The milestone.
 * @param rule - Its row of the rule table.
 * @param context - The check's `asOf` and the recorded skip event's date (for `no-decision`).
 * @returns The finding, or `null`.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#4-findings | docs/contract.md ("Findings")}; Regeling procesgang art. 2 and 4 (departing with a motivation)
 * @example
 * ```ts
 * const t = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-03-01' });
 * const pa = t.milestones[1]!;
 * milestoneFinding(pa, MILESTONE_RULES[1], { asOf: t.asOf, skip: null })?.message.nl;
 * // 'De probleemanalyse had uiterlijk 16 februari 2025 klaar moeten zijn.'
 * ```
 * @category Findings
 */
export function milestoneFinding(
  m: Milestone,
  rule: MilestoneRule,
  context: { asOf: string; skip: string | null },
): Finding<FindingCode> | null {
  if (rule.skipEvent) {
    const decision = noDecision(m, rule, context.skip, context.asOf);
    if (decision || m.status === 'overdue') return decision;
  }
  const severity = severityOf(m);
  if (severity === null) return null;
  const subject =
    m.occurrence === null
      ? rule.subject
      : {
          nl: `${rule.subject.nl} (nr. ${m.occurrence})`,
          en: `${rule.subject.en} (no. ${m.occurrence})`,
        };
  return {
    code: `${m.id}/${m.status}` as FindingCode,
    severity,
    milestone: m.id,
    due: m.due,
    eventDate: m.eventDate,
    message: messageOf(m, rule, subject),
    source: m.source,
  };
}
