import { addMonths } from '../calendar/add-months.js';
import { toDayNumber, tryDayNumber } from '../calendar/day-number.js';
import { todayInAmsterdam } from '../calendar/today-in-amsterdam.js';
import {
  createWorkingDayCalendar,
  type WorkingDayCalendar,
} from '../calendar/working-day-calendar.js';
import { AOW_AGE_TABLE } from '../eligibility/aow-age-table.js';
import { aowDateFor } from '../eligibility/aow-date-for.js';
import { dateIssue } from '../input/date-issue.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { readCaseInput } from '../input/validate-case-input.js';
import { type ResolvedOptions, resolveOptions } from '../options/resolve-options.js';
import { validateOptions } from '../options/validate-options.js';
import { chainsOfSegments } from '../periods/build-chains.js';
import type { Chain } from '../periods/chain.js';
import { spoor2StartDate } from '../spoor2/spoor2-start-date.js';
import type { CaseEvent, CaseEventType, CaseInput, ComputeOptions } from '../types.js';

/** Calendar days from D1 to the latest end a case can reach without gaps plus a year of margin. */
const AOW_LOOKAHEAD_DAYS = 1091 + 365;

/** Keys of a call's options besides the rule options. */
const CALL_KEYS = ['asOf'] as const;

/**
 * A recorded event of the current chain with its day number. `from` names the field of the
 * spoor-2 trajectory it was taken from when no event of its type is recorded (the intake, else
 * the referral, counts as the start of spoor 2).
 */
export interface DatedEvent {
  day: number;
  event: CaseEvent;
  from?: 'spoor2.intake' | 'spoor2.referral';
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
  /** Leave periods as day numbers, sorted (for explanations). */
  leave: { start: number; end: number }[];
}

/**
 * Validates a case and the options of a call, and derives its {@link CaseContext}. Events count
 * for the chain in which their date falls; only the latest chain's events are kept.
 *
 * @param input - The case (untrusted).
 * @param callOptions - The options of the call (untrusted).
 * @returns The context.
 * @throws PoortwachterInputError when the case or the options cannot be used.
 */
export function createCaseContext(input: CaseInput, callOptions: ComputeOptions = {}): CaseContext {
  const read = readCaseInput(input);
  const issues = read.issues;
  issues.push(...validateOptions(callOptions, [], CALL_KEYS));
  const asOfIso = callOptions.asOf ?? todayInAmsterdam();
  if (tryDayNumber(asOfIso) === null) issues.push(dateIssue(asOfIso, ['asOf'])!);
  if (issues.length > 0) throw new PoortwachterInputError(issues);

  const options = resolveOptions(input.options, callOptions);
  const chains = chainsOfSegments(read.segments, read.leaves, options.leaveAndGaps);
  const chain = chains[chains.length - 1]!;

  const events = new Map<CaseEventType, DatedEvent[]>();
  for (const dated of read.events) {
    if (dated.day < chain.firstSickDay) continue;
    const list = events.get(dated.event.type);
    if (list === undefined) events.set(dated.event.type, [dated]);
    else list.push(dated);
  }
  for (const list of events.values()) if (list.length > 1) list.sort((a, b) => a.day - b.day);

  const trajectory = input.spoor2;
  if (trajectory && !events.has('start-spoor-2')) {
    const date = spoor2StartDate(trajectory);
    const from = trajectory.intake ? ('spoor2.intake' as const) : ('spoor2.referral' as const);
    const day = toDayNumber(date);
    if (day >= chain.firstSickDay)
      events.set('start-spoor-2', [{ day, event: { type: 'start-spoor-2', date }, from }]);
  }

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
      aowUnknown = earliest <= chain.firstSickDay + AOW_LOOKAHEAD_DAYS;
    }
  }

  return {
    chain,
    events,
    options,
    calendar: createWorkingDayCalendar(options.workingDays),
    asOf: toDayNumber(asOfIso),
    aowDate,
    aowUnknown,
    leave:
      read.leaves.length > 1 ? [...read.leaves].sort((a, b) => a.start - b.start) : read.leaves,
  };
}

/** The earliest event of a type in the context's chain, if any. */
export function firstEvent(ctx: CaseContext, type: CaseEventType): DatedEvent | undefined {
  return ctx.events.get(type)?.[0];
}
