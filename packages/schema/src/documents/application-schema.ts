import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * One job application in a spoor-2 period: date, employer, function, channel and result. UWV
 * looks for concrete vacancies and applications ("kortste weg naar betaald werk").
 *
 * @example
 * ```ts
 * applicationSchema.parse({
 *   date: '2025-05-12',
 *   employer: 'Gemeente Voorbeeld',
 *   function: 'Medewerker klantcontact',
 *   channel: 'vacaturesite',
 *   result: 'uitgenodigd',
 * });
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 */
export const applicationSchema = z.strictObject({
  date: isoDateSchema,
  employer: textSchema,
  function: textSchema,
  channel: z.enum([
    'vacaturesite',
    'open-sollicitatie',
    'netwerk',
    'uitzendbureau',
    're-integratiebedrijf',
    'overig',
  ]),
  result: z.enum([
    'in-behandeling',
    'geen-reactie',
    'afgewezen',
    'uitgenodigd',
    'aangenomen',
    'teruggetrokken',
  ]),
  note: textSchema.optional(),
});

/**
 * A job application (see {@link applicationSchema}).
 *
 * @example
 * ```ts
 * const value: Application = applicationSchema.parse(input);
 * ```
 * @category Document content
 */
export type Application = z.infer<typeof applicationSchema>;
