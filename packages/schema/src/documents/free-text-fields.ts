/** The parts of a JSON Schema node that {@link freeTextFields} reads. */
interface SchemaNode {
  type?: string | string[] | undefined;
  enum?: unknown;
  const?: unknown;
  format?: string | undefined;
  properties?: Record<string, unknown> | undefined;
  additionalProperties?: unknown;
  items?: unknown;
  anyOf?: unknown[] | undefined;
  oneOf?: unknown[] | undefined;
  allOf?: unknown[] | undefined;
}

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Free text: a string without a fixed set of values (enum, const) or a format (date, e-mail). */
const isFreeText = (node: SchemaNode): boolean =>
  (node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string'))) &&
  node.enum === undefined &&
  node.const === undefined &&
  node.format === undefined;

/**
 * The fields of a JSON Schema that hold free text, as paths with `*` for the items of a list and
 * the keys of a record (`functionalSummary.limitations.*`, `activities.*.what`): strings without
 * an enum, a const or a format, in any alternative of an `anyOf`, `oneOf` or `allOf`. Sorted.
 *
 * @param schema - A JSON Schema, such as `documentJsonSchema(kind)`.
 * @returns The paths.
 * @example
 * ```ts
 * freeTextFields({ type: 'object', properties: { what: { type: 'string' }, date: { type: 'string', format: 'date' } } });
 * // ['what']
 * ```
 * @category Document content
 */
export function freeTextFields(schema: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown, path: string[]): void => {
    if (!isNode(node)) return;
    for (const alternative of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
      visit(alternative, path);
    if (isFreeText(node)) found.add(path.join('.'));
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, [...path, key]);
    if (isNode(node.additionalProperties)) visit(node.additionalProperties, [...path, '*']);
    visit(node.items, [...path, '*']);
  };
  visit(schema, []);
  return [...found].sort();
}
