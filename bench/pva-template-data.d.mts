/** Types of `pva-template-data.mjs`. */
import type { ResolvedContentOf } from '@poortwachter/schema';

export declare function pvaTemplateData(
  content: ResolvedContentOf<'plan-van-aanpak'>,
): Record<string, string | string[] | Record<string, string>[]>;
