import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';
import { signatureSchema } from './signature-schema.js';
import { spoor2PhaseSchema } from './spoor-2-phase-schema.js';

/**
 * The content of a spoor-2 eindrapportage (kind `spoor-2-eindrapportage`): the whole trajectory
 * (phases with dates), the result (placement, detachering, contract, or none), the reasons for
 * non-placement, totals of applications, interviews and trainings, the advice, the employee's
 * view, and the adviser's signature.
 *
 * @example
 * ```ts
 * spoor2EindrapportageContentSchema.parse({
 *   kind: 'spoor-2-eindrapportage',
 *   case: 'case.json',
 *   date: '2025-10-20',
 *   result: { outcome: 'geen-plaatsing' },
 *   nonPlacementReasons: 'Nog geen passende vacature binnen de reisafstand.',
 * });
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2EindrapportageContentSchema = z.strictObject({
  kind: z.literal('spoor-2-eindrapportage'),
  ...documentFields,
  trajectory: z.strictObject({ from: isoDateSchema, to: isoDateSchema.optional() }).optional(),
  phases: z
    .array(
      z.strictObject({
        phase: spoor2PhaseSchema,
        from: isoDateSchema.optional(),
        to: isoDateSchema.optional(),
        summary: textSchema.optional(),
      }),
    )
    .default([]),
  result: z
    .strictObject({
      outcome: z.enum(['plaatsing', 'detachering', 'arbeidscontract', 'geen-plaatsing']),
      employer: textSchema.optional(),
      function: textSchema.optional(),
      startDate: isoDateSchema.optional(),
      hoursPerWeek: z.number().min(0).max(168).optional(),
    })
    .optional(),
  nonPlacementReasons: textSchema.optional(),
  totals: z
    .strictObject({
      applications: z.number().int().min(0),
      interviews: z.number().int().min(0),
      trainings: z.number().int().min(0),
    })
    .optional(),
  advice: textSchema.optional(),
  employeeView: textSchema.optional(),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The content of a spoor-2 eindrapportage (see {@link spoor2EindrapportageContentSchema}).
 *
 * @example
 * ```ts
 * const value: Spoor2EindrapportageContent = spoor2EindrapportageContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type Spoor2EindrapportageContent = z.infer<typeof spoor2EindrapportageContentSchema>;
