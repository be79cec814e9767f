import { SPOOR2_ACTIVITY_MODES, SPOOR2_ACTIVITY_TYPES } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * One activity of the spoor-2 log (`spoor2.activities[]`): date, type, mode (on location, at
 * home, online), hours, and its goal and result in words (never anything medical).
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * spoor2LogActivitySchema.parse({
 *   date: '2025-03-04', type: 'loopbaancoaching', mode: 'online', hours: 1.5,
 *   goal: 'Interesses en waarden in kaart', result: 'Drie richtingen gekozen',
 * });
 * ```
 * @category Case file
 */
export const spoor2LogActivitySchema = described(
  z.strictObject({
    date: described(isoDateSchema, 'Datum van de activiteit.', 'Date of the activity.'),
    type: described(z.enum(SPOOR2_ACTIVITY_TYPES), 'Soort activiteit.', 'Kind of activity.'),
    mode: described(
      z.enum(SPOOR2_ACTIVITY_MODES),
      'Waar: op-locatie, thuis of online.',
      'Where: op-locatie (on location), thuis (at home) or online.',
    ).optional(),
    hours: described(
      z.number().min(0),
      'Bestede uren (tot op honderdsten).',
      'Hours spent (to the hundredth).',
    ).optional(),
    goal: described(textSchema, 'Doel van de activiteit.', 'Goal of the activity.').optional(),
    result: described(
      textSchema,
      'Resultaat van de activiteit.',
      'Result of the activity.',
    ).optional(),
  }),
  'Een activiteit in het trajectlogboek.',
  'An activity in the trajectory log.',
);
