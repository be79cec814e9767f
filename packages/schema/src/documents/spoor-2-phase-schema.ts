import { SPOOR2_PHASES, type Spoor2PhaseId } from '@poortwachter/core';
import * as z from 'zod';

const PHASE_IDS = SPOOR2_PHASES.map((p) => p.id) as [Spoor2PhaseId, ...Spoor2PhaseId[]];

/**
 * The phases of a spoor-2 trajectory as UWV assesses it, core's `SPOOR2_PHASES`: aanmelding,
 * intake, oriëntatie, activering en scholing, bemiddeling en sollicitatie, plaatsing, nazorg.
 *
 * @example
 * ```ts
 * spoor2PhaseSchema.parse('orientatie');
 * ```
 * @category Document content
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 */
export const spoor2PhaseSchema = z.enum(PHASE_IDS);

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
