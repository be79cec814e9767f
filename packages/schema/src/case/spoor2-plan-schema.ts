import { SPOOR2_THRESHOLDS } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/** A number allowed for one of core's spoor-2 thresholds (its minimum, whole where needed). */
const thresholdValue = (option: 'applicationsPerWeek' | 'reportEveryWeeks') => {
  const t = SPOOR2_THRESHOLDS[option];
  return (t.integer ? z.number().int() : z.number()).min(t.min);
};

/**
 * The trajectplan of a spoor-2 trajectory (`spoor2.plan`): its date, the goal, whether a
 * persoonsprofiel is made (yes or no: its content belongs in the trajectplan document), the
 * zoekprofiel, the agreed applications a week and reporting interval (which override the
 * engine's defaults), and the planned end. A plan without persoonsprofiel, functions or reporting
 * interval is accepted here and reported by the assessment (`spoor-2/plan-incomplete`).
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * spoor2PlanSchema.parse({
 *   date: '2025-03-14', goal: 'Passend werk buiten de eigen organisatie, 24 uur', persoonsprofiel: true,
 *   zoekprofiel: { functions: ['Administratief medewerker', 'Receptionist'], sectors: ['Zorg'], maxTravelMinutes: 45, hoursPerWeek: 24 },
 *   applicationsPerWeek: 2, reportEveryWeeks: 6, plannedEnd: '2025-12-31',
 * });
 * ```
 * @category Case file
 */
export const spoor2PlanSchema = described(
  z.strictObject({
    date: described(isoDateSchema, 'Datum van het trajectplan.', 'Date of the trajectplan.'),
    goal: described(textSchema, 'Het trajectdoel.', 'The goal of the trajectory.').optional(),
    persoonsprofiel: described(
      z.boolean(),
      'true: het trajectplan bevat een persoonsprofiel (wat wil ik, wat kan ik, wat past bij mij).',
      'true: the trajectplan holds a personal profile (what do I want, what can I do, what suits me).',
    ).optional(),
    zoekprofiel: described(
      z.strictObject({
        functions: described(
          z.array(textSchema),
          'Functies waarop gezocht wordt (liefst meer dan één).',
          'Functions searched for (preferably more than one).',
        ).optional(),
        sectors: described(z.array(textSchema), 'Sectoren.', 'Sectors.').optional(),
        maxTravelMinutes: described(
          z.number().int().min(0),
          'Hoogstens zoveel minuten reistijd (enkele reis).',
          'At most this many minutes of travel (one way).',
        ).optional(),
        hoursPerWeek: described(
          z.number().min(0),
          'Gezochte uren per week.',
          'Hours a week searched for.',
        ).optional(),
      }),
      'Het zoekprofiel: breed genoeg, met concrete functies.',
      'The zoekprofiel (search profile): broad enough, with concrete functions.',
    ).optional(),
    applicationsPerWeek: described(
      thresholdValue('applicationsPerWeek'),
      'Afgesproken aantal sollicitaties per week (gaat boven de standaard van 1).',
      'Agreed applications a week (overrides the default of 1).',
    ).optional(),
    reportEveryWeeks: described(
      thresholdValue('reportEveryWeeks'),
      'Afgesproken aantal weken tussen voortgangsrapportages (gaat boven de standaard van 6).',
      'Agreed weeks between progress reports (overrides the default of 6).',
    ).optional(),
    plannedEnd: described(
      isoDateSchema.nullable(),
      'Geplande einddatum van het traject.',
      'Planned end date of the trajectory.',
    ).optional(),
  }),
  'Het trajectplan.',
  'The trajectplan.',
);
