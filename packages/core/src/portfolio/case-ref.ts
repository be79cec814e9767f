import type { PortfolioCase } from './portfolio-case.js';

/**
 * The reference a portfolio names a case by: its `externalRef`, else `#` and its index.
 *
 * @param input - The case.
 * @param index - Its index in the portfolio.
 * @returns The reference.
 * @internal
 */
export function caseRef(input: PortfolioCase, index: number): string {
  return input.externalRef || `#${index}`;
}
