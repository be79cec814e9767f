import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';

/**
 * The `case` of a content file: a path to a case file, relative to the content file, or the case
 * object written inline. Either way the case is validated when the content is resolved
 * ({@link resolveDocumentContent}), so its issues carry the same codes and messages as the case
 * file's own. A part referenced by a re-integratieverslag may leave `case` out: it then belongs to
 * the verslag's case.
 *
 * @example
 * ```ts
 * caseReferenceSchema.parse('case.json');
 * caseReferenceSchema.parse({ sickPeriods: [{ start: '2024-02-05' }] });
 * ```
 * @category Document content
 */
export const caseReferenceSchema = z.union([textSchema, z.record(z.string(), z.unknown())]);

/**
 * A case reference (see {@link caseReferenceSchema}).
 *
 * @example
 * ```ts
 * const ref: CaseReference = 'case.json';
 * ```
 * @category Document content
 */
export type CaseReference = z.infer<typeof caseReferenceSchema>;
