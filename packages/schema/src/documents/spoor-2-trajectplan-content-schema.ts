import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';
import { personSchema } from './person-schema.js';
import { signatureSchema } from './signature-schema.js';
import { spoor2PhaseSchema } from './spoor-2-phase-schema.js';

/**
 * The content of a spoor-2 trajectplan (kind `spoor-2-trajectplan`), written at the start of the
 * trajectory: referral and intake dates, provider and loopbaanadviseur, the dates of the
 * arbeidsdeskundig report and of the FML or IZP, the persoonsprofiel (experience, education,
 * skills, ambitions, obstacles), a broad zoekprofiel, the planned activities per phase, the
 * reporting moments, the intensity (on location, at home, online) and a legend of
 * abbreviations. First sick day and bedrijfsarts come from the case.
 *
 * @example
 * ```ts
 * spoor2TrajectplanContentSchema.parse({
 *   kind: 'spoor-2-trajectplan',
 *   case: 'case.json',
 *   date: '2025-03-03',
 *   provider: { organisation: 'Voorbeeld Re-integratie B.V.', adviser: { name: 'S. Bakker', function: 'Loopbaanadviseur' } },
 * });
 * ```
 * @category Document content
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2TrajectplanContentSchema = z.strictObject({
  kind: z.literal('spoor-2-trajectplan'),
  ...documentFields,
  referralDate: isoDateSchema.optional(),
  intakeDate: isoDateSchema.optional(),
  provider: z
    .strictObject({
      organisation: textSchema,
      adviser: personSchema.optional(),
      contact: textSchema.optional(),
    })
    .optional(),
  arbeidsdeskundigRapport: z
    .strictObject({ date: isoDateSchema, status: z.enum(['concept', 'definitief']) })
    .optional(),
  functionalAssessment: z
    .strictObject({ type: z.enum(['fml', 'izp']), date: isoDateSchema })
    .optional(),
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
      sectors: z.array(textSchema).default([]),
      functions: z.array(textSchema).default([]),
      tasks: z.array(textSchema).default([]),
      maxTravelDistanceKm: z.number().min(0).optional(),
      maxTravelMinutes: z.number().min(0).optional(),
      hoursPerWeek: z.number().min(0).max(168).optional(),
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
  reportingMoments: z
    .array(z.strictObject({ date: isoDateSchema, description: textSchema.optional() }))
    .default([]),
  intensity: z
    .array(
      z.strictObject({
        mode: z.enum(['op-locatie', 'thuis', 'online']),
        description: textSchema,
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
