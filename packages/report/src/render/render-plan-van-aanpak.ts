import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a plan van aanpak (see {@link renderDocument}, which it is typed for one kind of).
 *
 * @param content - A resolved plan van aanpak.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderPlanVanAanpak(content);
 * ```
 * @see BW 7:658a lid 3; Regeling procesgang eerste en tweede ziektejaar art. 4
 * @category Rendering
 */
export const renderPlanVanAanpak = (
  content: ResolvedContentOf<'plan-van-aanpak'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
