import type { LocalizedText } from '../types.js';

/**
 * One phase of a spoor-2 trajectory: its id, its label, what happens in it and what UWV looks for
 * when it reads the dossier, each in Dutch and English.
 *
 * @example
 * ```ts
 * const row: Spoor2PhaseRow = SPOOR2_PHASES[0];
 * ```
 * @category Spoor 2
 */
export interface Spoor2PhaseRow {
  id: string;
  label: LocalizedText;
  /** What happens in the phase, in one line. */
  happens: LocalizedText;
  /** What UWV looks for in the dossier about this phase, in one line. */
  uwvLooksFor: LocalizedText;
}

/**
 * The phases of a spoor-2 trajectory in their order ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#2-tracks-and-phases | docs/rules.md §2} and §7):
 * aanmelding → intake → oriëntatie → activering en scholing → bemiddeling en sollicitatie →
 * plaatsing → nazorg. Phases may overlap; this order breaks ties when two start on the same day.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; UWV Werkwijzer Poortwachter (re-integratie tweede spoor); Beleidsregels
 * beoordelingskader poortwachter (BWBR0014375) ch. 5 ("kortste weg naar betaald werk")
 * @example
 * ```ts
 * SPOOR2_PHASES.map((p) => p.id);
 * // ['aanmelding', 'intake', 'orientatie', 'activering-en-scholing', 'bemiddeling-en-sollicitatie', 'plaatsing', 'nazorg']
 * ```
 * @category Spoor 2
 */
export const SPOOR2_PHASES = [
  {
    id: 'aanmelding',
    label: { nl: 'Aanmelding', en: 'Referral' },
    happens: {
      nl: 'De werkgever meldt de werknemer aan bij een re-integratiebedrijf.',
      en: 'The employer refers the employee to a re-integration provider.',
    },
    uwvLooksFor: {
      nl: 'Een tijdige start: uiterlijk zes weken na de eerstejaarsevaluatie, eerder als terugkeer bij de eigen werkgever niet in zicht is.',
      en: 'A timely start: at the latest six weeks after the first-year evaluation, earlier when return at the own employer is not in sight.',
    },
  },
  {
    id: 'intake',
    label: { nl: 'Intake', en: 'Intake' },
    happens: {
      nl: 'Eerste gesprek: uitleg van rechten en plichten en van het doel van spoor 2.',
      en: 'First meeting: rights and duties, and the goal of spoor 2.',
    },
    uwvLooksFor: {
      nl: 'Een intake kort na de aanmelding, waarin de werknemer het doel van het traject hoort.',
      en: 'An intake soon after the referral, in which the employee learns the goal of the trajectory.',
    },
  },
  {
    id: 'orientatie',
    label: { nl: 'Oriëntatie', en: 'Orientation' },
    happens: {
      nl: 'Persoonsprofiel (wat wil ik, wat kan ik, wat past bij mij), arbeidsmarktoriëntatie en een zoekprofiel.',
      en: 'Personal profile (what do I want, what can I do, what suits me), labour-market orientation and a search profile.',
    },
    uwvLooksFor: {
      nl: 'Een concreet en breed genoeg zoekprofiel dat past bij het arbeidsdeskundig advies en de functionele mogelijkheden.',
      en: 'A concrete and broad enough search profile that fits the labour expert’s advice and the functional capacity.',
    },
  },
  {
    id: 'activering-en-scholing',
    label: { nl: 'Activering en scholing', en: 'Activation and training' },
    happens: {
      nl: 'Loopbaancoaching, training, e-learning en werkervaring.',
      en: 'Career coaching, training, e-learning and work experience.',
    },
    uwvLooksFor: {
      nl: 'Activiteiten die logisch op elkaar volgen en naar betaald werk leiden, zonder maanden stilstand.',
      en: 'Activities that follow logically and lead to paid work, without idle months.',
    },
  },
  {
    id: 'bemiddeling-en-sollicitatie',
    label: { nl: 'Bemiddeling en sollicitatie', en: 'Mediation and applications' },
    happens: {
      nl: 'Vacatures zoeken, solliciteren en het netwerk benutten.',
      en: 'Finding vacancies, applying and using the network.',
    },
    uwvLooksFor: {
      nl: 'Echte vacatures en genoeg sollicitaties: 1 tot 3 per week, naar afstand tot de arbeidsmarkt.',
      en: 'Real vacancies and enough applications: 1 to 3 a week, depending on the distance to the labour market.',
    },
  },
  {
    id: 'plaatsing',
    label: { nl: 'Plaatsing', en: 'Placement' },
    happens: {
      nl: 'Proefplaatsing, detachering of een arbeidscontract bij een andere werkgever.',
      en: 'Trial placement, secondment or an employment contract with another employer.',
    },
    uwvLooksFor: {
      nl: 'Werk dat passend is en de kortste weg naar betaald werk was.',
      en: 'Work that is suitable and was the shortest way to paid work.',
    },
  },
  {
    id: 'nazorg',
    label: { nl: 'Nazorg', en: 'Aftercare' },
    happens: {
      nl: 'Begeleiding na de plaatsing, zodat het werk blijft slagen.',
      en: 'Support after the placement, so that the work keeps succeeding.',
    },
    uwvLooksFor: {
      nl: 'Dat de plaatsing standhoudt.',
      en: 'That the placement lasts.',
    },
  },
] as const satisfies readonly Spoor2PhaseRow[];

/**
 * The id of a spoor-2 phase: a closed union derived from {@link SPOOR2_PHASES}.
 *
 * @example
 * ```ts
 * const phase: Spoor2PhaseId = 'bemiddeling-en-sollicitatie';
 * ```
 * @category Spoor 2
 */
export type Spoor2PhaseId = (typeof SPOOR2_PHASES)[number]['id'];
