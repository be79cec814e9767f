import { SPOOR2_PHASES, type Spoor2PhaseId } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';

const PHASE_IDS = SPOOR2_PHASES.map((p) => p.id) as [Spoor2PhaseId, ...Spoor2PhaseId[]];

/**
 * A phase of a spoor-2 trajectory as it ran (`spoor2.phases[]`): one of core's `SPOOR2_PHASES`,
 * its start and its end (none or `null`: still running). Phases may overlap.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * spoor2PhaseRecordSchema.parse({ phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01' });
 * ```
 * @category Case file
 */
export const spoor2PhaseRecordSchema = described(
  z.strictObject({
    phase: described(
      z.enum(PHASE_IDS),
      'De fase: aanmelding, intake, orientatie, activering-en-scholing, bemiddeling-en-sollicitatie, plaatsing of nazorg.',
      'The phase: aanmelding, intake, orientatie, activering-en-scholing, bemiddeling-en-sollicitatie, plaatsing or nazorg.',
    ),
    start: described(isoDateSchema, 'Begin van de fase.', 'Start of the phase.'),
    end: described(
      isoDateSchema.nullable(),
      'Einde van de fase (inclusief); weglaten of null: loopt nog.',
      'End of the phase (inclusive); omit or null: still running.',
    ).optional(),
  }),
  'Een fase van het traject.',
  'A phase of the trajectory.',
);
