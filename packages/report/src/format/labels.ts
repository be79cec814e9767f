import {
  type CasePhase,
  type Severity,
  SPOOR2_PHASES,
  type Spoor2ActivityMode,
  type Spoor2ActivityType,
  type Spoor2ApplicationChannel,
  type Spoor2ApplicationResult,
  type Spoor2OutcomeKind,
  type Spoor2PhaseId,
  type Spoor2SkipGround,
  type Spoor2Status,
} from '@poortwachter/core';
import type {
  Employment,
  EndGoal,
  EvaluationMoment,
  GoalStatus,
  Party,
  PlanChange,
} from '@poortwachter/schema';

const PARTIES: Record<Party, string> = {
  werkgever: 'Werkgever',
  werknemer: 'Werknemer',
  'werkgever+werknemer': 'Werkgever en werknemer',
  casemanager: 'Casemanager',
  bedrijfsarts: 'Bedrijfsarts',
  arbeidsdeskundige: 'Arbeidsdeskundige',
  're-integratiebedrijf': 'Re-integratiebedrijf',
  overig: 'Overig',
};

/**
 * The Dutch words documents use for the values of the content enums, one table per enum.
 *
 * @example
 * ```ts
 * LABELS.endGoal['adapted-work']; // 'Eigen werk, aangepast'
 * LABELS.applicationResult.uitgenodigd; // 'Uitgenodigd voor gesprek'
 * ```
 * @category Formatting
 */
export const LABELS = {
  party: PARTIES,
  endGoal: {
    'own-work': 'Terugkeer in het eigen werk',
    'adapted-work': 'Eigen werk, aangepast',
    'other-work-own-employer': 'Ander passend werk bij de eigen werkgever',
    'work-elsewhere': 'Werk bij een andere werkgever (spoor 2)',
  } satisfies Record<EndGoal, string>,
  goalStatus: {
    reached: 'bereikt',
    'on-track': 'op schema',
    behind: 'achter op schema',
    'not-reached': 'niet bereikt',
  } satisfies Record<GoalStatus['status'], string>,
  changeSubject: {
    'end-goal': 'Einddoel',
    'intermediate-goal': 'Tussendoel',
    activity: 'Activiteit',
    opbouwschema: 'Opbouwschema',
    contact: 'Contactafspraken',
    other: 'Overig',
  } satisfies Record<PlanChange['subject'], string>,
  evaluationType: {
    evaluatie: 'Evaluatie',
    eerstejaarsevaluatie: 'Eerstejaarsevaluatie',
    eindevaluatie: 'Eindevaluatie',
  } satisfies Record<EvaluationMoment['type'], string>,
  applicationChannel: {
    vacaturesite: 'Vacaturesite',
    'open-sollicitatie': 'Open sollicitatie',
    netwerk: 'Netwerk',
    uitzendbureau: 'Uitzendbureau',
    're-integratiebedrijf': 'Re-integratiebedrijf',
    overig: 'Overig',
  } satisfies Record<Spoor2ApplicationChannel, string>,
  applicationResult: {
    'in-behandeling': 'In behandeling',
    'geen-reactie': 'Geen reactie',
    afgewezen: 'Afgewezen',
    uitgenodigd: 'Uitgenodigd voor gesprek',
    aangenomen: 'Aangenomen',
    teruggetrokken: 'Teruggetrokken',
  } satisfies Record<Spoor2ApplicationResult, string>,
  spoor2ActivityType: {
    'intake-gesprek': 'Intakegesprek',
    loopbaancoaching: 'Loopbaancoaching',
    jobcoaching: 'Jobcoaching',
    sollicitatietraining: 'Sollicitatietraining',
    'e-learning': 'E-learning',
    scholing: 'Scholing',
    werkervaring: 'Werkervaring',
    proefplaatsing: 'Proefplaatsing',
    netwerkgesprek: 'Netwerkgesprek',
    vacatureonderzoek: 'Vacatureonderzoek',
    overig: 'Overig',
  } satisfies Record<Spoor2ActivityType, string>,
  /** The phases' Dutch labels, as core's `SPOOR2_PHASES` gives them. */
  spoor2Phase: Object.fromEntries(SPOOR2_PHASES.map((p) => [p.id, p.label.nl])) as Record<
    Spoor2PhaseId,
    string
  >,
  outcome: {
    plaatsing: 'Plaatsing',
    detachering: 'Detachering',
    proefplaatsing: 'Proefplaatsing',
    geen: 'Geen plaatsing',
  } satisfies Record<Spoor2OutcomeKind, string>,
  /** Where a spoor-2 activity takes place. */
  intensity: {
    'op-locatie': 'Op locatie',
    thuis: 'Thuis',
    online: 'Online',
  } satisfies Record<Spoor2ActivityMode, string>,
  skipGround: {
    'terugkeer-binnen-3-maanden':
      'Concreet uitzicht op terugkeer bij de eigen werkgever binnen ongeveer 3 maanden',
    'marginale-mogelijkheden': 'Blijvend marginale mogelijkheden',
    'geen-benutbare-mogelijkheden': 'Geen benutbare mogelijkheden (bedrijfsarts)',
    'aow-binnen-jaar-na-wachttijd': 'AOW-leeftijd binnen een jaar na de wachttijd',
  } satisfies Record<Spoor2SkipGround, string>,
  /** Why spoor 2 is not required (`spoor2Status().reason`). */
  spoor2Reason: {
    'terugkeer-binnen-3-maanden': 'concreet uitzicht op terugkeer binnen ongeveer 3 maanden',
    'marginale-mogelijkheden': 'blijvend marginale mogelijkheden',
    'geen-benutbare-mogelijkheden': 'geen benutbare mogelijkheden',
    'aow-binnen-jaar-na-wachttijd': 'AOW-leeftijd binnen een jaar na de wachttijd',
    'aow-bij-aanvang': 'AOW-leeftijd bij de eerste ziektedag',
    'aow-tijdens-zaak': 'AOW-leeftijd tijdens het verzuim',
    hersteld: 'hersteld',
  } satisfies Record<NonNullable<Spoor2Status['reason']>, string>,
  casePhase: {
    'jaar-1': 'Eerste ziektejaar',
    'jaar-2': 'Tweede ziektejaar',
    'na-wachttijd': 'Na de wachttijd (verlenging of loonsanctie)',
    hersteld: 'Hersteld',
  } satisfies Record<CasePhase, string>,
  spoor2: {
    gestart: 'Gestart',
    'niet-nodig': 'Niet nodig',
    'niet-van-toepassing': 'Niet van toepassing',
    vereist: 'Vereist, nog niet gestart',
  } satisfies Record<Spoor2Status['spoor2'], string>,
  contractType: {
    'onbepaalde-tijd': 'Onbepaalde tijd',
    'bepaalde-tijd': 'Bepaalde tijd',
    oproep: 'Oproepcontract',
    uitzend: 'Uitzendovereenkomst',
    overig: 'Overig',
  } satisfies Record<NonNullable<Employment['contractType']>, string>,
  wagePer: { uur: 'per uur', maand: 'per maand' } as const,
  severity: {
    error: 'Actie nodig',
    warning: 'Let op',
    info: 'Ter informatie',
  } satisfies Record<Severity, string>,
} as const;
