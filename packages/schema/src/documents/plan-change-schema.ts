import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';

/**
 * One change to the plan van aanpak, recognisable as a change: what it concerns, what it was
 * (optional), what it becomes and why.
 *
 * @example
 * ```ts
 * planChangeSchema.parse({
 *   subject: 'opbouwschema',
 *   before: '20 uur per week vanaf 1 mei',
 *   after: '16 uur per week vanaf 1 mei',
 *   reason: 'De opbouw verliep trager dan verwacht.',
 * });
 * ```
 * @category Document content
 * @see BW 7:658a lid 3 (bijstelling van het plan van aanpak)
 */
export const planChangeSchema = z.strictObject({
  subject: z.enum([
    'end-goal',
    'intermediate-goal',
    'activity',
    'opbouwschema',
    'contact',
    'other',
  ]),
  before: textSchema.optional(),
  after: textSchema,
  reason: textSchema.optional(),
});

/**
 * A change to the plan (see {@link planChangeSchema}).
 *
 * @example
 * ```ts
 * const value: PlanChange = planChangeSchema.parse(input);
 * ```
 * @category Document content
 */
export type PlanChange = z.infer<typeof planChangeSchema>;
