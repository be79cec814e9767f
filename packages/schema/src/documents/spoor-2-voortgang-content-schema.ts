import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { applicationSchema } from './application-schema.js';
import { documentFields } from './document-fields.js';
import { signatureSchema } from './signature-schema.js';
import { spoor2ActivitySchema } from './spoor-2-activity-schema.js';

/**
 * The content of a spoor-2 voortgangsrapportage (kind `spoor-2-voortgang`), written periodically
 * (e.g. every 6 weeks): the period covered, the activity log of the period, the applications
 * table, training and work experience, obstacles and the employee's cooperation, changes to the
 * zoekprofiel, the plan for the next period and the employee's view.
 *
 * @example
 * ```ts
 * spoor2VoortgangContentSchema.parse({
 *   kind: 'spoor-2-voortgang',
 *   case: 'case.json',
 *   date: '2025-04-15',
 *   period: { from: '2025-03-03', to: '2025-04-13' },
 * });
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2VoortgangContentSchema = z.strictObject({
  kind: z.literal('spoor-2-voortgang'),
  ...documentFields,
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }),
  activities: z.array(spoor2ActivitySchema).default([]),
  applications: z.array(applicationSchema).default([]),
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
