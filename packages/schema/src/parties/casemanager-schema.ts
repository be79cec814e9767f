import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * The casemanager named in the plan van aanpak. Every field is optional; unknown keys are errors.
 *
 * @see BW 7:658a lid 3; Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4
 * @example
 * ```ts
 * casemanagerSchema.parse({
 *   name: 'P. Bakker', function: 'HR-adviseur', email: 'p.bakker@example.nl', phone: '030-1234567',
 * });
 * ```
 * @category Parties
 */
export const casemanagerSchema = described(
  z.strictObject({
    name: described(textSchema, 'Naam van de casemanager.', "The casemanager's name.").optional(),
    function: described(
      textSchema,
      'Functie van de casemanager.',
      "The casemanager's job title.",
    ).optional(),
    email: described(
      z.email(),
      'E-mailadres van de casemanager.',
      "The casemanager's e-mail address.",
    ).optional(),
    phone: described(
      textSchema,
      'Telefoonnummer van de casemanager.',
      "The casemanager's phone number.",
    ).optional(),
  }),
  'De casemanager.',
  'The casemanager.',
);
