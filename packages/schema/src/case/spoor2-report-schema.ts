import { SPOOR2_REPORT_KINDS } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';

/**
 * A spoor-2 report that was made (`spoor2.reports[]`): its kind, its number (unique per kind,
 * checked by {@link spoor2Schema}) and its date.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * spoor2ReportSchema.parse({ kind: 'voortgang', number: 1, date: '2025-04-25' });
 * ```
 * @category Case file
 */
export const spoor2ReportSchema = described(
  z.strictObject({
    kind: described(
      z.enum(SPOOR2_REPORT_KINDS),
      'Soort: trajectplan, voortgang of eind.',
      'Kind: trajectplan, voortgang (progress) or eind (final).',
    ),
    number: described(
      z.number().int().min(1),
      'Volgnummer, uniek per soort.',
      'Sequence number, unique per kind.',
    ).optional(),
    date: described(isoDateSchema, 'Datum van het rapport.', 'Date of the report.'),
  }),
  'Een gemaakt spoor-2-rapport.',
  'A spoor-2 report that was made.',
);
