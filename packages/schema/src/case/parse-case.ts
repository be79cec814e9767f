import type { Lang } from '../messages/lang.js';
import { type ParseResult, parseWith } from '../messages/parse-with.js';
import { type Case, caseSchema } from './case-schema.js';

/**
 * Parses a case file (already read from JSON) and returns it typed, or every problem found with
 * its field path and a message in Dutch (default) or English that never contains an input value.
 * This is what the CLI prints, one {@link formatIssue} line per problem.
 *
 * @param input - The case file as parsed JSON.
 * @param options - `lang`: `nl` (default) or `en`.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @see contract.md §1 and §5
 * @example
 * ```ts
 * const result = parseCase({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] }, { lang: 'en' });
 * if (!result.success) console.error(result.issues.map(formatIssue).join('\n'));
 * // sickPeriods[0].end: The end date is before the start date.
 * ```
 * @category Case file
 */
export function parseCase(input: unknown, options: { lang?: Lang } = {}): ParseResult<Case> {
  return parseWith(caseSchema, input, options);
}
