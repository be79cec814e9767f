import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * The employer's contact person for UWV (asked with a WIA application): name, function, e-mail
 * and phone. Every field is optional; unknown keys are errors.
 *
 * @see UWV "Aanvraag WIA-uitkering" (contactpersoon werkgever)
 * @example
 * ```ts
 * contactPersonSchema.parse({ name: 'Petra de Boer', function: 'HR-adviseur', phone: '030 123 45 67' });
 * ```
 * @category Parties
 */
export const contactPersonSchema = described(
  z.strictObject({
    name: described(textSchema, 'Naam van de contactpersoon.', "The contact's name.").optional(),
    function: described(
      textSchema,
      'Functie van de contactpersoon.',
      "The contact's job title.",
    ).optional(),
    email: described(
      z.email(),
      'E-mailadres van de contactpersoon.',
      "The contact's e-mail address.",
    ).optional(),
    phone: described(
      textSchema,
      'Telefoonnummer van de contactpersoon.',
      "The contact's phone number.",
    ).optional(),
  }),
  'Contactpersoon van de werkgever voor UWV.',
  "The employer's contact person for UWV.",
);

/**
 * The employer's contact person (see {@link contactPersonSchema}).
 *
 * @example
 * ```ts
 * const contact: ContactPerson = { name: 'Petra de Boer', function: 'HR-adviseur' };
 * ```
 * @category Parties
 */
export type ContactPerson = z.infer<typeof contactPersonSchema>;
