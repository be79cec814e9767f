import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { authorSchema } from '../parties/author-schema.js';
import { caseReferenceSchema } from './case-reference-schema.js';

/**
 * The fields every content file has besides its `kind`: the case it belongs to, the document's
 * date, its version (default 1) and its authors (and `$schema`, a reference to its JSON Schema for
 * editors). Employee, employer, bedrijfsarts, casemanager
 * and first sick day come from the case and are never typed again in the content.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * const schema = z.strictObject({ kind: z.literal('dossieroverzicht'), ...documentFields });
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 (each part dated, with its authors' name and function)
 */
export const documentFields = {
  $schema: z.string().optional(),
  case: caseReferenceSchema.optional(),
  date: isoDateSchema,
  version: z.number().int().positive().default(1),
  authors: z.array(authorSchema).default([]),
};
