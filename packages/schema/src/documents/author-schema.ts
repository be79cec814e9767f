import { z } from 'zod';

/**
 * An author or signatory of a document part: the name and the function UWV wants to see on every
 * part of a re-integratieverslag. `function` may be left out while drafting; the completeness
 * check of `@poortwachter/report` then reports it.
 *
 * @example
 * ```ts
 * authorSchema.parse({ name: 'P. de Boer', function: 'HR-adviseur' });
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const authorSchema = z.strictObject({
  name: z.string().min(1),
  function: z.string().optional(),
});

/**
 * An author of a document part (see {@link authorSchema}).
 *
 * @category Document content
 */
export type Author = z.infer<typeof authorSchema>;
