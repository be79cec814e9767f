import type { Finding } from '@poortwachter/core';
import { CliError } from '../cli-error.js';
import type { CliIssue } from '../cli-issue.js';
import { internalErrorIssue } from '../internal-error-message.js';
import { renderContentFile } from './render-content-file.js';
import type { RenderRequest } from './render-request.js';

/**
 * The outcome of making one document, as plain data that crosses a thread boundary: the
 * findings of a document that was written, or the problems and exit code of one that was not.
 *
 * @example
 * ```ts
 * const refused: RenderOutcome = { ok: false, exitCode: 1, problems: [{ path: 'endGoal', message: 'fout: …' }] };
 * ```
 * @category Report
 */
export type RenderOutcome =
  | { ok: true; findings: readonly Finding[] }
  | { ok: false; exitCode: 1 | 2; issues: readonly CliIssue[] };

/**
 * Makes one document and never throws: what `batch`'s workers run. An unexpected error becomes
 * an `interne fout` problem on the content file (numbers of 8 or more digits hidden).
 *
 * @param request - What to make.
 * @returns The outcome.
 * @example
 * ```ts
 * const outcome = await settleRender(request);
 * if (!outcome.ok) console.error(outcome.problems);
 * ```
 * @category Report
 */
export async function settleRender(request: RenderRequest): Promise<RenderOutcome> {
  try {
    return { ok: true, findings: (await renderContentFile(request)).findings };
  } catch (error) {
    if (error instanceof CliError)
      return { ok: false, exitCode: error.exitCode, issues: error.issues };
    return {
      ok: false,
      exitCode: 2,
      issues: [{ ...internalErrorIssue(error), argument: request.input }],
    };
  }
}
