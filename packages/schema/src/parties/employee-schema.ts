import * as z from 'zod';
import { bsnSchema } from '../bsn/bsn-schema.js';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';
import { employmentSchema } from './employment-schema.js';

/**
 * The employee of a case file: administrative data only. Every field is optional (the engine needs
 * at most `dateOfBirth` or `aowDate`; the documents report what they miss); unknown keys are
 * errors, so no diagnosis or other health data can be added. Contact details and the employment
 * (date in service, contract, work pattern) are what UWV asks with a WIA application.
 *
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1}
 * @example
 * ```ts
 * employeeSchema.parse({
 *   name: 'Jan de Vries', dateOfBirth: '1971-05-14', bsn: '123456782',
 *   function: 'Orderpicker', hoursPerWeek: 38, aowDate: null,
 * });
 * ```
 * @category Parties
 */
export const employeeSchema = described(
  z.strictObject({
    name: described(textSchema, 'Naam van de werknemer.', "The employee's name.").optional(),
    dateOfBirth: described(
      isoDateSchema,
      'Geboortedatum (JJJJ-MM-DD); bepaalt de AOW-datum.',
      'Date of birth (YYYY-MM-DD); determines the AOW date.',
    ).optional(),
    bsn: bsnSchema.optional(),
    address: described(textSchema, 'Adres van de werknemer.', "The employee's address.").optional(),
    function: described(
      textSchema,
      'Functie van de werknemer.',
      "The employee's job title.",
    ).optional(),
    hoursPerWeek: described(
      z.number().positive().max(168),
      'Contracturen per week.',
      'Contract hours per week.',
    ).optional(),
    email: described(
      z.email(),
      'E-mailadres van de werknemer.',
      "The employee's e-mail address.",
    ).optional(),
    phone: described(
      textSchema,
      'Telefoonnummer van de werknemer.',
      "The employee's phone number.",
    ).optional(),
    employment: employmentSchema.optional(),
    aowDate: described(
      isoDateSchema.nullable(),
      'AOW-datum als die bekend is (nodig na de gepubliceerde jaren); null: afleiden uit de geboortedatum.',
      'AOW date when known (needed beyond the published years); null: derive it from the date of birth.',
    ).optional(),
  }),
  'De werknemer (alleen administratieve gegevens, nooit medische).',
  'The employee (administrative data only, never medical).',
);
