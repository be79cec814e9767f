import type { Problem } from './cli-error.js';
import type { Lang } from './detect-lang.js';

/**
 * Formats a problem as its stderr line.
 *
 * @param problem - The problem.
 * @param lang - The language of the run.
 * @returns `<path>: <message>`.
 * @example
 * ```ts
 * formatProblem({ path: '--as-of', message: { nl: 'Geen datum.', en: 'Not a date.' } }, 'nl');
 * // '--as-of: Geen datum.'
 * ```
 * @category CLI
 */
export function formatProblem(problem: Problem, lang: Lang): string {
  const message = typeof problem.message === 'string' ? problem.message : problem.message[lang];
  return `${problem.path}: ${message}`;
}
