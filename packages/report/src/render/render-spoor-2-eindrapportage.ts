import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a spoor-2 eindrapportage (see {@link renderDocument}).
 *
 * @param content - A resolved eindrapportage.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderSpoor2Eindrapportage(content);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Rendering
 */
export const renderSpoor2Eindrapportage = (
  content: ResolvedContentOf<'spoor-2-eindrapportage'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
