import type { Spoor2Trajectory } from '@poortwachter/core';

/**
 * Whether a case's spoor-2 trajectory ended in a placement: an outcome other than `geen`
 * (`plaatsing`, `detachering`, `proefplaatsing`). An eindrapportage shows the placement's details
 * then, and the reasons for non-placement otherwise.
 *
 * @param caseFile - The case.
 * @returns `true` with a placement.
 * @example
 * ```ts
 * hasPlacement({ spoor2: { referral: '2025-01-28', outcome: { kind: 'detachering', date: '2025-10-01' } } }); // true
 * ```
 * @internal
 */
export function hasPlacement(caseFile: {
  readonly spoor2?: Spoor2Trajectory | null | undefined;
}): boolean {
  const kind = caseFile.spoor2?.outcome?.kind;
  return kind !== undefined && kind !== 'geen';
}
