import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

const signedAt = {
  /** The day of signing; left out on a document that is printed to be signed by hand. */
  date: isoDateSchema.optional(),
  place: textSchema.optional(),
};

/**
 * One signatory of a document where the law asks agreement. The employee and the casemanager are
 * named by the case file, so their entries carry no name; the person who signs for the employer
 * and a spoor-2 adviser are named here with their function.
 *
 * @example
 * ```ts
 * signatureSchema.parse({ role: 'werknemer' });
 * signatureSchema.parse({ role: 'werkgever', name: 'M. Jansen', function: 'Directeur', date: '2024-04-02' });
 * ```
 * @category Document content
 * @see BW 7:658a lid 3 (plan van aanpak agreed by employer and employee); Regeling procesgang eerste en tweede ziektejaar art. 4
 */
export const signatureSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('werknemer'), ...signedAt }),
  z.strictObject({ role: z.literal('casemanager'), ...signedAt }),
  z.strictObject({
    role: z.literal('werkgever'),
    name: textSchema,
    function: textSchema,
    ...signedAt,
  }),
  z.strictObject({
    role: z.literal('adviseur'),
    name: textSchema,
    function: textSchema,
    organisation: textSchema.optional(),
    ...signedAt,
  }),
]);

/**
 * A signatory of a document (see {@link signatureSchema}).
 *
 * @example
 * ```ts
 * const value: Signature = signatureSchema.parse(input);
 * ```
 * @category Document content
 */
export type Signature = z.infer<typeof signatureSchema>;

/**
 * The roles that can sign a document.
 *
 * @example
 * ```ts
 * const role: SignatureRole = 'werkgever';
 * ```
 * @category Document content
 */
export type SignatureRole = Signature['role'];
