import type { LocalizedText, Severity } from '@poortwachter/core';
import type { DocumentKind, ResolvedContentOf } from '@poortwachter/schema';
import { SOURCES } from './sources.js';

/**
 * One element a document must (`error`) or should (`warning`) hold, by its content path. `when`
 * limits it to some contents; `problem` and `message` replace the generic `missing-part` finding.
 *
 * @example
 * ```ts
 * const part: RequiredPart<ResolvedContentOf<'bijstelling'>> = {
 *   path: ['participants'], severity: 'error', label: { nl: 'Deelnemers', en: 'Participants' },
 * };
 * ```
 * @category Completeness
 */
export interface RequiredPart<C> {
  path: (string | number)[];
  severity: Severity;
  label: LocalizedText;
  problem?: string;
  message?: LocalizedText;
  when?: (content: C) => boolean;
  source?: string;
}

type RequiredPartsTable = {
  readonly [K in DocumentKind]: readonly RequiredPart<ResolvedContentOf<K>>[];
};

const e = 'error' as const;
const w = 'warning' as const;

/**
 * The elements each kind of document must or should hold (documents.md), in the order they
 * appear. A nested element is only checked when its parent is present. The administrative data
 * come from the case and are checked separately, as are signatures and the parts of a verslag.
 *
 * @example
 * ```ts
 * REQUIRED_PARTS['plan-van-aanpak'].map((p) => p.path.join('.'));
 * // ['probleemanalyseDate', 'functionalSummary', 'functionalSummary.limitations', …]
 * ```
 * @category Completeness
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; BW 7:658a lid 3;
 * Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const REQUIRED_PARTS: RequiredPartsTable = {
  'plan-van-aanpak': [
    {
      path: ['probleemanalyseDate'],
      severity: e,
      label: { nl: 'De datum van de probleemanalyse', en: 'The date of the problem analysis' },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['functionalSummary'],
      severity: e,
      label: {
        nl: 'De samenvatting van de probleemanalyse in functionele termen',
        en: 'The summary of the problem analysis in functional terms',
      },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['functionalSummary', 'limitations'],
      severity: w,
      label: { nl: 'De beperkingen', en: 'The limitations' },
    },
    {
      path: ['functionalSummary', 'possibilities'],
      severity: w,
      label: { nl: 'De mogelijkheden', en: 'The possibilities' },
    },
    {
      path: ['functionalSummary', 'expectedCourse'],
      severity: w,
      label: {
        nl: 'Het verwachte verloop van de werkhervatting',
        en: 'The expected course of work resumption',
      },
    },
    {
      path: ['functionalSummary', 'expectedDuration'],
      severity: w,
      label: { nl: 'De verwachte duur', en: 'The expected duration' },
    },
    {
      path: ['endGoal'],
      severity: e,
      label: { nl: 'Het einddoel', en: 'The end goal' },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['intermediateGoals'],
      severity: w,
      label: { nl: 'De tussendoelen', en: 'The intermediate goals' },
    },
    {
      path: ['activities'],
      severity: e,
      label: { nl: 'De activiteiten', en: 'The activities' },
      problem: 'near-empty',
      message: {
        nl: 'Het plan bevat geen activiteiten: zonder concrete stappen (wie doet wat, wanneer) is het niet te toetsen.',
        en: 'The plan holds no activities: without concrete steps (who does what, by when) it cannot be assessed.',
      },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['contactAgreements'],
      severity: e,
      label: { nl: 'De afspraken over contact', en: 'The agreements on contact' },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['evaluationMoments'],
      severity: e,
      label: { nl: 'De evaluatiemomenten', en: 'The evaluation moments' },
      source: SOURCES.evaluation,
    },
    {
      path: ['copiesTo'],
      severity: w,
      label: { nl: 'Wie een afschrift krijgt', en: 'Who receives a copy' },
    },
  ],
  bijstelling: [
    { path: ['participants'], severity: e, label: { nl: 'De deelnemers', en: 'The participants' } },
    {
      path: ['previousAgreements'],
      severity: w,
      label: {
        nl: 'Wat de vorige keer is afgesproken en wat er is gebeurd',
        en: 'What was agreed last time and what happened',
      },
    },
    {
      path: ['goalStatus'],
      severity: w,
      label: { nl: 'De stand van zaken per doel', en: 'The status against the goals' },
    },
    {
      path: ['nextEvaluationDate'],
      severity: w,
      label: { nl: 'De datum van de volgende evaluatie', en: 'The date of the next evaluation' },
      source: SOURCES.evaluation,
    },
  ],
  eerstejaarsevaluatie: [
    {
      path: ['lookBack'],
      severity: e,
      label: { nl: 'De terugblik op het eerste jaar', en: 'The look back on the first year' },
      source: SOURCES.eerstejaarsevaluatie,
    },
    {
      path: ['lookBack', 'activitiesHeld'],
      severity: w,
      label: { nl: 'De uitgevoerde activiteiten', en: 'The activities held' },
    },
    {
      path: ['lookBack', 'agreementsKept'],
      severity: w,
      label: { nl: 'Of de afspraken zijn nagekomen', en: 'Whether the agreements were kept' },
    },
    {
      path: ['lookBack', 'goalsReached'],
      severity: w,
      label: {
        nl: 'Of de doelen zijn bereikt (en zo niet, waarom)',
        en: 'Whether the goals were reached (and if not, why)',
      },
    },
    {
      path: ['lookAhead'],
      severity: e,
      label: { nl: 'De vooruitblik op het tweede jaar', en: 'The look ahead to the second year' },
      source: SOURCES.eerstejaarsevaluatie,
    },
    {
      path: ['lookAhead', 'resultYear2'],
      severity: w,
      label: {
        nl: 'Het beoogde resultaat in het tweede jaar',
        en: 'The result aimed for in the second year',
      },
    },
    {
      path: ['lookAhead', 'approach'],
      severity: w,
      label: { nl: 'Hoe dat resultaat bereikt wordt', en: 'How that result will be reached' },
    },
    {
      path: ['spoor2Decision'],
      severity: e,
      label: { nl: 'Het besluit over spoor 2', en: 'The decision on track 2' },
      source: SOURCES.spoor2,
    },
    {
      path: ['endGoal'],
      severity: w,
      label: { nl: 'Het (bijgestelde) einddoel', en: 'The (adjusted) end goal' },
    },
  ],
  'spoor-2-trajectplan': [
    {
      path: ['referralDate'],
      severity: w,
      label: { nl: 'De datum van aanmelding', en: 'The referral date' },
    },
    {
      path: ['intakeDate'],
      severity: w,
      label: { nl: 'De datum van de intake', en: 'The intake date' },
    },
    {
      path: ['provider'],
      severity: e,
      label: { nl: 'Het re-integratiebedrijf', en: 'The reintegration provider' },
      source: SOURCES.spoor2,
    },
    {
      path: ['provider', 'adviser'],
      severity: w,
      label: { nl: 'De loopbaanadviseur', en: 'The career adviser' },
    },
    {
      path: ['persoonsprofiel'],
      severity: e,
      label: { nl: 'Het persoonsprofiel', en: 'The personal profile' },
      source: SOURCES.spoor2,
    },
    {
      path: ['zoekprofiel'],
      severity: e,
      label: { nl: 'Het zoekprofiel', en: 'The search profile' },
      source: SOURCES.spoor2,
    },
    {
      path: ['zoekprofiel', 'functions'],
      severity: w,
      label: { nl: 'De functies in het zoekprofiel', en: 'The functions of the search profile' },
    },
    {
      path: ['phases'],
      severity: e,
      label: { nl: 'De geplande activiteiten per fase', en: 'The planned activities per phase' },
      problem: 'near-empty',
      message: {
        nl: 'Het trajectplan bevat geen fasen met activiteiten.',
        en: 'The trajectory plan holds no phases with activities.',
      },
      source: SOURCES.spoor2,
    },
    {
      path: ['reportingMoments'],
      severity: w,
      label: { nl: 'De rapportagemomenten', en: 'The reporting moments' },
    },
    { path: ['intensity'], severity: w, label: { nl: 'De intensiteit', en: 'The intensity' } },
  ],
  'spoor-2-voortgang': [
    {
      path: ['activities'],
      severity: e,
      label: { nl: 'De activiteiten in de periode', en: 'The activities in the period' },
      problem: 'near-empty',
      message: {
        nl: 'De rapportage bevat geen activiteiten in de periode.',
        en: 'The report holds no activities in the period.',
      },
      source: SOURCES.spoor2,
    },
    {
      path: ['applications'],
      severity: w,
      label: { nl: 'De sollicitaties in de periode', en: 'The applications in the period' },
    },
    {
      path: ['cooperation'],
      severity: w,
      label: { nl: 'De medewerking van de werknemer', en: "The employee's cooperation" },
    },
    {
      path: ['nextPeriodPlan'],
      severity: w,
      label: { nl: 'Het plan voor de volgende periode', en: 'The plan for the next period' },
    },
    {
      path: ['employeeView'],
      severity: w,
      label: { nl: 'De visie van de werknemer', en: "The employee's view" },
    },
  ],
  'spoor-2-eindrapportage': [
    {
      path: ['phases'],
      severity: e,
      label: {
        nl: 'Het verloop van het traject (fasen met data)',
        en: 'The course of the trajectory (phases with dates)',
      },
      source: SOURCES.spoor2,
    },
    {
      path: ['result'],
      severity: e,
      label: { nl: 'Het resultaat van het traject', en: 'The result of the trajectory' },
      source: SOURCES.spoor2,
    },
    {
      path: ['nonPlacementReasons'],
      severity: e,
      label: {
        nl: 'De redenen waarom plaatsing niet gelukt is',
        en: 'The reasons for non-placement',
      },
      when: (content) => content.result?.outcome === 'geen-plaatsing',
      source: SOURCES.spoor2,
    },
    {
      path: ['totals'],
      severity: w,
      label: {
        nl: 'De totalen (sollicitaties, gesprekken, trainingen)',
        en: 'The totals (applications, interviews, trainings)',
      },
    },
    { path: ['advice'], severity: w, label: { nl: 'Het advies', en: 'The advice' } },
    {
      path: ['employeeView'],
      severity: w,
      label: { nl: 'De visie van de werknemer', en: "The employee's view" },
    },
  ],
  're-integratieverslag': [
    {
      path: ['skills'],
      severity: w,
      label: { nl: 'De vaardigheden van de werknemer', en: "The employee's skills" },
    },
    {
      path: ['eindevaluatie'],
      severity: e,
      label: { nl: 'De eindevaluatie', en: 'The final evaluation' },
      when: (content) => content.variant === 'volledig',
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'stateOfReintegration'],
      severity: e,
      label: { nl: 'De stand van de re-integratie', en: 'The state of reintegration' },
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'workingRelationship'],
      severity: e,
      label: {
        nl: 'Het oordeel over de arbeidsrelatie',
        en: 'The judgement on the working relationship',
      },
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'suitableWorkAtEmployer'],
      severity: e,
      label: {
        nl: 'Het oordeel over passend werk bij de werkgever',
        en: 'The judgement on suitable work at the employer',
      },
      source: SOURCES.rivForm,
    },
    {
      path: ['currentStatus'],
      severity: e,
      label: { nl: 'De actuele stand van zaken', en: 'The current status' },
      when: (content) => content.variant === 'verkort',
      source:
        'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2a',
    },
    {
      path: ['oordeelWerknemer'],
      severity: e,
      label: { nl: 'Het oordeel van de werknemer', en: "The employee's judgement" },
      source: SOURCES.rivForm,
    },
    {
      path: ['oordeelWerknemer', 'view'],
      severity: e,
      label: {
        nl: 'De tekst van het oordeel van de werknemer',
        en: "The text of the employee's judgement",
      },
      source: SOURCES.rivForm,
    },
  ],
  dossieroverzicht: [],
};
