/** Types of `docxtemplater-renderer.mjs`. */
import type { ResolvedContentOf } from '@poortwachter/schema';

export declare function docxtemplaterRenderer(
  template: Uint8Array,
): (content: ResolvedContentOf<'plan-van-aanpak'>) => Uint8Array;
