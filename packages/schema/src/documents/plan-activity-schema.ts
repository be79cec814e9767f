import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { partySchema } from './party-schema.js';

/**
 * One activity or step of a plan van aanpak (or of its bijstelling): who does what, to what end
 * (`goal`), for which tussendoel (`intermediateGoal`, its number in the plan's list, from 1),
 * by when. `whoDescription` names the party when `who` is `overig`.
 *
 * @example
 * ```ts
 * planActivitySchema.parse({ who: 'werkgever', what: 'Werkplek aanpassen', goal: 'Zittend werken mogelijk maken', intermediateGoal: 1, byWhen: '2024-04-15' });
 * ```
 * @category Document content
 * @see Regeling procesgang eerste en tweede ziektejaar art. 4; BW 7:658a lid 3
 */
export const planActivitySchema = z.strictObject({
  who: partySchema,
  whoDescription: textSchema.optional(),
  what: textSchema,
  goal: textSchema.optional(),
  intermediateGoal: z.number().int().min(1).optional(),
  byWhen: isoDateSchema.optional(),
});

/**
 * An activity of a plan (see {@link planActivitySchema}).
 *
 * @example
 * ```ts
 * const value: PlanActivity = planActivitySchema.parse(input);
 * ```
 * @category Document content
 */
export type PlanActivity = z.infer<typeof planActivitySchema>;
