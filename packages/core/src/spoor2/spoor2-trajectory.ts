import type { IsoDate } from '../types.js';
import type { Spoor2PhaseId } from './spoor2-phases.js';
import type {
  Spoor2ActivityMode,
  Spoor2ActivityType,
  Spoor2AdReportStatus,
  Spoor2ApplicationChannel,
  Spoor2ApplicationResult,
  Spoor2OutcomeKind,
  Spoor2ReportKind,
} from './spoor2-values.js';

/**
 * The shapes of the `spoor2` section of a case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}). Every field is optional
 * except `referral`; dates are `YYYY-MM-DD`; lists may be `readonly`. Nothing medical has a
 * place here: the arbeidsdeskundig report and the functional capacity appear as dates and a
 * status only. `@poortwachter/schema` proves at compile time that its parsed section satisfies
 * {@link Spoor2Trajectory}.
 *
 * @module
 */

/**
 * The re-integratiebedrijf and its adviser.
 *
 * @example
 * ```ts
 * const provider: Spoor2Provider = { name: 'Voorbeeld Re-integratie B.V.', adviser: { name: 'Sem Bakker', function: 'Loopbaanadviseur' } };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Provider {
  name?: string | undefined;
  adviser?: { name?: string | undefined; function?: string | undefined } | null | undefined;
}

/**
 * The date and status of the arbeidsdeskundig report (never its content).
 *
 * @example
 * ```ts
 * const adReport: Spoor2AdReport = { date: '2025-01-20', status: 'definitief' };
 * ```
 * @category Spoor 2
 */
export interface Spoor2AdReport {
  date: IsoDate;
  status?: Spoor2AdReportStatus | undefined;
}

/**
 * The zoekprofiel of a trajectplan: the functions and sectors searched, travel time and hours.
 *
 * @example
 * ```ts
 * const zoekprofiel: Spoor2Zoekprofiel = { functions: ['Receptionist', 'Administratief medewerker'], hoursPerWeek: 24 };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Zoekprofiel {
  functions?: readonly string[] | undefined;
  sectors?: readonly string[] | undefined;
  maxTravelMinutes?: number | null | undefined;
  hoursPerWeek?: number | null | undefined;
}

/**
 * The trajectplan: its date, goal, whether a persoonsprofiel is made, the zoekprofiel, and the
 * agreed applications a week and reporting interval (which override the defaults of
 * {@link Spoor2Options}).
 *
 * @example
 * ```ts
 * const plan: Spoor2Plan = {
 *   date: '2025-03-14', goal: 'Passend werk buiten de eigen organisatie, 24 uur', persoonsprofiel: true,
 *   zoekprofiel: { functions: ['Administratief medewerker', 'Receptionist'] },
 *   applicationsPerWeek: 2, reportEveryWeeks: 6, plannedEnd: '2025-12-31',
 * };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Plan {
  date: IsoDate;
  goal?: string | undefined;
  persoonsprofiel?: boolean | undefined;
  zoekprofiel?: Spoor2Zoekprofiel | null | undefined;
  applicationsPerWeek?: number | null | undefined;
  reportEveryWeeks?: number | null | undefined;
  plannedEnd?: IsoDate | null | undefined;
}

/**
 * A phase as it ran: its id, start, and end (none or `null`: still running).
 *
 * @example
 * ```ts
 * const phase: Spoor2PhaseRecord = { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01' };
 * ```
 * @category Spoor 2
 */
export interface Spoor2PhaseRecord {
  phase: Spoor2PhaseId;
  start: IsoDate;
  end?: IsoDate | null | undefined;
}

/**
 * One activity of the log: date, type, mode, hours, and a goal and result in words.
 *
 * @example
 * ```ts
 * const activity: Spoor2Activity = { date: '2025-03-04', type: 'loopbaancoaching', mode: 'online', hours: 1.5, goal: 'Interesses en waarden in kaart' };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Activity {
  date: IsoDate;
  type: Spoor2ActivityType;
  mode?: Spoor2ActivityMode | undefined;
  /** Hours spent (≥ 0), counted to the hundredth. */
  hours?: number | undefined;
  goal?: string | undefined;
  result?: string | undefined;
}

/**
 * One application of the log: date, employer, function, channel and result.
 *
 * @example
 * ```ts
 * const application: Spoor2Application = { date: '2025-05-02', employer: 'Gemeente Utrecht', function: 'Receptionist', channel: 'vacaturesite', result: 'afgewezen' };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Application {
  date: IsoDate;
  employer?: string | undefined;
  function?: string | undefined;
  channel?: Spoor2ApplicationChannel | undefined;
  result: Spoor2ApplicationResult;
}

/**
 * A report made: its kind, number (unique per kind) and date.
 *
 * @example
 * ```ts
 * const report: Spoor2Report = { kind: 'voortgang', number: 1, date: '2025-04-25' };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Report {
  kind: Spoor2ReportKind;
  number?: number | undefined;
  date: IsoDate;
}

/**
 * How the trajectory ended, with the date and, where known, the employer, function and hours.
 * An outcome counts from its date; `{ kind: 'geen', date: null }` is a trajectory without a
 * result yet.
 *
 * @example
 * ```ts
 * const outcome: Spoor2Outcome = { kind: 'detachering', date: '2025-10-01', employer: 'Zorggroep Noord', function: 'Administratief medewerker', hoursPerWeek: 24 };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Outcome {
  kind: Spoor2OutcomeKind;
  date?: IsoDate | null | undefined;
  employer?: string | undefined;
  function?: string | undefined;
  hoursPerWeek?: number | undefined;
}

/**
 * A spoor-2 trajectory: the `spoor2` section of a case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}).
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * const spoor2: Spoor2Trajectory = {
 *   referral: '2025-02-10',
 *   intake: '2025-02-17',
 *   plan: { date: '2025-03-14', persoonsprofiel: true, zoekprofiel: { functions: ['Receptionist', 'Administratief medewerker'] }, reportEveryWeeks: 6 },
 *   applications: [{ date: '2025-05-02', result: 'afgewezen' }],
 * };
 * ```
 * @category Spoor 2
 */
export interface Spoor2Trajectory {
  provider?: Spoor2Provider | null | undefined;
  /** The date of referral to the provider (aanmelding): the only required field. */
  referral: IsoDate;
  intake?: IsoDate | null | undefined;
  adReport?: Spoor2AdReport | null | undefined;
  /** The date of the functional capacity assessment (FML/IZP), never its content. */
  capacityDate?: IsoDate | null | undefined;
  plan?: Spoor2Plan | null | undefined;
  phases?: readonly Spoor2PhaseRecord[] | undefined;
  activities?: readonly Spoor2Activity[] | undefined;
  applications?: readonly Spoor2Application[] | undefined;
  reports?: readonly Spoor2Report[] | undefined;
  outcome?: Spoor2Outcome | null | undefined;
  /** The last day of the trajectory; none or `null`: still running. */
  end?: IsoDate | null | undefined;
}
