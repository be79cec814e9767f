import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';

/**
 * The grounds on which spoor 2 may be skipped, recorded on a `spoor-2-niet-nodig` event.
 *
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5;
 * {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#2-tracks-and-phases | docs/rules.md §2}
 * @example
 * ```ts
 * spoor2SkipGroundSchema.parse('terugkeer-binnen-3-maanden');
 * ```
 * @category Case file
 */
export const spoor2SkipGroundSchema = described(
  z.enum([
    'terugkeer-binnen-3-maanden',
    'marginale-mogelijkheden',
    'geen-benutbare-mogelijkheden',
    'aow-binnen-jaar-na-wachttijd',
  ]),
  'Grond om spoor 2 niet te starten.',
  'Ground for not starting spoor 2.',
);
