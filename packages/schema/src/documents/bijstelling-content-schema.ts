import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';
import { goalStatusSchema } from './goal-status-schema.js';
import { personSchema } from './person-schema.js';
import { planActivitySchema } from './plan-activity-schema.js';
import { planChangeSchema } from './plan-change-schema.js';
import { signatureSchema } from './signature-schema.js';

/**
 * The content of a bijstelling plan van aanpak / evaluatieverslag (kind `bijstelling`): the
 * plan it changes (`changesPlan`: that plan's date and version), the participants, what was agreed last time and what happened, the status against the goals, the
 * changes to goal or activities (each recognisable as a change), the activities for the coming
 * period, the next evaluation date, and the signatures of both parties. The document's `date` is
 * the date of the evaluation.
 *
 * @example
 * ```ts
 * bijstellingContentSchema.parse({
 *   kind: 'bijstelling',
 *   case: 'case.json',
 *   date: '2024-05-07',
 *   changesPlan: { date: '2024-03-26', version: 1 },
 *   participants: [{ name: 'K. Visser', function: 'Leidinggevende' }],
 *   nextEvaluationDate: '2024-06-18',
 * });
 * ```
 * @category Document content
 * @see BW 7:658a lid 3; Beleidsregels beoordelingskader poortwachter (BWBR0014375)
 */
export const bijstellingContentSchema = z.strictObject({
  kind: z.literal('bijstelling'),
  ...documentFields,
  changesPlan: z
    .strictObject({ date: isoDateSchema, version: z.number().int().positive().optional() })
    .optional(),
  participants: z.array(personSchema).default([]),
  previousAgreements: z
    .array(z.strictObject({ agreement: textSchema, outcome: textSchema.optional() }))
    .default([]),
  goalStatus: z.array(goalStatusSchema).default([]),
  changes: z.array(planChangeSchema).default([]),
  activities: z.array(planActivitySchema).default([]),
  nextEvaluationDate: isoDateSchema.optional(),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The content of a bijstelling (see {@link bijstellingContentSchema}).
 *
 * @example
 * ```ts
 * const value: BijstellingContent = bijstellingContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type BijstellingContent = z.infer<typeof bijstellingContentSchema>;
