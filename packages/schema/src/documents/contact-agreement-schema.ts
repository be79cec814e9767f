import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';
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
  how: textSchema,
  frequency: textSchema,
  initiative: partySchema,
});

/**
 * A contact agreement (see {@link contactAgreementSchema}).
 *
 * @example
 * ```ts
 * const value: ContactAgreement = contactAgreementSchema.parse(input);
 * ```
 * @category Document content
 */
export type ContactAgreement = z.infer<typeof contactAgreementSchema>;
