import type { LocalizedText, Severity } from '@poortwachter/core';
import type { DocumentKind, ResolvedContentOf } from '@poortwachter/schema';
import { hasPlacement } from '../spoor2/has-placement.js';
import type { DocumentProblem } from './document-problems.js';
import { SOURCES } from './sources.js';

/**
 * One element a document must (`error`) or should (`warning`) hold, by its content path, with its
 * name in running text (`label`, lower case: it follows "Dit ontbreekt nog:"). `when`
 * limits it to some contents; `problem` and `message` replace the generic `missing-part` finding.
 *
 * @example
 * ```ts
 * const part: RequiredPart<ResolvedContentOf<'bijstelling'>> = {
 *   path: ['participants'], severity: 'error', label: { nl: 'deelnemers', en: 'participants' },
 * };
 * ```
 * @category Completeness
 */
export interface RequiredPart<C> {
  path: (string | number)[];
  severity: Severity;
  label: LocalizedText;
  problem?: DocumentProblem;
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
      label: { nl: 'de datum van de probleemanalyse', en: 'the date of the problem analysis' },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['functionalSummary'],
      severity: e,
      label: {
        nl: 'de samenvatting van de probleemanalyse in functionele termen',
        en: 'the summary of the problem analysis in functional terms',
      },
      source: SOURCES.planVanAanpak,
    },
    {
      // An empty list would print as "no limitations", which is not what an empty field means.
      path: ['functionalSummary', 'limitations'],
      severity: e,
      label: { nl: 'de beperkingen', en: 'the limitations' },
      message: {
        nl: 'Het plan noemt geen beperkingen: vul ze in functionele termen in (een lege lijst leest als "geen beperkingen").',
        en: 'The plan names no limitations: fill them in in functional terms (an empty list reads as "no limitations").',
      },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['functionalSummary', 'possibilities'],
      severity: w,
      label: { nl: 'de mogelijkheden', en: 'the possibilities' },
    },
    {
      path: ['functionalSummary', 'expectedCourse'],
      severity: w,
      label: {
        nl: 'het verwachte verloop van de werkhervatting',
        en: 'the expected course of work resumption',
      },
    },
    {
      path: ['functionalSummary', 'expectedDuration'],
      severity: w,
      label: { nl: 'de verwachte duur', en: 'the expected duration' },
    },
    {
      path: ['endGoal'],
      severity: e,
      label: { nl: 'het einddoel', en: 'the end goal' },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['intermediateGoals'],
      severity: w,
      label: { nl: 'de tussendoelen', en: 'the intermediate goals' },
    },
    {
      path: ['activities'],
      severity: e,
      label: { nl: 'de activiteiten', en: 'the activities' },
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
      label: { nl: 'de afspraken over contact', en: 'the agreements on contact' },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['evaluationMoments'],
      severity: e,
      label: { nl: 'de evaluatiemomenten', en: 'the evaluation moments' },
      source: SOURCES.evaluation,
    },
    {
      path: ['employeeAgreement'],
      severity: w,
      label: {
        nl: 'of de werknemer het eens is met het plan',
        en: 'whether the employee agrees with the plan',
      },
      source: SOURCES.planVanAanpak,
    },
    {
      path: ['copiesTo'],
      severity: w,
      label: { nl: 'wie een afschrift krijgt', en: 'who receives a copy' },
    },
  ],
  bijstelling: [
    {
      path: ['changesPlan'],
      severity: e,
      label: {
        nl: 'welk plan van aanpak (datum en versie) wordt bijgesteld',
        en: 'which plan van aanpak (date and version) is changed',
      },
      source: SOURCES.evaluation,
    },
    { path: ['participants'], severity: e, label: { nl: 'de deelnemers', en: 'the participants' } },
    {
      path: ['previousAgreements'],
      severity: w,
      label: {
        nl: 'wat de vorige keer is afgesproken en wat er is gebeurd',
        en: 'what was agreed last time and what happened',
      },
    },
    {
      path: ['goalStatus'],
      severity: w,
      label: { nl: 'de stand van zaken per doel', en: 'the status against the goals' },
    },
    {
      path: ['nextEvaluationDate'],
      severity: w,
      label: { nl: 'de datum van de volgende evaluatie', en: 'the date of the next evaluation' },
      source: SOURCES.evaluation,
    },
  ],
  eerstejaarsevaluatie: [
    {
      path: ['lookBack'],
      severity: e,
      label: { nl: 'de terugblik op het eerste jaar', en: 'the look back on the first year' },
      source: SOURCES.eerstejaarsevaluatie,
    },
    {
      path: ['lookBack', 'activitiesHeld'],
      severity: w,
      label: { nl: 'de uitgevoerde activiteiten', en: 'the activities held' },
    },
    {
      path: ['lookBack', 'agreementsKept'],
      severity: w,
      label: { nl: 'of de afspraken zijn nagekomen', en: 'whether the agreements were kept' },
    },
    {
      path: ['lookBack', 'goalsReached'],
      severity: w,
      label: {
        nl: 'of de doelen zijn bereikt (en zo niet, waarom)',
        en: 'whether the goals were reached (and if not, why)',
      },
    },
    {
      path: ['capacityAssessmentDate'],
      severity: w,
      label: {
        nl: 'de datum van de laatste beoordeling van de belastbaarheid (FML)',
        en: 'the date of the latest functional capacity assessment (FML)',
      },
    },
    {
      path: ['employeeView'],
      severity: w,
      label: { nl: 'de visie van de werknemer', en: "the employee's view" },
      source: SOURCES.eerstejaarsevaluatie,
    },
    {
      path: ['lookAhead'],
      severity: e,
      label: { nl: 'de vooruitblik op het tweede jaar', en: 'the look ahead to the second year' },
      source: SOURCES.eerstejaarsevaluatie,
    },
    {
      path: ['lookAhead', 'resultYear2'],
      severity: w,
      label: {
        nl: 'het beoogde resultaat in het tweede jaar',
        en: 'the result aimed for in the second year',
      },
    },
    {
      path: ['lookAhead', 'approach'],
      severity: w,
      label: { nl: 'hoe dat resultaat bereikt wordt', en: 'how that result will be reached' },
    },
    {
      path: ['spoor2Decision'],
      severity: e,
      label: { nl: 'het besluit over spoor 2', en: 'the decision on track 2' },
      source: SOURCES.spoor2,
    },
    {
      path: ['endGoal'],
      severity: w,
      label: { nl: 'het (bijgestelde) einddoel', en: 'the (adjusted) end goal' },
    },
  ],
  'spoor-2-trajectplan': [
    {
      path: ['persoonsprofiel'],
      severity: e,
      label: { nl: 'het persoonsprofiel', en: 'the personal profile' },
      source: SOURCES.spoor2,
    },
    {
      path: ['persoonsprofiel', 'workExperience'],
      severity: w,
      label: { nl: 'de werkervaring', en: 'the work experience' },
    },
    {
      path: ['persoonsprofiel', 'education'],
      severity: w,
      label: { nl: 'de opleiding', en: 'the education' },
    },
    {
      path: ['persoonsprofiel', 'skills'],
      severity: w,
      label: { nl: 'de vaardigheden', en: 'the skills' },
    },
    {
      path: ['persoonsprofiel', 'ambitions'],
      severity: w,
      label: { nl: 'de ambities', en: 'the ambitions' },
    },
    {
      path: ['persoonsprofiel', 'obstacles'],
      severity: w,
      label: { nl: 'de belemmeringen', en: 'the obstacles' },
    },
    {
      path: ['phases'],
      severity: e,
      label: { nl: 'de geplande activiteiten per fase', en: 'the planned activities per phase' },
      problem: 'near-empty',
      message: {
        nl: 'Het trajectplan bevat geen fasen met activiteiten.',
        en: 'The trajectory plan holds no phases with activities.',
      },
      source: SOURCES.spoor2,
    },
    {
      path: ['intensity'],
      severity: e,
      label: {
        nl: 'de intensiteit per vorm (op locatie, thuis, online) met uren per week',
        en: 'the intensity per mode (on location, at home, online) with hours a week',
      },
      source: SOURCES.spoor2,
    },
  ],
  'spoor-2-voortgang': [
    {
      path: ['obstacles'],
      severity: w,
      label: { nl: 'de belemmeringen', en: 'the obstacles' },
    },
    {
      path: ['cooperation'],
      severity: w,
      label: { nl: 'de medewerking van de werknemer', en: "the employee's cooperation" },
    },
    {
      path: ['nextPeriodPlan'],
      severity: w,
      label: { nl: 'het plan voor de volgende periode', en: 'the plan for the next period' },
    },
    {
      path: ['employeeView'],
      severity: w,
      label: { nl: 'de visie van de werknemer', en: "the employee's view" },
    },
  ],
  'spoor-2-eindrapportage': [
    {
      path: ['nonPlacementReasons'],
      severity: e,
      label: {
        nl: 'de redenen waarom plaatsing niet gelukt is',
        en: 'the reasons for non-placement',
      },
      when: (content) => !hasPlacement(content.case),
      source: SOURCES.spoor2,
    },
    { path: ['advice'], severity: w, label: { nl: 'het advies', en: 'the advice' } },
    {
      path: ['employeeView'],
      severity: w,
      label: { nl: 'de visie van de werknemer', en: "the employee's view" },
    },
  ],
  're-integratieverslag': [
    {
      path: ['skills'],
      severity: w,
      label: { nl: 'de vaardigheden van de werknemer', en: "the employee's skills" },
    },
    {
      path: ['eindevaluatie'],
      severity: e,
      label: { nl: 'de eindevaluatie', en: 'the final evaluation' },
      when: (content) => content.variant === 'volledig',
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'stateOfReintegration'],
      severity: e,
      label: { nl: 'de stand van de re-integratie', en: 'the state of reintegration' },
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'workingRelationship'],
      severity: e,
      label: {
        nl: 'het oordeel over de arbeidsrelatie',
        en: 'the judgement on the working relationship',
      },
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'suitableWorkAtEmployer'],
      severity: e,
      label: {
        nl: 'het oordeel over passend werk bij de werkgever',
        en: 'the judgement on suitable work at the employer',
      },
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'currentWork'],
      severity: w,
      label: {
        nl: 'het huidige werk en loon van de werknemer (uren, loon, sinds wanneer; 0 uur als de werknemer niet werkt)',
        en: "the employee's current work and earnings (hours, wage, since when; 0 hours when not working)",
      },
      source: SOURCES.rivForm,
    },
    {
      path: ['eindevaluatie', 'resultSufficient'],
      severity: w,
      label: {
        nl: 'het oordeel van de werkgever of het re-integratieresultaat voldoende is',
        en: "the employer's view of whether the result of the reintegration is sufficient",
      },
      source: SOURCES.rivForm,
    },
    {
      path: ['currentStatus'],
      severity: e,
      label: { nl: 'de actuele stand van zaken', en: 'the current status' },
      when: (content) => content.variant === 'verkort',
      source:
        'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2a',
    },
    {
      path: ['oordeelWerknemer'],
      severity: e,
      label: { nl: 'het oordeel van de werknemer', en: "the employee's judgement" },
      source: SOURCES.rivForm,
    },
    {
      path: ['oordeelWerknemer', 'view'],
      severity: e,
      label: {
        nl: 'de tekst van het oordeel van de werknemer',
        en: "the text of the employee's judgement",
      },
      source: SOURCES.rivForm,
    },
  ],
  dossieroverzicht: [],
};
