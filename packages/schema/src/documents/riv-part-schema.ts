import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { authorSchema } from '../parties/author-schema.js';
import { documentMessageParams } from './document-message-params.js';

/**
 * The document kinds this library writes that a re-integratieverslag can reference by content
 * file and render inline.
 *
 * @example
 * ```ts
 * RIV_REFERENCED_KINDS.includes('bijstelling'); // true
 * ```
 * @category Document content
 */
export const RIV_REFERENCED_KINDS = [
  'plan-van-aanpak',
  'bijstelling',
  'eerstejaarsevaluatie',
  'spoor-2-trajectplan',
  'spoor-2-voortgang',
  'spoor-2-eindrapportage',
] as const;

/**
 * The kinds of part a re-integratieverslag lists: the parts written with this library (which may
 * also be written elsewhere and attached), the parts of the bedrijfsarts (probleemanalyse and its
 * bijstellingen, actueel oordeel), the arbeidsdeskundig rapport, a deskundigenoordeel, and
 * `overig` (give it a `title`). The *Medische informatie* part is not among them: it goes from
 * bedrijfsarts or employee directly to UWV.
 *
 * @example
 * ```ts
 * rivPartKindSchema.parse('actueel-oordeel');
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const rivPartKindSchema = z.enum([
  'probleemanalyse',
  'bijstelling-probleemanalyse',
  ...RIV_REFERENCED_KINDS,
  'actueel-oordeel',
  'arbeidsdeskundig-rapport',
  'deskundigenoordeel',
  'overig',
]);

const referencedKinds: ReadonlySet<string> = new Set(RIV_REFERENCED_KINDS);

/**
 * One part of a re-integratieverslag, in one of two forms:
 * - written with this library: `{ kind, contentFile }`, the path of its content file relative to
 *   the verslag's own file; date and authors come from that file, and it is rendered inline;
 * - written elsewhere and attached by the user: `{ kind, date, authors, title?, attachment? }`.
 *
 * Date and authors of an attached part may be left out while drafting; the completeness check
 * then reports the part as undated or without authors.
 *
 * @example
 * ```ts
 * rivPartSchema.parse({ kind: 'plan-van-aanpak', contentFile: '01-plan-van-aanpak.json' });
 * rivPartSchema.parse({
 *   kind: 'actueel-oordeel',
 *   date: '2025-09-23',
 *   authors: [{ name: 'A. Smit', function: 'Bedrijfsarts' }],
 * });
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const rivPartSchema = z
  .strictObject({
    kind: rivPartKindSchema,
    contentFile: textSchema.optional(),
    date: isoDateSchema.optional(),
    authors: z.array(authorSchema).optional(),
    title: textSchema.optional(),
    attachment: textSchema.optional(),
  })
  .superRefine((part, ctx) => {
    if (part.contentFile === undefined) return;
    if (!referencedKinds.has(part.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        params: documentMessageParams('document/part-not-referenceable'),
      });
    }
    for (const key of ['date', 'authors', 'title', 'attachment'] as const) {
      if (part[key] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          params: documentMessageParams('document/part-field-from-content-file'),
        });
      }
    }
  });

/**
 * A part of a re-integratieverslag as written in the content file (see {@link rivPartSchema}).
 *
 * @example
 * ```ts
 * const value: RivPart = rivPartSchema.parse(input);
 * ```
 * @category Document content
 */
export type RivPart = z.infer<typeof rivPartSchema>;

/**
 * The kind of a part of a re-integratieverslag (see {@link rivPartKindSchema}).
 *
 * @example
 * ```ts
 * const kind: RivPartKind = 'actueel-oordeel';
 * ```
 * @category Document content
 */
export type RivPartKind = z.infer<typeof rivPartKindSchema>;

/**
 * The kinds of content file a re-integratieverslag can reference (see {@link RIV_REFERENCED_KINDS}).
 *
 * @example
 * ```ts
 * const kind: RivReferencedKind = 'eerstejaarsevaluatie';
 * ```
 * @category Document content
 */
export type RivReferencedKind = (typeof RIV_REFERENCED_KINDS)[number];
