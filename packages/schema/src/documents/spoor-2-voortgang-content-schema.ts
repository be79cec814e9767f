import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { messageParams } from '../messages/message-params.js';
import { documentFields } from './document-fields.js';
import { signatureSchema } from './signature-schema.js';

/**
 * The content of a spoor-2 voortgangsrapportage (kind `spoor-2-voortgang`), written periodically
 * (every 6 weeks, or as agreed in the trajectplan). The content file names the period it covers
 * (`to` not before `from`, else `period/end-before-start`) and, when the log does not, its
 * number; its facts come from the case's `spoor2` log: the activities and applications dated in
 * the period, the totals of the period and since the start, hours by mode, the phases that ran,
 * the next report's date. The narrative is written here: training and work experience, obstacles
 * and the employee's cooperation, changes to the zoekprofiel, the plan for the next period, the
 * employee's view, and the signatures (the employee's is printed under their view).
 *
 * @example
 * ```ts
 * spoor2VoortgangContentSchema.parse({
 *   kind: 'spoor-2-voortgang',
 *   case: 'case.json',
 *   date: '2025-04-14',
 *   period: { from: '2025-02-17', to: '2025-04-11' },
 *   employeeView: 'Ik weet nu welke richting ik op wil.',
 * });
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2VoortgangContentSchema = z.strictObject({
  kind: z.literal('spoor-2-voortgang'),
  ...documentFields,
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }).refine((p) => p.to >= p.from, {
    path: ['to'],
    params: messageParams('period/end-before-start'),
  }),
  number: z.number().int().positive().optional(),
  trainingAndWorkExperience: textSchema.optional(),
  obstacles: textSchema.optional(),
  cooperation: textSchema.optional(),
  zoekprofielChanges: textSchema.optional(),
  nextPeriodPlan: textSchema.optional(),
  employeeView: textSchema.optional(),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The content of a spoor-2 voortgangsrapportage (see {@link spoor2VoortgangContentSchema}).
 *
 * @example
 * ```ts
 * const value: Spoor2VoortgangContent = spoor2VoortgangContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type Spoor2VoortgangContent = z.infer<typeof spoor2VoortgangContentSchema>;
