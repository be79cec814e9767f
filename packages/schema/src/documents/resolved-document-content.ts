import type { Case } from '../case/case-schema.js';
import type { DocumentContent, DocumentKind } from './document-content-schema.js';
import type { ReIntegratieverslagContent } from './re-integratieverslag-content-schema.js';
import type { RivPart, RivReferencedKind } from './riv-part-schema.js';

/**
 * A content type with its `case` resolved to a parsed {@link Case} (distributed over a union).
 *
 * @example
 * ```ts
 * type Resolved = WithResolvedCase<BijstellingContent>; // BijstellingContent with case: Case
 * ```
 * @category Document content
 */
export type WithResolvedCase<T> = T extends unknown ? Omit<T, 'case'> & { case: Case } : never;

/**
 * The content of a document that a re-integratieverslag can reference, resolved: its `case` is
 * the parsed case (the verslag's own when the part names none).
 *
 * @example
 * ```ts
 * function dateOf(part: ResolvedPartContent): string {
 *   return part.date;
 * }
 * ```
 * @category Document content
 */
export type ResolvedPartContent = WithResolvedCase<
  Extract<DocumentContent, { kind: RivReferencedKind }>
>;

/**
 * A part of a resolved re-integratieverslag: a part written with this library carries its
 * resolved `content`; a part written elsewhere has neither `contentFile` nor `content`.
 *
 * @example
 * ```ts
 * const dates = verslag.parts.map((part) => (part.content ? part.content.date : part.date));
 * ```
 * @category Document content
 */
export type ResolvedRivPart =
  | (RivPart & { contentFile: string; content: ResolvedPartContent })
  | (RivPart & { contentFile?: undefined; content?: undefined });

/**
 * A resolved re-integratieverslag: its case parsed and each referenced part loaded and resolved.
 *
 * @example
 * ```ts
 * const referenced = verslag.parts.filter((p) => p.content !== undefined).length;
 * ```
 * @category Document content
 */
export type ResolvedReIntegratieverslagContent = Omit<
  ReIntegratieverslagContent,
  'case' | 'parts'
> & {
  case: Case;
  parts: ResolvedRivPart[];
};

/**
 * The content of any document after {@link resolveDocumentContent}: `case` is a parsed
 * {@link Case}, never a path, and the parts of a re-integratieverslag are loaded. This is what the
 * renderers and the completeness check take.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 *
 * const load = (path: string): unknown => JSON.parse(readFileSync(`fixtures/dossier/${path}`, 'utf8'));
 * const result = resolveDocumentContent(load('01-plan-van-aanpak.json'), load);
 * if (result.success) console.log(result.data.case.employee?.name);
 * ```
 * @category Document content
 */
export type ResolvedDocumentContent =
  | WithResolvedCase<Exclude<DocumentContent, { kind: 're-integratieverslag' }>>
  | ResolvedReIntegratieverslagContent;

/**
 * The resolved content of one kind of document.
 *
 * @example
 * ```ts
 * function render(content: ResolvedContentOf<'plan-van-aanpak'>) {
 *   return content.activities.length;
 * }
 * ```
 * @category Document content
 */
export type ResolvedContentOf<K extends DocumentKind> = Extract<
  ResolvedDocumentContent,
  { kind: K }
>;
