import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './case-json-schema.js';
import { exampleCase, fullCase } from './case-test-fixtures.js';

type Node = Record<string, unknown>;

const KEYWORDS = new Set([
  '$schema',
  'title',
  'description',
  'format',
  'type',
  'const',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'minItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'anyOf',
  'oneOf',
]);

const typeOk = (type: unknown, v: unknown): boolean => {
  switch (type) {
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'null':
      return v === null;
    default:
      return typeof v === type;
  }
};

/**
 * A small JSON Schema validator for exactly the keywords the generated schema uses (an unknown
 * keyword throws, so nothing is silently ignored). `format` is an annotation, as in 2020-12.
 */
function validate(schema: Node, v: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema))
    if (!KEYWORDS.has(key)) throw new Error(`keyword ${key} at ${path}`);
  if ('type' in schema && !typeOk(schema.type, v)) return [`${path}: type`];
  const out: string[] = [];
  if ('const' in schema && v !== schema.const) out.push(`${path}: const`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(v)) out.push(`${path}: enum`);
  if (
    typeof v === 'string' &&
    typeof schema.pattern === 'string' &&
    !new RegExp(schema.pattern, 'u').test(v)
  )
    out.push(`${path}: pattern`);
  if (typeof v === 'number') {
    if (typeof schema.minimum === 'number' && v < schema.minimum) out.push(`${path}: minimum`);
    if (typeof schema.maximum === 'number' && v > schema.maximum) out.push(`${path}: maximum`);
    if (typeof schema.exclusiveMinimum === 'number' && v <= schema.exclusiveMinimum)
      out.push(`${path}: exclusiveMinimum`);
  }
  if (Array.isArray(v)) {
    if (typeof schema.minItems === 'number' && v.length < schema.minItems)
      out.push(`${path}: minItems`);
    if (schema.items)
      for (const [i, x] of v.entries())
        out.push(...validate(schema.items as Node, x, `${path}[${i}]`));
  }
  if (typeOk('object', v)) {
    const obj = v as Node;
    const props = (schema.properties ?? {}) as Record<string, Node>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in obj)) out.push(`${path}.${key}: required`);
    for (const [key, value] of Object.entries(obj)) {
      if (props[key]) out.push(...validate(props[key], value, `${path}.${key}`));
      else if (schema.additionalProperties === false)
        out.push(`${path}.${key}: additionalProperties`);
      else if (typeof schema.additionalProperties === 'object')
        out.push(...validate(schema.additionalProperties as Node, value, `${path}.${key}`));
      if (schema.propertyNames)
        out.push(...validate(schema.propertyNames as Node, key, `${path}.${key}(name)`));
    }
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(s, v, path).length === 0))
    out.push(`${path}: anyOf`);
  if (
    Array.isArray(schema.oneOf) &&
    schema.oneOf.filter((s) => validate(s, v, path).length === 0).length !== 1
  )
    out.push(`${path}: oneOf`);
  return out;
}

/** Every sub-schema that describes an object, with its location. */
function objectNodes(node: unknown, path = '$'): [string, Node][] {
  if (typeof node !== 'object' || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => objectNodes(n, `${path}/${i}`));
  const own: [string, Node][] = (node as Node).type === 'object' ? [[path, node as Node]] : [];
  return [...own, ...Object.entries(node).flatMap(([k, v]) => objectNodes(v, `${path}/${k}`))];
}

describe('caseJsonSchema', () => {
  const schema = caseJsonSchema() as Node;

  it('is draft 2020-12 with a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Poortwachter-dossier (case file)');
  });

  it('closes every object (additionalProperties: false) except the free-form groups', () => {
    const open = objectNodes(schema).filter(([, node]) => node.additionalProperties !== false);
    expect(open.map(([path]) => path)).toEqual(['$/properties/groups']);
  });

  it('describes every field in Dutch and English', () => {
    const fields = objectNodes(schema).flatMap(([path, node]) =>
      Object.entries((node.properties ?? {}) as Record<string, Node>).map(
        ([k, v]) => [`${path}.${k}`, v] as const,
      ),
    );
    const undescribed = fields.filter(
      ([, v]) => !('const' in v) && !String(v.description).includes(' — '),
    );
    expect(undescribed.map(([path]) => path)).toEqual([]);
  });

  it('accepts the example case file and the full case file', () => {
    expect(validate(schema, exampleCase())).toEqual([]);
    expect(validate(schema, fullCase())).toEqual([]);
  });

  it('rejects unknown keys, a missing sick period list, impossible dates and unknown event types', () => {
    const withKey = fullCase();
    Object.assign(withKey.employee, { diagnose: 'griep' });
    expect(validate(schema, withKey)).toEqual(['$.employee.diagnose: additionalProperties']);
    expect(validate(schema, { ...fullCase(), diagnose: 'griep' })).toEqual([
      '$.diagnose: additionalProperties',
    ]);
    expect(validate(schema, { externalRef: 'x' })).toEqual(['$.sickPeriods: required']);
    expect(validate(schema, { sickPeriods: [] })).toEqual(['$.sickPeriods: minItems']);
    expect(validate(schema, { sickPeriods: [{ start: '2025-02-30' }] })).toEqual([
      '$.sickPeriods[0].start: pattern',
    ]);
    expect(
      validate(schema, {
        sickPeriods: [{ start: '2025-01-06' }],
        events: [{ type: 'x', date: '2025-01-06' }],
      }),
    ).toEqual(['$.events[0]: oneOf']);
    expect(
      validate(schema, {
        sickPeriods: [{ start: '2025-01-06' }],
        employee: { name: ' ', bsn: '12345' },
      }),
    ).toEqual(['$.employee.name: pattern', '$.employee.bsn: pattern']);
  });
});
