import * as z from 'zod';

/**
 * Who acts or takes the initiative: the parties of a reintegration plan. `werkgever+werknemer`
 * means both together, as in the milestone actors of `@poortwachter/core`.
 *
 * @example
 * ```ts
 * partySchema.parse('werkgever'); // 'werkgever'
 * ```
 * @category Document content
 */
export const partySchema = z.enum([
  'werkgever',
  'werknemer',
  'werkgever+werknemer',
  'casemanager',
  'bedrijfsarts',
  'arbeidsdeskundige',
  're-integratiebedrijf',
  'overig',
]);

/**
 * A party of a reintegration plan (see {@link partySchema}).
 *
 * @example
 * ```ts
 * const who: Party = 'werkgever+werknemer';
 * ```
 * @category Document content
 */
export type Party = z.infer<typeof partySchema>;
