import type { CasePhase, Severity, Spoor2SkipGround, Spoor2Status } from '@poortwachter/core';
import type {
  Application,
  Employment,
  EndGoal,
  EvaluationMoment,
  GoalStatus,
  Party,
  PlanChange,
  Spoor2Activity,
  Spoor2EindrapportageContent,
  Spoor2Phase,
  Spoor2TrajectplanContent,
} from '@poortwachter/schema';

type Outcome = NonNullable<Spoor2EindrapportageContent['result']>['outcome'];
type IntensityMode = Spoor2TrajectplanContent['intensity'][number]['mode'];

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
  } satisfies Record<Application['channel'], string>,
  applicationResult: {
    'in-behandeling': 'In behandeling',
    'geen-reactie': 'Geen reactie',
    afgewezen: 'Afgewezen',
    uitgenodigd: 'Uitgenodigd voor gesprek',
    aangenomen: 'Aangenomen',
    teruggetrokken: 'Teruggetrokken',
  } satisfies Record<Application['result'], string>,
  spoor2ActivityType: {
    'coaching-op-locatie': 'Coaching op locatie',
    'coaching-thuis': 'Coaching thuis',
    'coaching-online': 'Coaching online',
    'e-learning': 'E-learning',
    training: 'Training',
    sollicitatie: 'Sollicitatie',
    werkervaring: 'Werkervaring',
    overig: 'Overig',
  } satisfies Record<Spoor2Activity['type'], string>,
  spoor2Phase: {
    aanmelding: 'Aanmelding',
    intake: 'Intake',
    orientatie: 'Oriëntatie',
    'activering-en-scholing': 'Activering en scholing',
    'bemiddeling-en-sollicitatie': 'Bemiddeling en sollicitatie',
    plaatsing: 'Plaatsing',
    nazorg: 'Nazorg',
  } satisfies Record<Spoor2Phase, string>,
  outcome: {
    plaatsing: 'Plaatsing',
    detachering: 'Detachering',
    arbeidscontract: 'Arbeidscontract',
    'geen-plaatsing': 'Geen plaatsing',
  } satisfies Record<Outcome, string>,
  intensity: {
    'op-locatie': 'Op locatie',
    thuis: 'Thuis',
    online: 'Online',
  } satisfies Record<IntensityMode, string>,
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
