import { type Case, parseCase } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';

/**
 * Validates a parsed case file with `@poortwachter/schema`'s `parseCase` (shape, strict keys,
 * real dates, periods, event types, BSN elfproef, …). Every problem is an issue with its code and
 * field path (or `source` for the case as a whole); messages never quote input values.
 *
 * @param raw - The parsed JSON.
 * @param source - Names the case as a whole (the file) in a problem about the whole input.
 * @returns The validated case.
 * @throws CliError (exit 2) listing every problem.
 * @example
 * ```ts
 * validateCase({ sickPeriods: [{ start: '2025-01-06' }] }, 'case.json').sickPeriods[0].start; // '2025-01-06'
 * validateCase({ sickPeriods: [{ start: '2025-02-30' }] }, 'case.json'); // throws "sickPeriods[0].start: …"
 * ```
 * @category Input
 */
export function validateCase(raw: unknown, source: string): Case {
  const result = parseCase(raw);
  if (result.success) return result.data;
  throw new CliError(
    result.issues.map((issue) => ({
      ...issue,
      ...((issue.path ?? []).length === 0 ? { argument: source } : {}),
    })),
  );
}
