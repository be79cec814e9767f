import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a spoor-2 voortgangsrapportage (see {@link renderDocument}).
 *
 * @param content - A resolved voortgangsrapportage.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderSpoor2Voortgang(content);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Rendering
 */
export const renderSpoor2Voortgang = (
  content: ResolvedContentOf<'spoor-2-voortgang'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
