import { type ParseResult, parseWith } from '../messages/parse-with.js';
import { type Case, caseSchema } from './case-schema.js';

/**
 * Parses a case file (already read from JSON) and returns it typed, or every problem found in
 * the one issue shape: its code (the same as core's for the same problem), its field path, and
 * its message in Dutch and English that never contains an input value. The CLI prints one
 * `formatIssue` line per problem.
 *
 * @param input - The case file as parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1} and §7
 * @example
 * ```ts
 * import { formatIssue } from '@poortwachter/core';
 *
 * const result = parseCase({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] });
 * if (!result.success) console.error(result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
 * // sickPeriods[0].end: The end date is before the start date.
 * ```
 * @category Case file
 */
export function parseCase(input: unknown): ParseResult<Case> {
  return parseWith(caseSchema, input);
}
