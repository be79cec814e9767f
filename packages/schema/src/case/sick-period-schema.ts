import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';

/**
 * One period of sickness: `start` is the first sick day, `end` the last one (inclusive). No `end`
 * (or `null`) means still sick; only the latest period may be open, and periods may not overlap
 * (checked by {@link caseSchema}).
 *
 * @see BW 7:629 lid 10 (samentelling); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#sick-periods | docs/rules.md ("Sick periods")}
 * @example
 * ```ts
 * sickPeriodSchema.parse({ start: '2025-01-06', end: '2025-03-01' });
 * sickPeriodSchema.parse({ start: '2025-03-20' }); // still sick
 * ```
 * @category Case file
 */
export const sickPeriodSchema = described(
  z.strictObject({
    start: described(
      isoDateSchema,
      'Eerste ziektedag van de periode.',
      'First sick day of the period.',
    ),
    end: described(
      isoDateSchema.nullable(),
      'Laatste ziektedag (inclusief); weglaten of null: nog ziek.',
      'Last sick day (inclusive); omit or null: still sick.',
    ).optional(),
  }),
  'Een ziekteperiode.',
  'A period of sickness.',
);
