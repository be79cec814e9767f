import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a re-integratieverslag, `volledig` or `verkort`, with the parts written with this
 * library inline (see {@link renderDocument}).
 *
 * @param content - A resolved re-integratieverslag.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderReIntegratieverslag(content);
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 and 2a
 * @category Rendering
 */
export const renderReIntegratieverslag = (
  content: ResolvedContentOf<'re-integratieverslag'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
