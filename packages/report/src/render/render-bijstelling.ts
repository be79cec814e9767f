import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a bijstelling plan van aanpak / evaluatieverslag (see {@link renderDocument}).
 *
 * @param content - A resolved bijstelling.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderBijstelling(content);
 * ```
 * @see BW 7:658a lid 3
 * @category Rendering
 */
export const renderBijstelling = (
  content: ResolvedContentOf<'bijstelling'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
