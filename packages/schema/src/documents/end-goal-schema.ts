import * as z from 'zod';

/**
 * The end goal of a reintegration plan, in the order spoor 1 asks for: own work, adapted own work,
 * other work at the own employer; then work elsewhere (spoor 2).
 *
 * @example
 * ```ts
 * endGoalSchema.parse('adapted-work');
 * ```
 * @category Document content
 * @see BW 7:658a lid 1 (passende arbeid, eerst bij de eigen werkgever)
 */
export const endGoalSchema = z.enum([
  'own-work',
  'adapted-work',
  'other-work-own-employer',
  'work-elsewhere',
]);

/**
 * An end goal (see {@link endGoalSchema}).
 *
 * @example
 * ```ts
 * const goal: EndGoal = 'other-work-own-employer';
 * ```
 * @category Document content
 */
export type EndGoal = z.infer<typeof endGoalSchema>;
