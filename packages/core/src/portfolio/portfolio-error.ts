import type { IssuePath } from '../issues/issue.js';
import { PoortwachterError } from '../issues/poortwachter-error.js';
import { PORTFOLIO_ISSUE_MESSAGES, type PortfolioIssueCode } from './portfolio-issues.js';

/**
 * The error of a portfolio call that cannot be done: one issue with its code and path.
 *
 * @param code - The problem.
 * @param path - Where: the argument and the key within it.
 * @returns The error, to throw.
 * @internal
 */
export function portfolioError(
  code: PortfolioIssueCode,
  path: IssuePath,
): PoortwachterError<PortfolioIssueCode> {
  return new PoortwachterError([{ code, path, message: PORTFOLIO_ISSUE_MESSAGES[code] }]);
}
