import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * The employee's employment as UWV asks it with a WIA application: the date in service, the
 * kind of contract and its end date (a fixed-term contract), and the work pattern (days and
 * hours). Every field is optional; unknown keys are errors.
 *
 * @see UWV "Aanvraag WIA-uitkering" (gegevens over het dienstverband); Wet WIA art. 64
 * @example
 * ```ts
 * employmentSchema.parse({
 *   startDate: '2012-04-01', contractType: 'onbepaalde-tijd',
 *   workPattern: 'Maandag tot en met vrijdag, 7.30–15.00 uur',
 * });
 * ```
 * @category Parties
 */
export const employmentSchema = described(
  z.strictObject({
    startDate: described(
      isoDateSchema,
      'Datum in dienst (JJJJ-MM-DD).',
      'Date the employment started (YYYY-MM-DD).',
    ).optional(),
    contractType: described(
      z.enum(['onbepaalde-tijd', 'bepaalde-tijd', 'oproep', 'uitzend', 'overig']),
      'Soort arbeidsovereenkomst.',
      'Kind of employment contract.',
    ).optional(),
    endDate: described(
      isoDateSchema,
      'Einddatum van een contract voor bepaalde tijd (JJJJ-MM-DD).',
      'End date of a fixed-term contract (YYYY-MM-DD).',
    ).optional(),
    workPattern: described(
      textSchema,
      'Werkpatroon: dagen en uren.',
      'Work pattern: days and hours.',
    ).optional(),
  }),
  'Het dienstverband van de werknemer.',
  "The employee's employment.",
);

/**
 * The employment of an employee (see {@link employmentSchema}).
 *
 * @example
 * ```ts
 * const employment: Employment = { startDate: '2012-04-01', contractType: 'onbepaalde-tijd' };
 * ```
 * @category Parties
 */
export type Employment = z.infer<typeof employmentSchema>;
