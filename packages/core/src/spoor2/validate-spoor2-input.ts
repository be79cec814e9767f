import type { InputIssue } from '../input/input-issue.js';
import { readSpoor2 } from './read-spoor2.js';

/**
 * Checks a `spoor2` section beyond its shape, as the engine needs it: `referral` present, real
 * dates, known phases, types, modes, results, kinds and statuses, hours and numbers in range,
 * referral ≤ intake ≤ trajectplan, phases that end after they start and lie within the
 * trajectory (not before the referral, not after `end`), intake and plan not after `end`, an
 * outcome not before the referral, and report numbers unique per kind. Paths start at
 * `['spoor2']`, so the issues fit in a case's validation as they are. Unknown keys are left to
 * the caller (see {@link SPOOR2_FIELDS}).
 *
 * @param trajectory - The `spoor2` section (any value: this is where it is checked).
 * @returns The problems found, each with a path; empty when the trajectory can be assessed.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}
 * @example
 * ```ts
 * validateSpoor2Input({ referral: '2025-02-10', intake: '2025-02-03' });
 * // [{ code: 'spoor2/before-referral', path: ['spoor2', 'intake'], message: {…} }]
 * ```
 * @category Spoor 2
 */
export function validateSpoor2Input(trajectory: unknown): InputIssue[] {
  return readSpoor2(trajectory).issues;
}
