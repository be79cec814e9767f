import * as z from 'zod';

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
 * A recipient of a copy (see {@link copyRecipientSchema}).
 *
 * @example
 * ```ts
 * const to: CopyRecipient = 'bedrijfsarts';
 * ```
 * @category Document content
 */
export type CopyRecipient = z.infer<typeof copyRecipientSchema>;
