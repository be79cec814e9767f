import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
import { validateCaseInput } from '../input/validate-case-input.js';
import { buildChains } from '../periods/build-chains.js';
import type { Chain } from '../periods/chain.js';
import type { CaseInput } from '../types.js';

/**
 * The chains of a validated case (samentelling with the case's own leave option).
 *
 * @param input - The case (untrusted).
 * @returns The chains, oldest first.
 * @throws PoortwachterInputError when the case cannot be used.
 */
export function caseChains(input: CaseInput): Chain[] {
  const issues = validateCaseInput(input);
  if (issues.length > 0) throw new PoortwachterInputError(issues);
  return buildChains(input.sickPeriods, input.leavePeriods, input.options ?? {});
}
