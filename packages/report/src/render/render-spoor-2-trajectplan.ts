import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a spoor-2 trajectplan (see {@link renderDocument}).
 *
 * @param content - A resolved trajectplan.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderSpoor2Trajectplan(content);
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Rendering
 */
export const renderSpoor2Trajectplan = (
  content: ResolvedContentOf<'spoor-2-trajectplan'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
