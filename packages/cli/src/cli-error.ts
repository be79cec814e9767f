import type { LocalizedText } from '@poortwachter/core';

/**
 * One problem to report on stderr as `<path>: <message>`. `path` names the field, option or
 * file; `message` is either bilingual or already in the language of the run.
 *
 * @example
 * ```ts
 * const problem: Problem = { path: 'sickPeriods[0].end', message: { nl: 'Vóór het begin.', en: 'Before the start.' } };
 * ```
 * @category CLI
 */
export interface Problem {
  path: string;
  message: LocalizedText | string;
}

/**
 * Ends a command with problems on stderr and an exit code (contract.md §5): `2` when the
 * request itself was wrong (the default), `1` when the work was done but needs attention.
 * Messages never contain a BSN or health data: callers build them from fixed texts.
 *
 * @example
 * ```ts
 * throw new CliError([{ path: '--as-of', message: { nl: 'Geen datum.', en: 'Not a date.' } }]);
 * ```
 * @category CLI
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly problems: readonly Problem[];
  readonly exitCode: 1 | 2;

  /**
   * @param problems - The problems, one stderr line each.
   * @param exitCode - `2` (default) for a wrong request, `1` for work that needs attention.
   */
  constructor(problems: readonly Problem[], exitCode: 1 | 2 = 2) {
    super(
      problems
        .map((p) => `${p.path}: ${typeof p.message === 'string' ? p.message : p.message.en}`)
        .join('\n'),
    );
    this.problems = problems;
    this.exitCode = exitCode;
  }
}
