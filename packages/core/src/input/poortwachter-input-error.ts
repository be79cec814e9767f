import type { InputIssue } from './input-issue.js';

/**
 * Thrown by the engine's entry points when the case cannot be computed at all (an impossible
 * date, overlapping periods, …). Compliance problems are never thrown: they are findings.
 * `message` lists the paths and English texts; `issues` carries the data.
 *
 * @example
 * ```ts
 * try {
 *   computeTimeline({ sickPeriods: [] });
 * } catch (e) {
 *   if (e instanceof PoortwachterInputError) console.log(e.issues[0].path); // ['sickPeriods']
 * }
 * ```
 * @category Input
 */
export class PoortwachterInputError extends Error {
  override readonly name = 'PoortwachterInputError';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map((i) => `${i.path.join('.') || '(case)'}: ${i.message.en}`).join('\n'));
    this.issues = issues;
  }
}
