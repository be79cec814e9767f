import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { contactAgreementSchema } from './contact-agreement-schema.js';
import { copyRecipientSchema } from './copy-recipient-schema.js';
import { documentFields } from './document-fields.js';
import { endGoalSchema } from './end-goal-schema.js';
import { evaluationMomentSchema } from './evaluation-moment-schema.js';
import { functionalSummarySchema } from './functional-summary-schema.js';
import { interventionSchema } from './intervention-schema.js';
import { opbouwschemaRowSchema } from './opbouwschema-row-schema.js';
import { planActivitySchema } from './plan-activity-schema.js';
import { signatureSchema } from './signature-schema.js';

/**
 * The content of a plan van aanpak (kind `plan-van-aanpak`): the date of the probleemanalyse it
 * builds on and its functional summary, the end goal and intermediate goals, activities with
 * who/what/goal/tussendoel/by when, the opbouwschema, interventions, adjustments, contact
 * agreements, evaluation moments, whether the employee agrees with the plan
 * (`employeeAgreement`: `agrees`, and an optional `comment`), signatures of employer and
 * employee, and who gets a copy. Administrative data come
 * from the case.
 *
 * @example
 * ```ts
 * planVanAanpakContentSchema.parse({
 *   kind: 'plan-van-aanpak',
 *   case: 'case.json',
 *   date: '2024-03-26',
 *   probleemanalyseDate: '2024-03-12',
 *   endGoal: 'own-work',
 *   activities: [{ who: 'werknemer', what: 'Start met 2 uur per dag', byWhen: '2024-04-01' }],
 *   signatures: [{ role: 'werknemer' }, { role: 'werkgever', name: 'M. Jansen', function: 'Directeur' }],
 * });
 * ```
 * @category Document content
 * @see BW 7:658a lid 3; Regeling procesgang eerste en tweede ziektejaar art. 4; Wet WIA art. 25 lid 2; Wet SUWI art. 32 (deskundigenoordeel)
 */
export const planVanAanpakContentSchema = z.strictObject({
  kind: z.literal('plan-van-aanpak'),
  ...documentFields,
  probleemanalyseDate: isoDateSchema.optional(),
  functionalSummary: functionalSummarySchema.optional(),
  endGoal: endGoalSchema.optional(),
  endGoalExplanation: textSchema.optional(),
  intermediateGoals: z
    .array(z.strictObject({ description: textSchema, targetDate: isoDateSchema.optional() }))
    .default([]),
  activities: z.array(planActivitySchema).default([]),
  opbouwschema: z.array(opbouwschemaRowSchema).default([]),
  interventions: z.array(interventionSchema).default([]),
  adjustments: z.array(textSchema).default([]),
  contactAgreements: z.array(contactAgreementSchema).default([]),
  evaluationMoments: z.array(evaluationMomentSchema).default([]),
  employeeAgreement: z
    .strictObject({ agrees: z.boolean(), comment: textSchema.optional() })
    .optional(),
  signatures: z.array(signatureSchema).default([]),
  copiesTo: z.array(copyRecipientSchema).default([]),
});

/**
 * The content of a plan van aanpak (see {@link planVanAanpakContentSchema}).
 *
 * @example
 * ```ts
 * const value: PlanVanAanpakContent = planVanAanpakContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type PlanVanAanpakContent = z.infer<typeof planVanAanpakContentSchema>;
