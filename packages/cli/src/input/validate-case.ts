import { type Case, parseCase } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import type { Lang } from '../detect-lang.js';

/**
 * Validates a parsed case file with `@poortwachter/schema`'s `parseCase` (shape, strict keys,
 * real dates, periods, event types, BSN elfproef, …). Every problem becomes one line
 * `<field path>: <message>` in the language of the run; messages never quote input values.
 *
 * @param raw - The parsed JSON.
 * @param lang - The language of the messages.
 * @param source - Names the case as a whole (the file) in a problem about the whole input.
 * @returns The validated case.
 * @throws CliError (exit 2) listing every problem.
 * @example
 * ```ts
 * validateCase({ sickPeriods: [{ start: '2025-01-06' }] }, 'nl', 'case.json').sickPeriods[0].start; // '2025-01-06'
 * validateCase({ sickPeriods: [{ start: '2025-02-30' }] }, 'nl', 'case.json'); // throws "sickPeriods[0].start: …"
 * ```
 * @category Input
 */
export function validateCase(raw: unknown, lang: Lang, source: string): Case {
  const result = parseCase(raw, { lang });
  if (result.success) return result.data;
  throw new CliError(
    result.issues.map((issue) => ({ path: issue.pathText || source, message: issue.message })),
  );
}
