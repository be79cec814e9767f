import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { Packer } from 'docx';
import { buildDocument } from '../documents/build-document.js';
import { defaultTheme } from '../theme/default-theme.js';
import { refuseIncomplete } from './refuse-incomplete.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders any document of the dossier to the bytes of a .docx file. The completeness check
 * (`checkDocument`) runs first: a document with `error` findings is refused with a
 * `DocumentIncompleteError`, unless `allowIncomplete` is set, in which case it is rendered with
 * a visible "CONCEPT — onvolledig" marking on every page and the list of what is missing. Runs
 * in browsers too (no Node APIs); `toBlob` wraps the bytes for a download.
 *
 * @param content - Resolved content of any kind (`resolveDocumentContent` of `@poortwachter/schema`).
 * @param options - Theme, `allowIncomplete`, the check's `asOf`, and a rasterizer for the dossieroverzicht.
 * @returns The .docx file.
 * @throws `DocumentIncompleteError` when required content is missing and `allowIncomplete` is not set.
 * @example
 * ```ts
 * const bytes = await renderDocument(content, { asOf: '2025-03-26' });
 * await writeFile('plan-van-aanpak.docx', bytes);
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @category Rendering
 */
export async function renderDocument(
  content: ResolvedDocumentContent,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const missing = refuseIncomplete(content, options);
  const doc = await buildDocument(content, {
    theme: options.theme ?? defaultTheme,
    missing,
    rasterizer: options.rasterizer,
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
