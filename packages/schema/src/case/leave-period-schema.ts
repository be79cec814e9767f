import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';

/**
 * A period of pregnancy and childbirth leave (WAZO). Leave days are never sick days; sickness
 * directly before and after the leave is added together unless `sameCause` is `false`.
 *
 * @see BW 7:629 lid 10; Wet arbeid en zorg; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#leave | docs/rules.md ("Leave")}
 * @example
 * ```ts
 * leavePeriodSchema.parse({
 *   kind: 'zwangerschaps-en-bevallingsverlof', start: '2025-05-01', end: '2025-08-20', sameCause: true,
 * });
 * ```
 * @category Case file
 */
export const leavePeriodSchema = described(
  z.strictObject({
    kind: z.literal('zwangerschaps-en-bevallingsverlof'),
    start: described(isoDateSchema, 'Eerste verlofdag.', 'First day of leave.'),
    end: described(
      isoDateSchema,
      'Laatste verlofdag (inclusief).',
      'Last day of leave (inclusive).',
    ),
    sameCause: described(
      z.boolean(),
      'false: de ziekte na het verlof komt redelijkerwijs niet voort uit dezelfde oorzaak. Standaard true.',
      'false: the sickness after the leave cannot reasonably come from the same cause. Default true.',
    ).optional(),
  }),
  'Zwangerschaps- en bevallingsverlof.',
  'Pregnancy and childbirth leave.',
);
