import { SPOOR2_OUTCOME_KINDS } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * How a spoor-2 trajectory ended (`spoor2.outcome`): placement, secondment, trial placement or
 * none, with its date and, where known, the employer, function and hours. An outcome counts from
 * its date; `{ "kind": "geen", "date": null }` is a trajectory without a result yet.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * spoor2OutcomeSchema.parse({ kind: 'detachering', date: '2025-10-01', employer: 'Zorggroep Noord', function: 'Administratief medewerker', hoursPerWeek: 24 });
 * ```
 * @category Case file
 */
export const spoor2OutcomeSchema = described(
  z.strictObject({
    kind: described(
      z.enum(SPOOR2_OUTCOME_KINDS),
      'Resultaat: plaatsing, detachering, proefplaatsing of geen.',
      'Outcome: plaatsing (placement), detachering (secondment), proefplaatsing (trial placement) or geen (none).',
    ),
    date: described(
      isoDateSchema.nullable(),
      'Datum van het resultaat; null: nog geen.',
      'Date of the outcome; null: none yet.',
    ).optional(),
    employer: described(textSchema, 'De nieuwe werkgever.', 'The new employer.').optional(),
    function: described(textSchema, 'De functie.', 'The function.').optional(),
    hoursPerWeek: described(z.number().min(0), 'Uren per week.', 'Hours a week.').optional(),
  }),
  'Het resultaat van het traject.',
  'The outcome of the trajectory.',
);
