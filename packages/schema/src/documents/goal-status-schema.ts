import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';

/**
 * The status of one goal of the plan at an evaluation: reached, on track, behind, or not reached,
 * with an explanation in functional terms.
 *
 * @example
 * ```ts
 * goalStatusSchema.parse({ goal: '20 uur per week eigen werk', status: 'on-track' });
 * ```
 * @category Document content
 */
export const goalStatusSchema = z.strictObject({
  goal: textSchema,
  status: z.enum(['reached', 'on-track', 'behind', 'not-reached']),
  explanation: textSchema.optional(),
});

/**
 * The status of a goal (see {@link goalStatusSchema}).
 *
 * @example
 * ```ts
 * const value: GoalStatus = goalStatusSchema.parse(input);
 * ```
 * @category Document content
 */
export type GoalStatus = z.infer<typeof goalStatusSchema>;
