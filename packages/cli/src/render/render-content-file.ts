import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Finding } from '@poortwachter/core';
import { DOCUMENT_KINDS, resolveDocumentContent } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import { contentKind } from '../input/content-kind.js';
import { kindMismatch } from '../input/kind-mismatch.js';
import { parseChoice } from '../input/parse-choice.js';
import { readJsonFile } from '../input/read-json-file.js';
import { checkOutputFree } from '../output/check-output-free.js';
import { findingProblem } from './finding-problem.js';
import type { RenderRequest } from './render-request.js';
import { writeDocument } from './write-document.js';

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
 * file (`resolveDocumentContent`), then renders and writes it ({@link writeDocument}).
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
 *   asOf: '2025-09-01', allowIncomplete: false, force: true,
 * });
 * ```
 * @category Report
 */
export async function renderContentFile(
  request: RenderRequest,
): Promise<{ findings: readonly Finding[] }> {
  const { input, output, cwd } = request;
  const kind = request.kind === undefined ? undefined : parseChoice('--kind', request.kind, KINDS);
  await checkOutputFree(output, cwd, request.force);
  let raw = await readJsonFile(input, cwd);
  const fileKind = contentKind(raw);
  if (kind !== undefined && fileKind !== undefined && fileKind !== kind)
    throw new CliError([kindMismatch(fileKind, kind)]);
  if (kind !== undefined && fileKind === undefined && typeof raw === 'object' && raw !== null)
    raw = { ...raw, kind };
  const resolved = resolveDocumentContent(raw, loaderFor(resolve(cwd, input)));
  if (!resolved.success)
    throw new CliError(
      resolved.issues.map((issue) =>
        (issue.path ?? []).length === 0 ? { ...issue, argument: input } : issue,
      ),
    );
  return writeDocument(resolved.data, request, (f) => findingProblem(f, input));
}
