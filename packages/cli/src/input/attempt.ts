import { CliError } from '../cli-error.js';
import type { CliIssue } from '../cli-issue.js';

/**
 * Runs one check of a command line and collects its problems instead of stopping at them, so
 * that a command reports every wrong option at once.
 *
 * @param check - A check that throws a {@link CliError} for a wrong value.
 * @param problems - Where the problems of a failed check go.
 * @returns The check's result, or `undefined` when it failed.
 * @example
 * ```ts
 * const problems: CliIssue[] = [];
 * const format = attempt(() => parseChoice('--format', 'xml', ['text', 'json']), problems);
 * // format === undefined, problems[0].code === 'cli/invalid-choice'
 * ```
 * @category Input
 */
export function attempt<T>(check: () => T, problems: CliIssue[]): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    problems.push(...error.issues);
    return undefined;
  }
}
