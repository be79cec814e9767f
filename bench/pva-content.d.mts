/** Types of `pva-content.mjs`. */
import type { ResolvedDocumentContent } from '@poortwachter/schema';

export declare function loadPvaContent(): ResolvedDocumentContent;
