import { z } from 'zod';
import { partySchema } from './party-schema.js';

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
 * A contact agreement (see {@link contactAgreementSchema}).
 *
 * @category Document content
 */
export type ContactAgreement = z.infer<typeof contactAgreementSchema>;
