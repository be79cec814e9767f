import { SPOOR2_ACTIVITY_MODES } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';
import { signatureSchema } from './signature-schema.js';
import { spoor2PhaseSchema } from './spoor-2-phase-schema.js';

/**
 * The content of a spoor-2 trajectplan (kind `spoor-2-trajectplan`), written at the start of the
 * trajectory. Its facts come from the case's `spoor2` section: referral and intake dates,
 * provider and loopbaanadviseur, the dates of the arbeidsdeskundig report and of the functional
 * capacity assessment, the trajectdoel, the planned end, the zoekprofiel's functions, sectors,
 * travel time and hours, the agreed applications a week and the reporting interval (from which
 * the reporting moments follow). The content file adds what only a person can write: the
 * persoonsprofiel (experience, education, skills, ambitions, obstacles), the zoekprofiel's tasks,
 * travel distance and notes, the kind of capacity assessment (FML or IZP), how to reach the
 * adviser, the planned activities per phase, the intensity per mode with hours a week,
 * abbreviations beyond the standard legend, and the signatures (the employee's among them).
 *
 * @example
 * ```ts
 * spoor2TrajectplanContentSchema.parse({
 *   kind: 'spoor-2-trajectplan',
 *   case: 'case.json',
 *   date: '2025-03-03',
 *   persoonsprofiel: { skills: ['Plannen'], ambitions: 'Werk met structuur en contact met collega’s.' },
 *   intensity: [{ mode: 'op-locatie', hoursPerWeek: 1, description: 'Wekelijks coachingsgesprek' }],
 *   signatures: [{ role: 'werknemer' }],
 * });
 * ```
 * @category Document content
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2TrajectplanContentSchema = z.strictObject({
  kind: z.literal('spoor-2-trajectplan'),
  ...documentFields,
  adviserContact: textSchema.optional(),
  functionalAssessment: z.enum(['fml', 'izp']).optional(),
  persoonsprofiel: z
    .strictObject({
      workExperience: z.array(textSchema).default([]),
      education: z.array(textSchema).default([]),
      skills: z.array(textSchema).default([]),
      ambitions: textSchema.optional(),
      obstacles: textSchema.optional(),
    })
    .optional(),
  zoekprofiel: z
    .strictObject({
      tasks: z.array(textSchema).default([]),
      maxTravelDistanceKm: z.number().min(0).optional(),
      notes: textSchema.optional(),
    })
    .optional(),
  phases: z
    .array(
      z.strictObject({
        phase: spoor2PhaseSchema,
        from: isoDateSchema.optional(),
        to: isoDateSchema.optional(),
        activities: z.array(textSchema).default([]),
      }),
    )
    .default([]),
  intensity: z
    .array(
      z.strictObject({
        mode: z.enum(SPOOR2_ACTIVITY_MODES),
        hoursPerWeek: z.number().min(0).max(168).optional(),
        description: textSchema.optional(),
      }),
    )
    .default([]),
  legend: z.array(z.strictObject({ abbreviation: textSchema, meaning: textSchema })).default([]),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The content of a spoor-2 trajectplan (see {@link spoor2TrajectplanContentSchema}).
 *
 * @example
 * ```ts
 * const value: Spoor2TrajectplanContent = spoor2TrajectplanContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type Spoor2TrajectplanContent = z.infer<typeof spoor2TrajectplanContentSchema>;
