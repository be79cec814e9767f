/**
 * The closed value lists of the `spoor2` section of a case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}), each with the
 * union type derived from it. `@poortwachter/schema` builds its enums from these lists, so the
 * engine and the schema cannot drift apart.
 *
 * @module
 */

/**
 * The kinds of activity in a spoor-2 log.
 *
 * @example
 * ```ts
 * SPOOR2_ACTIVITY_TYPES.includes('loopbaancoaching'); // true
 * ```
 * @category Spoor 2
 */
export const SPOOR2_ACTIVITY_TYPES = [
  'intake-gesprek',
  'loopbaancoaching',
  'jobcoaching',
  'sollicitatietraining',
  'e-learning',
  'scholing',
  'werkervaring',
  'proefplaatsing',
  'netwerkgesprek',
  'vacatureonderzoek',
  'overig',
] as const;

/**
 * A kind of activity in a spoor-2 log.
 *
 * @example
 * ```ts
 * const type: Spoor2ActivityType = 'e-learning';
 * ```
 * @category Spoor 2
 */
export type Spoor2ActivityType = (typeof SPOOR2_ACTIVITY_TYPES)[number];

/**
 * Where an activity takes place: on location, at home, or online.
 *
 * @example
 * ```ts
 * SPOOR2_ACTIVITY_MODES; // ['op-locatie', 'thuis', 'online']
 * ```
 * @category Spoor 2
 */
export const SPOOR2_ACTIVITY_MODES = ['op-locatie', 'thuis', 'online'] as const;

/**
 * Where an activity takes place.
 *
 * @example
 * ```ts
 * const mode: Spoor2ActivityMode = 'online';
 * ```
 * @category Spoor 2
 */
export type Spoor2ActivityMode = (typeof SPOOR2_ACTIVITY_MODES)[number];

/**
 * How an application was made (the same list as the document schemas' applications).
 *
 * @example
 * ```ts
 * SPOOR2_APPLICATION_CHANNELS[0]; // 'vacaturesite'
 * ```
 * @category Spoor 2
 */
export const SPOOR2_APPLICATION_CHANNELS = [
  'vacaturesite',
  'open-sollicitatie',
  'netwerk',
  'uitzendbureau',
  're-integratiebedrijf',
  'overig',
] as const;

/**
 * How an application was made.
 *
 * @example
 * ```ts
 * const channel: Spoor2ApplicationChannel = 'netwerk';
 * ```
 * @category Spoor 2
 */
export type Spoor2ApplicationChannel = (typeof SPOOR2_APPLICATION_CHANNELS)[number];

/**
 * The result of an application. `uitgenodigd` and `aangenomen` count as interviews.
 *
 * @example
 * ```ts
 * SPOOR2_APPLICATION_RESULTS.length; // 6
 * ```
 * @category Spoor 2
 */
export const SPOOR2_APPLICATION_RESULTS = [
  'in-behandeling',
  'geen-reactie',
  'afgewezen',
  'uitgenodigd',
  'aangenomen',
  'teruggetrokken',
] as const;

/**
 * The result of an application.
 *
 * @example
 * ```ts
 * const result: Spoor2ApplicationResult = 'uitgenodigd';
 * ```
 * @category Spoor 2
 */
export type Spoor2ApplicationResult = (typeof SPOOR2_APPLICATION_RESULTS)[number];

/**
 * The kinds of spoor-2 report: the trajectplan, a progress report, the final report.
 *
 * @example
 * ```ts
 * SPOOR2_REPORT_KINDS; // ['trajectplan', 'voortgang', 'eind']
 * ```
 * @category Spoor 2
 */
export const SPOOR2_REPORT_KINDS = ['trajectplan', 'voortgang', 'eind'] as const;

/**
 * The kind of a spoor-2 report.
 *
 * @example
 * ```ts
 * const kind: Spoor2ReportKind = 'voortgang';
 * ```
 * @category Spoor 2
 */
export type Spoor2ReportKind = (typeof SPOOR2_REPORT_KINDS)[number];

/**
 * How a trajectory ended: a placement, a secondment (detachering), a trial placement, or none.
 *
 * @example
 * ```ts
 * SPOOR2_OUTCOME_KINDS.includes('detachering'); // true
 * ```
 * @category Spoor 2
 */
export const SPOOR2_OUTCOME_KINDS = ['plaatsing', 'detachering', 'proefplaatsing', 'geen'] as const;

/**
 * How a trajectory ended.
 *
 * @example
 * ```ts
 * const outcome: Spoor2OutcomeKind = 'geen';
 * ```
 * @category Spoor 2
 */
export type Spoor2OutcomeKind = (typeof SPOOR2_OUTCOME_KINDS)[number];

/**
 * The status of the arbeidsdeskundig report: a draft or the final version. Only its date and
 * status are recorded, never its content.
 *
 * @example
 * ```ts
 * SPOOR2_AD_REPORT_STATUSES; // ['concept', 'definitief']
 * ```
 * @category Spoor 2
 */
export const SPOOR2_AD_REPORT_STATUSES = ['concept', 'definitief'] as const;

/**
 * The status of the arbeidsdeskundig report.
 *
 * @example
 * ```ts
 * const status: Spoor2AdReportStatus = 'definitief';
 * ```
 * @category Spoor 2
 */
export type Spoor2AdReportStatus = (typeof SPOOR2_AD_REPORT_STATUSES)[number];
