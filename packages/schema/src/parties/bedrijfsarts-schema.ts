import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * The bedrijfsarts (occupational physician) or arbodienst of a case. Every field is optional;
 * unknown keys are errors.
 *
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 2
 * @example
 * ```ts
 * bedrijfsartsSchema.parse({ name: 'M. Jansen', organisation: 'Arbodienst Midden' });
 * ```
 * @category Parties
 */
export const bedrijfsartsSchema = described(
  z.strictObject({
    name: described(
      textSchema,
      'Naam van de bedrijfsarts.',
      'Name of the bedrijfsarts.',
    ).optional(),
    organisation: described(
      textSchema,
      'Arbodienst of praktijk van de bedrijfsarts.',
      'Occupational health service or practice of the bedrijfsarts.',
    ).optional(),
  }),
  'De bedrijfsarts of arbodienst.',
  'The occupational physician (bedrijfsarts) or health service.',
);
