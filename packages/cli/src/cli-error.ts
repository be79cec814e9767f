import { PoortwachterError } from '@poortwachter/core';
import type { CliIssue } from './cli-issue.js';

/**
 * Ends a command with problems on stderr and an exit code ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#5-command-line | docs/contract.md §5}): `2` when the
 * request itself was wrong (the default), `1` when the work was done but needs attention. A
 * {@link PoortwachterError} whose issues are {@link CliIssue}s; messages never contain a BSN or
 * health data: they are built from fixed texts.
 *
 * @example
 * ```ts
 * throw new CliError([cliIssue('cli/invalid-date', '--as-of')]);
 * ```
 * @category CLI
 */
export class CliError extends PoortwachterError {
  override name = 'CliError';
  declare readonly issues: readonly CliIssue[];
  readonly exitCode: 1 | 2;

  /**
   * @param issues - The problems, one stderr line each.
   * @param exitCode - `2` (default) for a wrong request, `1` for work that needs attention.
   */
  constructor(issues: readonly CliIssue[], exitCode: 1 | 2 = 2) {
    super(issues);
    this.exitCode = exitCode;
  }
}
