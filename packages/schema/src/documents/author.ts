import type { z } from 'zod';
import type { authorSchema } from '../parties/author-schema.js';

/**
 * An author or signatory of a document part: name and function, both optional while drafting
 * (the completeness check reports a missing one).
 *
 * @example
 * ```ts
 * const author: Author = { name: 'P. de Boer', function: 'HR-adviseur' };
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export type Author = z.infer<typeof authorSchema>;
