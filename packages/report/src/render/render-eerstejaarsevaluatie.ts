import type { ResolvedContentOf } from '@poortwachter/schema';
import { renderDocument } from './render-document.js';
import type { RenderOptions } from './render-options.js';

/**
 * Renders an eerstejaarsevaluatie (see {@link renderDocument}).
 *
 * @param content - A resolved eerstejaarsevaluatie.
 * @param options - Theme, `allowIncomplete`, `asOf`.
 * @returns The .docx file.
 * @example
 * ```ts
 * const bytes = await renderEerstejaarsevaluatie(content);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar; BW 7:658a lid 1
 * @category Rendering
 */
export const renderEerstejaarsevaluatie = (
  content: ResolvedContentOf<'eerstejaarsevaluatie'>,
  options?: RenderOptions,
): Promise<Uint8Array> => renderDocument(content, options);
