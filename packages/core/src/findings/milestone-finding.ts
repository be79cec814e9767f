import { formatDate } from '../calendar/format-date.js';
import type { MilestoneRule } from '../rules/milestone-rule.js';
import type { Finding, LocalizedText, Milestone, Severity } from '../types.js';

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

function messageOf(m: Milestone, subject: LocalizedText): LocalizedText {
  const due = m.due ?? '';
  const d = { nl: formatDate(due), en: formatDate(due, 'en') };
  switch (m.status) {
    case 'overdue':
      return {
        nl: `${subject.nl} had uiterlijk ${d.nl} klaar moeten zijn.`,
        en: `${subject.en} was due on ${d.en}.`,
      };
    case 'done-late':
    case 'late-with-motivation': {
      const e = m.eventDate ?? '';
      const late = {
        nl: `${subject.nl} is vastgelegd op ${formatDate(e)}, na de uiterste datum ${d.nl}.`,
        en: `${subject.en} was recorded on ${formatDate(e, 'en')}, after its due date ${d.en}.`,
      };
      return m.status === 'done-late'
        ? late
        : {
            nl: `${late.nl} Er is een motivering vastgelegd.`,
            en: `${late.en} A motivation is recorded.`,
          };
    }
    default:
      if (m.kind === 'option')
        return { nl: `${subject.nl} sluit op ${d.nl}.`, en: `${subject.en} closes on ${d.en}.` };
      if (m.kind === 'info' || m.id === 'einde-wachttijd')
        return { nl: `${subject.nl} valt op ${d.nl}.`, en: `${subject.en} falls on ${d.en}.` };
      return {
        nl: `${subject.nl} moet uiterlijk ${d.nl} klaar zijn.`,
        en: `${subject.en} is due on ${d.en}.`,
      };
  }
}

/**
 * The finding for one milestone of a timeline, or `null` when its status needs no attention.
 * `code` is `<milestone>/<status>`; severity: `error` for an overdue legal or uwv milestone,
 * `warning` for an overdue guidance milestone, a late event or a legal milestone due soon, `info`
 * for a late event with motivation and anything else due soon.
 *
 * @param m - The milestone.
 * @param rule - Its row of the rule table (for the sentence subject).
 * @returns The finding, or `null`.
 * @see contract.md §3–§4; Regeling procesgang art. 2 and 4 (departing with a motivation)
 * @example
 * ```ts
 * const [pa] = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }, { asOf: '2025-03-01' })
 *   .milestones.filter((m) => m.id === 'probleemanalyse');
 * milestoneFinding(pa, MILESTONE_RULES[1])?.message.nl;
 * // 'De probleemanalyse had uiterlijk 16 februari 2025 klaar moeten zijn.'
 * ```
 * @category Findings
 */
export function milestoneFinding(m: Milestone, rule: MilestoneRule): Finding | null {
  const severity = severityOf(m);
  if (severity === null) return null;
  const number = rule.recurring ? m.id.slice(rule.id.length + 1) : null;
  const subject = number
    ? { nl: `${rule.subject.nl} (nr. ${number})`, en: `${rule.subject.en} (no. ${number})` }
    : rule.subject;
  return {
    code: `${m.id}/${m.status}`,
    severity,
    milestone: m.id,
    due: m.due,
    eventDate: m.eventDate,
    message: messageOf(m, subject),
    source: m.source,
  };
}
