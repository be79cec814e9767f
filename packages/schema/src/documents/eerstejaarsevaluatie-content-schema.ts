import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';
import { endGoalSchema } from './end-goal-schema.js';
import { personSchema } from './person-schema.js';
import { planChangeSchema } from './plan-change-schema.js';
import { signatureSchema } from './signature-schema.js';
import { spoor2DecisionSchema } from './spoor-2-decision-schema.js';

/**
 * The content of an eerstejaarsevaluatie (kind `eerstejaarsevaluatie`): a look back on year 1
 * (activities held, agreements kept, goals reached or why not), the date of the latest
 * assessment of the employee's functional capacity (`capacityAssessmentDate`, e.g. of the FML;
 * a date, never its content), the employee's own view (`employeeView`), a look ahead (the
 * result aimed for in year 2 and how), the decision on spoor 2, the arbeidsdeskundig advice if any, the
 * adjusted plan (end goal and changes), and the signatures of both parties.
 *
 * @example
 * ```ts
 * eerstejaarsevaluatieContentSchema.parse({
 *   kind: 'eerstejaarsevaluatie',
 *   case: 'case.json',
 *   date: '2025-01-14',
 *   spoor2Decision: { decision: 'start', startDate: '2025-02-17', provider: 'Voorbeeld Re-integratie B.V.' },
 * });
 * ```
 * @category Document content
 * @see Regeling procesgang eerste en tweede ziektejaar; BW 7:658a lid 1 and 3
 */
export const eerstejaarsevaluatieContentSchema = z.strictObject({
  kind: z.literal('eerstejaarsevaluatie'),
  ...documentFields,
  lookBack: z
    .strictObject({
      activitiesHeld: textSchema.optional(),
      agreementsKept: textSchema.optional(),
      goalsReached: textSchema.optional(),
    })
    .optional(),
  lookAhead: z
    .strictObject({
      resultYear2: textSchema.optional(),
      approach: textSchema.optional(),
    })
    .optional(),
  capacityAssessmentDate: isoDateSchema.optional(),
  employeeView: textSchema.optional(),
  spoor2Decision: spoor2DecisionSchema.optional(),
  arbeidsdeskundigAdvice: z
    .strictObject({
      date: isoDateSchema.optional(),
      author: personSchema.optional(),
      summary: textSchema,
    })
    .optional(),
  endGoal: endGoalSchema.optional(),
  planChanges: z.array(planChangeSchema).default([]),
  nextEvaluationDate: isoDateSchema.optional(),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The content of an eerstejaarsevaluatie (see {@link eerstejaarsevaluatieContentSchema}).
 *
 * @example
 * ```ts
 * const value: EerstejaarsevaluatieContent = eerstejaarsevaluatieContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type EerstejaarsevaluatieContent = z.infer<typeof eerstejaarsevaluatieContentSchema>;
