import { addMonths } from '../calendar/add-months.js';
import { toDayNumber } from '../calendar/day-number.js';
import { todayInAmsterdam } from '../calendar/today-in-amsterdam.js';
import {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
} from '../calendar/working-day-calendar.js';
import { AOW_AGE_TABLE } from '../eligibility/aow-age-table.js';
import { aowDateFor } from '../eligibility/aow-date-for.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { validateCaseInput } from '../input/validate-case-input.js';
import { type ResolvedOptions, resolveOptions } from '../options/resolve-options.js';
import { buildChains } from '../periods/build-chains.js';
import type { Chain } from '../periods/chain.js';
import type { CaseEvent, CaseEventType, CaseInput, ComputeOptions } from '../types.js';

/** Calendar days from D1 to the latest end a case can reach without gaps: sick-day 1092 (a full loonsanctie). */
const LATEST_CASE_END_DAYS = 1091;

/** A recorded event of the current chain with its day number. */
export interface DatedEvent {
  day: number;
  event: CaseEvent;
}

/** Everything the engine derives from a case once: the latest chain, its events, options. */
export interface CaseContext {
  chain: Chain;
  /** Events of the latest chain by type, each list sorted by date. */
  events: Map<CaseEventType, DatedEvent[]>;
  options: ResolvedOptions;
  calendar: WorkingDayCalendar;
  asOf: number;
  aowDate: number | null;
  /** A date of birth was given but the AOW table does not reach that far, and no `aowDate`. */
  aowUnknown: boolean;
}

/**
 * Validates a case and derives its {@link CaseContext}. Events count for the chain in which their
 * date falls; only the latest chain's events are kept.
 *
 * @throws PoortwachterInputError when the case cannot be computed.
 */
export function createCaseContext(input: CaseInput, callOptions: ComputeOptions = {}): CaseContext {
  const issues = validateCaseInput(input);
  const asOfIso = callOptions.asOf ?? todayInAmsterdam();
  let asOf = 0;
  try {
    asOf = toDayNumber(asOfIso);
  } catch {
    issues.push({
      path: ['asOf'],
      code: 'date/invalid',
      message: {
        nl: 'Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
        en: 'This is not an existing date in the form YYYY-MM-DD.',
      },
    });
  }
  if (issues.length > 0) throw new PoortwachterInputError(issues);

  const options = resolveOptions(input.options, callOptions);
  const chains = buildChains(input.sickPeriods, input.leavePeriods, options);
  const chain = chains[chains.length - 1]!;

  const events = new Map<CaseEventType, DatedEvent[]>();
  for (const event of input.events ?? []) {
    const day = toDayNumber(event.date);
    if (day < chain.firstSickDay) continue;
    let list = events.get(event.type);
    if (list === undefined) {
      list = [];
      events.set(event.type, list);
    }
    list.push({ day, event });
  }
  for (const list of events.values()) if (list.length > 1) list.sort((a, b) => a.day - b.day);

  const employee = input.employee;
  let aowDate: number | null = null;
  let aowUnknown = false;
  if (employee?.aowDate != null) aowDate = toDayNumber(employee.aowDate);
  else if (employee?.dateOfBirth != null) {
    const derived = aowDateFor(employee.dateOfBirth);
    if (derived !== null) aowDate = toDayNumber(derived);
    else {
      // Beyond the published table the AOW age is at least the table's last; only ask for the
      // date when it could fall before the latest possible end of the case plus a year.
      const last = AOW_AGE_TABLE[AOW_AGE_TABLE.length - 1]!;
      const earliest = addMonths(toDayNumber(employee.dateOfBirth), last.years * 12 + last.months);
      aowUnknown = earliest <= chain.firstSickDay + LATEST_CASE_END_DAYS + 365;
    }
  }

  return {
    chain,
    events,
    options,
    calendar: createWorkingDayCalendar(options.workingDays),
    asOf,
    aowDate,
    aowUnknown,
  };
}

/** The earliest event of a type in the context's chain, if any. */
export function firstEvent(ctx: CaseContext, type: CaseEventType): DatedEvent | undefined {
  return ctx.events.get(type)?.[0];
}
