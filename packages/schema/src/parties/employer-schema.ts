import * as z from 'zod';
import { loonheffingennummerSchema } from '../fields/loonheffingennummer-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';
import { contactPersonSchema } from './contact-person-schema.js';

/**
 * The employer of a case file. Every field is optional; unknown keys are errors. The contact
 * person and the eigenrisicodrager status are what UWV asks with a WIA application.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1}; Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen
 * (BWBR0015184) art. 2 (nature of the business in the RIV)
 * @example
 * ```ts
 * employerSchema.parse({
 *   name: 'Voorbeeld Logistiek B.V.', loonheffingennummer: '001234567L01',
 *   natureOfBusiness: 'Groothandel en distributie',
 * });
 * ```
 * @category Parties
 */
export const employerSchema = described(
  z.strictObject({
    name: described(textSchema, 'Naam van de werkgever.', "The employer's name.").optional(),
    address: described(textSchema, 'Adres van de werkgever.', "The employer's address.").optional(),
    loonheffingennummer: loonheffingennummerSchema.optional(),
    natureOfBusiness: described(
      textSchema,
      'Aard van het bedrijf.',
      'Nature of the business.',
    ).optional(),
    contactPerson: contactPersonSchema.optional(),
    eigenrisicodrager: described(
      z.strictObject({
        wga: described(
          z.boolean(),
          'Eigenrisicodrager voor de WGA.',
          'Self-insurer (eigenrisicodrager) for the WGA.',
        ).optional(),
        zw: described(
          z.boolean(),
          'Eigenrisicodrager voor de Ziektewet.',
          'Self-insurer (eigenrisicodrager) for the Sickness Benefits Act.',
        ).optional(),
      }),
      'Of de werkgever eigenrisicodrager is (UWV vraagt het bij de WIA-aanvraag).',
      'Whether the employer is a self-insurer (UWV asks with the WIA application).',
    ).optional(),
  }),
  'De werkgever.',
  'The employer.',
);
