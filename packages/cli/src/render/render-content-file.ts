import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from '@poortwachter/core';
import {
  checkDocument,
  DocumentIncompleteError,
  fillTemplate,
  renderDocument,
  TemplatePlaceholderError,
} from '@poortwachter/report';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { DOCUMENT_KINDS, resolveDocumentContent } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import { cliIssue } from '../cli-issue.js';
import { contentKind } from '../input/content-kind.js';
import { parseChoice } from '../input/parse-choice.js';
import { readInputFile } from '../input/read-input-file.js';
import { readJsonFile } from '../input/read-json-file.js';
import { readTheme } from '../input/read-theme.js';
import { checkOutputFree } from '../output/check-output-free.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { findingProblem } from './finding-problem.js';
import type { RenderRequest } from './render-request.js';

const KINDS = DOCUMENT_KINDS.map((k) => k.kind);

/** Reads a JSON file that a content file refers to, relative to the content file's directory. */
const loaderFor =
  (contentFile: string) =>
  (relativePath: string): unknown =>
    JSON.parse(
      readFileSync(resolve(dirname(contentFile), relativePath), 'utf8').replace(/^\uFEFF/, ''),
    );

/**
 * Makes one Word document from a content file: checks that the output may be written, reads
 * the content, checks `--kind`, resolves the case and RIV part files relative to the content
 * file (`resolveDocumentContent`), renders it (`renderDocument`, or `fillTemplate` with a
 * customer's template) and writes it atomically.
 * Shared by `report` and the workers of `batch`.
 *
 * @param request - What to make (see {@link RenderRequest}).
 * @returns The findings of a document that was made all the same (warnings, or everything
 *   missing with `allowIncomplete`), for the caller to show.
 * @throws CliError with exit 2 for a wrong request, invalid content or a template that does not
 *   fit, exit 1 when the document is incomplete and `allowIncomplete` is off (its findings are the problems).
 * @example
 * ```ts
 * const { findings } = await renderContentFile({
 *   input: 'fixtures/dossier/01-plan-van-aanpak.json', output: 'plan.docx', cwd: process.cwd(),
 *   asOf: '2025-09-01', lang: 'nl', allowIncomplete: false, force: true,
 * });
 * ```
 * @category Report
 */
export async function renderContentFile(
  request: RenderRequest,
): Promise<{ findings: readonly Finding[] }> {
  const { input, output, cwd, lang } = request;
  const kind = request.kind === undefined ? undefined : parseChoice('--kind', request.kind, KINDS);
  await checkOutputFree(output, cwd, request.force);
  let raw = await readJsonFile(input, cwd);
  const fileKind = contentKind(raw);
  if (kind !== undefined && fileKind !== undefined && fileKind !== kind)
    throw new CliError([
      cliIssue(
        'cli/kind-mismatch',
        '--kind',
        (KINDS as readonly unknown[]).includes(fileKind)
          ? { nl: `${String(fileKind)}, niet ${kind}`, en: `${String(fileKind)}, not ${kind}` }
          : undefined,
      ),
    ]);
  if (kind !== undefined && fileKind === undefined && typeof raw === 'object' && raw !== null)
    raw = { ...raw, kind };
  const resolved = resolveDocumentContent(raw, loaderFor(resolve(cwd, input)));
  if (!resolved.success)
    throw new CliError(
      resolved.issues.map((issue) =>
        (issue.path ?? []).length === 0 ? { ...issue, argument: input } : issue,
      ),
    );
  const theme = request.theme === undefined ? undefined : await readTheme(request.theme, cwd, lang);
  const template =
    request.template === undefined ? undefined : await readInputFile(request.template, cwd);
  const findings = checkDocument(resolved.data, { asOf: request.asOf });
  const options = {
    theme,
    asOf: request.asOf,
    allowIncomplete: request.allowIncomplete,
    rasterizer: nodeRasterizer(),
  };
  let bytes: Uint8Array;
  try {
    bytes =
      template === undefined
        ? await renderDocument(resolved.data, options)
        : await fillTemplate(template, resolved.data, options);
  } catch (error) {
    if (error instanceof DocumentIncompleteError)
      throw new CliError(
        error.issues.map((f) => findingProblem(f, input)),
        1,
      );
    if (error instanceof TemplatePlaceholderError)
      throw new CliError(
        error.issues.map((issue) => ({
          ...issue,
          argument: `${request.template}:{{${issue.placeholder}}}`,
        })),
      );
    throw error;
  }
  await writeFileAtomic(resolve(cwd, output), bytes);
  return { findings };
}
