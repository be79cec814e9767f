import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders a dossieroverzicht with its drawn timeline (see {@link renderDocument}); needs
 * `options.rasterizer`.
 *
 * @param content - A resolved dossieroverzicht.
 * @param options - Theme, `allowIncomplete`, `asOf` and the rasterizer.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderDossieroverzicht(content, { rasterizer: nodeRasterizer() });
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar (BWBR0013540)
 * @category Rendering
 */
export const renderDossieroverzicht = (
  content: ResolvedContentOf<'dossieroverzicht'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
