/**
 * What the loader of `parseDocumentContent` throws for any path: `resolveDocumentContent` reports
 * it as `document/not-inline` on the field that holds the path.
 *
 * @example
 * ```ts
 * resolveDocumentContent(raw, () => { throw NOT_INLINE; });
 * ```
 * @category Document content
 */
export const NOT_INLINE: unique symbol = Symbol('poortwachter/not-inline');
