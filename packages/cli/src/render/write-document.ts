import { resolve } from 'node:path';
import type { Finding } from '@poortwachter/core';
import {
  checkDocument,
  DocumentIncompleteError,
  fillTemplate,
  renderDocument,
  TemplatePlaceholderError,
} from '@poortwachter/report';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import { type CliIssue, cliIssue } from '../cli-issue.js';
import { readInputFile } from '../input/read-input-file.js';
import { readTheme } from '../input/read-theme.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import type { RenderRequest } from './render-request.js';

/**
 * Renders resolved content (`renderDocument`, or `fillTemplate` with a customer's template) with
 * the request's theme and writes it atomically: the second half of making a document, shared by
 * a content file (`report <content.json>`, `batch`) and a report built from a case
 * (`report --from-case`).
 *
 * @param content - The resolved content.
 * @param request - Output, theme, template, as-of date and whether an incomplete document may be made.
 * @param problem - Names a finding as a problem of the run (by file and field).
 * @returns The findings of the document that was written (warnings, or everything missing with
 *   `allowIncomplete`).
 * @throws CliError with exit 1 when the document is incomplete and `allowIncomplete` is off, exit
 *   2 for a theme or template that does not fit and for `omitBsn` on a re-integratieverslag.
 * @example
 * ```ts
 * const { findings } = await writeDocument(resolved.data, request, (f) => findingProblem(f, 'plan.json'));
 * ```
 * @category Report
 */
export async function writeDocument(
  content: ResolvedDocumentContent,
  request: Omit<RenderRequest, 'input' | 'kind' | 'force'>,
  problem: (finding: Finding) => CliIssue,
): Promise<{ findings: readonly Finding[] }> {
  const { cwd } = request;
  const omitBsn = request.omitBsn === true;
  if (omitBsn && content.kind === 're-integratieverslag')
    throw new CliError([cliIssue('cli/omit-bsn-verslag', '--omit-bsn')]);
  const theme = request.theme === undefined ? undefined : await readTheme(request.theme, cwd);
  const template =
    request.template === undefined ? undefined : await readInputFile(request.template, cwd);
  // An internal copy needs no BSN: its absence is no finding (as renderDocument judges it).
  const findings = checkDocument(content, { asOf: request.asOf }).filter(
    (f) => !(omitBsn && f.code === `document/${content.kind}/missing-bsn`),
  );
  const options = {
    theme,
    asOf: request.asOf,
    allowIncomplete: request.allowIncomplete,
    omitBsn,
    rasterizer: nodeRasterizer(),
  };
  let bytes: Uint8Array;
  try {
    bytes =
      template === undefined
        ? await renderDocument(content, options)
        : await fillTemplate(template, content, options);
  } catch (error) {
    if (error instanceof DocumentIncompleteError) throw new CliError(error.issues.map(problem), 1);
    if (error instanceof TemplatePlaceholderError)
      throw new CliError(
        error.issues.map((issue) => ({
          ...issue,
          argument: `${request.template}:{{${issue.placeholder}}}`,
        })),
      );
    throw error;
  }
  await writeFileAtomic(resolve(cwd, request.output), bytes);
  return { findings };
}
