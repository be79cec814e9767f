import * as z from 'zod';

/**
 * The private registry of this package's field descriptions (Dutch and English). It is passed to
 * `z.toJSONSchema` as `metadata`; zod's global registry is never written to, so a host
 * application's own metadata stays its own.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * z.toJSONSchema(caseSchema, { metadata: schemaDescriptions });
 * ```
 * @category JSON Schema
 */
export const schemaDescriptions = z.registry<{
  title?: string;
  description?: string;
  pattern?: string;
}>();

/**
 * Returns a copy of a schema with a description in Dutch and English registered in
 * {@link schemaDescriptions} (a copy, so one shared schema can be described per field). The copy
 * keeps what the original had registered (such as a `pattern`); `extra` adds JSON Schema keywords
 * that a refinement enforces but JSON Schema cannot infer.
 *
 * @param schema - The schema to describe.
 * @param nl - The Dutch description.
 * @param en - The English description.
 * @param extra - Optional `title` or `pattern` for the JSON Schema.
 * @returns A described copy of `schema`.
 * @example
 * ```ts
 * const start = described(isoDateSchema, 'Eerste ziektedag.', 'First sick day.');
 * ```
 * @category JSON Schema
 */
export function described<S extends z.ZodType>(
  schema: S,
  nl: string,
  en: string,
  extra: { title?: string; pattern?: string } = {},
): S {
  const copy = schema.clone();
  schemaDescriptions.add(copy, {
    ...schemaDescriptions.get(schema),
    ...extra,
    description: `${nl} — ${en}`,
  });
  return copy;
}
