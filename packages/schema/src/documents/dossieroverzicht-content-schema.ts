import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { documentFields } from './document-fields.js';

/**
 * The content of a dossieroverzicht (kind `dossieroverzicht`): the date the milestone statuses
 * are computed for, and optional notes. Milestones, phase, track and findings are computed from
 * the case by `@poortwachter/core`.
 *
 * @example
 * ```ts
 * dossieroverzichtContentSchema.parse({
 *   kind: 'dossieroverzicht',
 *   case: 'case.json',
 *   date: '2025-10-20',
 *   asOf: '2025-10-20',
 * });
 * ```
 * @category Document content
 */
export const dossieroverzichtContentSchema = z.strictObject({
  kind: z.literal('dossieroverzicht'),
  ...documentFields,
  asOf: isoDateSchema,
  notes: textSchema.optional(),
});

/**
 * The content of a dossieroverzicht (see {@link dossieroverzichtContentSchema}).
 *
 * @example
 * ```ts
 * const value: DossieroverzichtContent = dossieroverzichtContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type DossieroverzichtContent = z.infer<typeof dossieroverzichtContentSchema>;
