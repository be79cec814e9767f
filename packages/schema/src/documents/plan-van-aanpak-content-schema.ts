import { z } from 'zod';
import { documentFields } from './document-fields.js';
import { endGoalSchema } from './end-goal-schema.js';
import { partySchema } from './party-schema.js';
import { planActivitySchema } from './plan-activity-schema.js';
import { signatureSchema } from './signature-schema.js';

/**
 * The probleemanalyse summarised in functional terms: what the employee cannot and can do, and
 * the expected course and duration of work resumption. There is no place for a diagnosis.
 *
 * @example
 * ```ts
 * functionalSummarySchema.parse({
 *   limitations: ['Niet langer dan 1 uur achtereen staan'],
 *   possibilities: ['Zittend werk, 4 uur per dag'],
 *   expectedCourse: 'Geleidelijke opbouw naar eigen werk.',
 *   expectedDuration: 'Naar verwachting 3 tot 4 maanden.',
 * });
 * ```
 * @category Document content
 * @see Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2; AP Beleidsregels "De zieke werknemer" (BWBR0037896)
 */
export const functionalSummarySchema = z.strictObject({
  limitations: z.array(z.string().min(1)).default([]),
  possibilities: z.array(z.string().min(1)).default([]),
  expectedCourse: z.string().min(1).optional(),
  expectedDuration: z.string().min(1).optional(),
});

/**
 * One row of the build-up schedule (*opbouwschema*): from a date, so many hours a week.
 *
 * @example
 * ```ts
 * opbouwschemaRowSchema.parse({ from: '2024-04-08', hoursPerWeek: 12, tasks: 'Administratieve taken' });
 * ```
 * @category Document content
 */
export const opbouwschemaRowSchema = z.strictObject({
  from: z.iso.date(),
  hoursPerWeek: z.number().min(0).max(168),
  tasks: z.string().min(1).optional(),
});

/**
 * An intervention in a plan: what is deployed (coaching, a workplace assessment, a training), by
 * which provider and from when.
 *
 * @example
 * ```ts
 * interventionSchema.parse({ description: 'Werkplekonderzoek', provider: 'Arbodienst', startDate: '2024-04-10' });
 * ```
 * @category Document content
 */
export const interventionSchema = z.strictObject({
  description: z.string().min(1),
  provider: z.string().min(1).optional(),
  startDate: z.iso.date().optional(),
});

/**
 * An agreement on contact during sickness: how, how often, and who takes the initiative.
 *
 * @example
 * ```ts
 * contactAgreementSchema.parse({ how: 'Telefonisch', frequency: 'Wekelijks', initiative: 'werkgever' });
 * ```
 * @category Document content
 * @see Regeling procesgang eerste en tweede ziektejaar art. 4
 */
export const contactAgreementSchema = z.strictObject({
  how: z.string().min(1),
  frequency: z.string().min(1),
  initiative: partySchema,
});

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
  date: z.iso.date(),
  type: z.enum(['evaluatie', 'eerstejaarsevaluatie', 'eindevaluatie']).default('evaluatie'),
  description: z.string().min(1).optional(),
});

/**
 * Those who receive a copy of a signed plan.
 *
 * @example
 * ```ts
 * copyRecipientSchema.parse('bedrijfsarts');
 * ```
 * @category Document content
 */
export const copyRecipientSchema = z.enum([
  'werknemer',
  'werkgever',
  'casemanager',
  'bedrijfsarts',
  'arbeidsdeskundige',
  're-integratiebedrijf',
]);

/**
 * The content of a plan van aanpak (kind `plan-van-aanpak`): the date of the probleemanalyse it
 * builds on and its functional summary, the end goal and intermediate goals, activities with
 * who/what/by when, the opbouwschema, interventions, adjustments, contact agreements, evaluation
 * moments, signatures of employer and employee, and who gets a copy. Administrative data come
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
 * @see BW 7:658a lid 3; Regeling procesgang eerste en tweede ziektejaar art. 4; Wet WIA art. 25 lid 2
 */
export const planVanAanpakContentSchema = z.strictObject({
  kind: z.literal('plan-van-aanpak'),
  ...documentFields,
  probleemanalyseDate: z.iso.date().optional(),
  functionalSummary: functionalSummarySchema.optional(),
  endGoal: endGoalSchema.optional(),
  endGoalExplanation: z.string().min(1).optional(),
  intermediateGoals: z
    .array(z.strictObject({ description: z.string().min(1), targetDate: z.iso.date().optional() }))
    .default([]),
  activities: z.array(planActivitySchema).default([]),
  opbouwschema: z.array(opbouwschemaRowSchema).default([]),
  interventions: z.array(interventionSchema).default([]),
  adjustments: z.array(z.string().min(1)).default([]),
  contactAgreements: z.array(contactAgreementSchema).default([]),
  evaluationMoments: z.array(evaluationMomentSchema).default([]),
  signatures: z.array(signatureSchema).default([]),
  copiesTo: z.array(copyRecipientSchema).default([]),
});

/**
 * The content of a plan van aanpak (see {@link planVanAanpakContentSchema}).
 *
 * @category Document content
 */
export type PlanVanAanpakContent = z.infer<typeof planVanAanpakContentSchema>;

/**
 * The functional summary of a probleemanalyse (see {@link functionalSummarySchema}).
 *
 * @category Document content
 */
export type FunctionalSummary = z.infer<typeof functionalSummarySchema>;

/**
 * A row of the opbouwschema (see {@link opbouwschemaRowSchema}).
 *
 * @category Document content
 */
export type OpbouwschemaRow = z.infer<typeof opbouwschemaRowSchema>;

/**
 * An intervention (see {@link interventionSchema}).
 *
 * @category Document content
 */
export type Intervention = z.infer<typeof interventionSchema>;

/**
 * A contact agreement (see {@link contactAgreementSchema}).
 *
 * @category Document content
 */
export type ContactAgreement = z.infer<typeof contactAgreementSchema>;

/**
 * A planned evaluation moment (see {@link evaluationMomentSchema}).
 *
 * @category Document content
 */
export type EvaluationMoment = z.infer<typeof evaluationMomentSchema>;

/**
 * A recipient of a copy (see {@link copyRecipientSchema}).
 *
 * @category Document content
 */
export type CopyRecipient = z.infer<typeof copyRecipientSchema>;
