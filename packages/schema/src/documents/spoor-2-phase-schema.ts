import * as z from 'zod';

/**
 * The phases of a spoor-2 trajectory as UWV assesses it: aanmelding, intake, oriëntatie,
 * activering en scholing, bemiddeling en sollicitatie, plaatsing, nazorg.
 *
 * @example
 * ```ts
 * spoor2PhaseSchema.parse('orientatie');
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#2-tracks-and-phases | docs/rules.md §2}
 */
export const spoor2PhaseSchema = z.enum([
  'aanmelding',
  'intake',
  'orientatie',
  'activering-en-scholing',
  'bemiddeling-en-sollicitatie',
  'plaatsing',
  'nazorg',
]);

/**
 * A spoor-2 phase (see {@link spoor2PhaseSchema}).
 *
 * @example
 * ```ts
 * const phase: Spoor2Phase = 'bemiddeling-en-sollicitatie';
 * ```
 * @category Document content
 */
export type Spoor2Phase = z.infer<typeof spoor2PhaseSchema>;
