import { SPOOR2_APPLICATION_CHANNELS, SPOOR2_APPLICATION_RESULTS } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * One application of the spoor-2 log (`spoor2.applications[]`): date, employer, function,
 * channel and result, with the channels and results of the document schemas' applications.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @example
 * ```ts
 * spoor2LogApplicationSchema.parse({
 *   date: '2025-05-02', employer: 'Gemeente Utrecht', function: 'Receptionist', channel: 'vacaturesite', result: 'afgewezen',
 * });
 * ```
 * @category Case file
 */
export const spoor2LogApplicationSchema = described(
  z.strictObject({
    date: described(isoDateSchema, 'Datum van de sollicitatie.', 'Date of the application.'),
    employer: described(textSchema, 'De werkgever.', 'The employer.').optional(),
    function: described(textSchema, 'De functie.', 'The function.').optional(),
    channel: described(
      z.enum(SPOOR2_APPLICATION_CHANNELS),
      'Hoe gesolliciteerd is.',
      'How the application was made.',
    ).optional(),
    result: described(
      z.enum(SPOOR2_APPLICATION_RESULTS),
      'Resultaat; uitgenodigd en aangenomen tellen als gesprek.',
      'Result; uitgenodigd (invited) and aangenomen (hired) count as interviews.',
    ),
  }),
  'Een sollicitatie in het trajectlogboek.',
  'An application in the trajectory log.',
);
