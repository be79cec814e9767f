import * as z from 'zod';
import { bijstellingContentSchema } from './bijstelling-content-schema.js';
import { dossieroverzichtContentSchema } from './dossieroverzicht-content-schema.js';
import { eerstejaarsevaluatieContentSchema } from './eerstejaarsevaluatie-content-schema.js';
import { planVanAanpakContentSchema } from './plan-van-aanpak-content-schema.js';
import { reIntegratieverslagContentSchema } from './re-integratieverslag-content-schema.js';
import { spoor2EindrapportageContentSchema } from './spoor-2-eindrapportage-content-schema.js';
import { spoor2TrajectplanContentSchema } from './spoor-2-trajectplan-content-schema.js';
import { spoor2VoortgangContentSchema } from './spoor-2-voortgang-content-schema.js';

/**
 * The content file of any document, discriminated on `kind`. Every object is strict: an unknown
 * key (such as `diagnose`) is an error, so nothing medical can be put anywhere.
 *
 * @example
 * ```ts
 * const result = documentContentSchema.safeParse(input, { error: errorMap('nl') });
 * if (result.success && result.data.kind === 'plan-van-aanpak') console.log(result.data.activities);
 * ```
 * @category Document content
 */
export const documentContentSchema = z.discriminatedUnion('kind', [
  planVanAanpakContentSchema,
  bijstellingContentSchema,
  eerstejaarsevaluatieContentSchema,
  spoor2TrajectplanContentSchema,
  spoor2VoortgangContentSchema,
  spoor2EindrapportageContentSchema,
  reIntegratieverslagContentSchema,
  dossieroverzichtContentSchema,
]);

/**
 * The content of any document, as parsed (see {@link documentContentSchema}); `case` may still be
 * a path. {@link resolveDocumentContent} turns it into {@link ResolvedDocumentContent}.
 *
 * @example
 * ```ts
 * const value: DocumentContent = documentContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type DocumentContent = z.infer<typeof documentContentSchema>;

/**
 * The content of any document as written in a file, before defaults are applied.
 *
 * @example
 * ```ts
 * const input: DocumentContentInput = { kind: 'dossieroverzicht', date: '2025-10-24', asOf: '2025-10-24' };
 * ```
 * @category Document content
 */
export type DocumentContentInput = z.input<typeof documentContentSchema>;

/**
 * The `kind` of a document.
 *
 * @example
 * ```ts
 * const kind: DocumentKind = 'plan-van-aanpak';
 * ```
 * @category Document content
 */
export type DocumentKind = DocumentContent['kind'];
