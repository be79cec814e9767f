import { describe, expect, it } from 'vitest';
import type { DocumentKind } from './document-content-schema.js';
import { documentJsonSchema } from './document-json-schema.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

type Json = { [key: string]: unknown };

/** Every object schema inside a JSON Schema. */
function objectSchemas(node: unknown): Json[] {
  if (Array.isArray(node)) return node.flatMap(objectSchemas);
  if (typeof node !== 'object' || node === null) return [];
  const own = (node as Json).type === 'object' && 'properties' in node ? [node as Json] : [];
  return [...own, ...Object.values(node).flatMap(objectSchemas)];
}

describe('documentJsonSchema', () => {
  it.each(DOCUMENT_KINDS.map((k) => k.kind))('describes %s as a closed object', (kind) => {
    const schema = documentJsonSchema(kind) as Json;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain(kind);
    expect(schema.required).toEqual(expect.arrayContaining(['kind', 'date']));
    const objects = objectSchemas(schema);
    expect(objects.length).toBeGreaterThan(3);
    for (const object of objects) expect(object.additionalProperties).toBe(false);
    expect(JSON.stringify(schema)).not.toMatch(/diagnos/i);
  });

  it('gives case as a path or the full case file schema', () => {
    const properties = (documentJsonSchema('plan-van-aanpak') as Json).properties as Json;
    const anyOf = (properties.case as Json).anyOf as Json[];
    expect(anyOf[0]).toEqual({ type: 'string', minLength: 1 });
    expect(Object.keys(anyOf[1]?.properties as Json)).toContain('sickPeriods');
  });

  it('throws a TypeError for an unknown kind', () => {
    expect(() => documentJsonSchema('medische-informatie' as DocumentKind)).toThrow(TypeError);
  });
});
