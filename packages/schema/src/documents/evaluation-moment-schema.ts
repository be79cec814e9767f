import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * A planned evaluation moment: a periodic evaluation (at most 6 weeks apart), the
 * eerstejaarsevaluatie or the eindevaluatie.
 *
 * @example
 * ```ts
 * evaluationMomentSchema.parse({ date: '2024-05-14', type: 'evaluatie' });
 * ```
 * @category Document content
 * @see BW 7:658a lid 3 ("regelmatig"); UWV: at least every 6 weeks
 */
export const evaluationMomentSchema = z.strictObject({
  date: isoDateSchema,
  type: z.enum(['evaluatie', 'eerstejaarsevaluatie', 'eindevaluatie']).default('evaluatie'),
  description: textSchema.optional(),
});

/**
 * A planned evaluation moment (see {@link evaluationMomentSchema}).
 *
 * @example
 * ```ts
 * const value: EvaluationMoment = evaluationMomentSchema.parse(input);
 * ```
 * @category Document content
 */
export type EvaluationMoment = z.infer<typeof evaluationMomentSchema>;
