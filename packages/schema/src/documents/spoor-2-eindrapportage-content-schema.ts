import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';
import { signatureSchema } from './signature-schema.js';
import { spoor2PhaseSchema } from './spoor-2-phase-schema.js';

/**
 * The content of a spoor-2 eindrapportage (kind `spoor-2-eindrapportage`). Its facts come from the
 * case's `spoor2` section: the trajectory's dates and phases, every application (date, employer,
 * function, channel, result), the activities by type and mode with hours, the totals, and the
 * outcome with the placement's details. The content file adds a summary per phase, the reasons
 * for non-placement (shown only without a placement), the advice, the employee's view and the
 * signatures (the adviser's).
 *
 * @example
 * ```ts
 * spoor2EindrapportageContentSchema.parse({
 *   kind: 'spoor-2-eindrapportage',
 *   case: 'case.json',
 *   date: '2025-09-26',
 *   nonPlacementReasons: 'Nog geen passende vacature binnen de reisafstand.',
 *   signatures: [{ role: 'adviseur', name: 'S. Bakker', function: 'Loopbaanadviseur' }],
 * });
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2EindrapportageContentSchema = z.strictObject({
  kind: z.literal('spoor-2-eindrapportage'),
  ...documentFields,
  phaseSummaries: z
    .array(z.strictObject({ phase: spoor2PhaseSchema, summary: textSchema }))
    .default([]),
  nonPlacementReasons: textSchema.optional(),
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
