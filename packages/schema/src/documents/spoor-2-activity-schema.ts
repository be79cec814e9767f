import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * One activity of a spoor-2 period: its date, type, goal and result.
 *
 * @example
 * ```ts
 * spoor2ActivitySchema.parse({
 *   date: '2025-04-02',
 *   type: 'coaching-op-locatie',
 *   goal: 'Zoekprofiel aanscherpen',
 *   result: 'Drie passende functierichtingen gekozen.',
 * });
 * ```
 * @category Document content
 */
export const spoor2ActivitySchema = z.strictObject({
  date: isoDateSchema,
  type: z.enum([
    'coaching-op-locatie',
    'coaching-thuis',
    'coaching-online',
    'e-learning',
    'training',
    'sollicitatie',
    'werkervaring',
    'overig',
  ]),
  goal: textSchema,
  result: textSchema.optional(),
});

/**
 * A spoor-2 activity (see {@link spoor2ActivitySchema}).
 *
 * @example
 * ```ts
 * const value: Spoor2Activity = spoor2ActivitySchema.parse(input);
 * ```
 * @category Document content
 */
export type Spoor2Activity = z.infer<typeof spoor2ActivitySchema>;
