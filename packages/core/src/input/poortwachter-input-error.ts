import { PoortwachterError } from '../issues/poortwachter-error.js';
import type { InputIssue } from './input-issue.js';
import type { InputIssueCode } from './input-issue-codes.js';

/**
 * Thrown when an input cannot be used at all (an impossible date, overlapping periods, an
 * unknown field, an invalid option, …): a {@link PoortwachterError} whose `issues` are
 * {@link InputIssue}s with their paths. Compliance problems are never thrown: they are findings.
 *
 * @example
 * ```ts
 * try {
 *   computeTimeline({ sickPeriods: [] });
 * } catch (e) {
 *   if (e instanceof PoortwachterInputError) console.log(e.issues[0]?.code); // 'periods/empty'
 * }
 * ```
 * @category Issues
 */
export class PoortwachterInputError extends PoortwachterError<InputIssueCode> {
  override name = 'PoortwachterInputError';
  declare readonly issues: readonly InputIssue[];

  /** @param issues - The problems found, each with its path. */
  constructor(issues: readonly InputIssue[]) {
    super(issues, { nl: 'De invoer is niet bruikbaar:', en: 'The input cannot be used:' });
  }
}
