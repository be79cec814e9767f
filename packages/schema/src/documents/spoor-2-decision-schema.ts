import * as z from 'zod';
import { spoor2SkipGroundSchema } from '../case/spoor2-skip-ground-schema.js';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * The decision on spoor 2 taken at the eerstejaarsevaluatie: `start` (with start date and
 * provider), `skip` (with one of the skip grounds of `@poortwachter/core` and its motivation) or
 * `postponed` (with the date by which it will be decided and why). The motivation is optional
 * here so that a draft can be checked; the completeness check reports a skip without one.
 *
 * @example
 * ```ts
 * spoor2DecisionSchema.parse({ decision: 'start', startDate: '2025-02-17', provider: 'Voorbeeld Re-integratie B.V.' });
 * spoor2DecisionSchema.parse({
 *   decision: 'skip',
 *   ground: 'terugkeer-binnen-3-maanden',
 *   motivation: 'Volledige terugkeer in eigen werk wordt binnen 3 maanden verwacht.',
 * });
 * ```
 * @category Document content
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const spoor2DecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('start'),
    startDate: isoDateSchema.optional(),
    provider: textSchema.optional(),
    motivation: textSchema.optional(),
  }),
  z.strictObject({
    decision: z.literal('skip'),
    ground: spoor2SkipGroundSchema,
    motivation: textSchema.optional(),
  }),
  z.strictObject({
    decision: z.literal('postponed'),
    decideBy: isoDateSchema.optional(),
    motivation: textSchema.optional(),
  }),
]);

/**
 * A decision on spoor 2 (see {@link spoor2DecisionSchema}).
 *
 * @example
 * ```ts
 * const value: Spoor2Decision = spoor2DecisionSchema.parse(input);
 * ```
 * @category Document content
 */
export type Spoor2Decision = z.infer<typeof spoor2DecisionSchema>;
