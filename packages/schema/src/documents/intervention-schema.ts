import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * An intervention in a plan: what is deployed (coaching, a workplace assessment, a training), by
 * which provider and from when.
 *
 * @example
 * ```ts
 * interventionSchema.parse({ description: 'Werkplekonderzoek', provider: 'Arbodienst', startDate: '2024-04-10' });
 * ```
 * @category Document content
 */
export const interventionSchema = z.strictObject({
  description: textSchema,
  provider: textSchema.optional(),
  startDate: isoDateSchema.optional(),
});

/**
 * An intervention (see {@link interventionSchema}).
 *
 * @example
 * ```ts
 * const value: Intervention = interventionSchema.parse(input);
 * ```
 * @category Document content
 */
export type Intervention = z.infer<typeof interventionSchema>;
