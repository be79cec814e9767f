import {
  CASE_FILE_FIELDS,
  type FieldSpec,
  OPTION_RULES,
  SPOOR2_THRESHOLDS,
} from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { caseSchema } from './case-schema.js';
import { ruleOptionsSchema } from './rule-options-schema.js';

/** The keys of a zod schema, nested the way core's {@link CASE_FILE_FIELDS} writes them. */
function shapeOf(schema: z.ZodType): unknown {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
      s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else if (s instanceof z.ZodRecord) return 'record';
    else if (s instanceof z.ZodArray) {
      const element = shapeOf(s.element as z.ZodType);
      return element === 'value' ? 'value' : [element];
    } else if (s instanceof z.ZodUnion) {
      // A discriminated union of objects (events): the keys of all its options together.
      const shapes = s.options.map((o) => shapeOf(o as z.ZodType));
      if (shapes.every((x) => typeof x === 'object' && !Array.isArray(x)))
        return Object.assign({}, ...(shapes as object[]));
      return 'value';
    } else if (s instanceof z.ZodObject)
      return Object.fromEntries(
        Object.entries(s.shape).map(([k, v]) => [k, shapeOf(v as z.ZodType)]),
      );
    else return 'value';
  }
}

/** {@link CASE_FILE_FIELDS} with the options left to their own test. */
function normalised(spec: FieldSpec): unknown {
  if (typeof spec === 'string') return spec === 'options' ? 'options' : spec;
  if (Array.isArray(spec)) return [normalised(spec[0] as FieldSpec)];
  return Object.fromEntries(
    Object.entries(spec as Record<string, FieldSpec>)
      .map(([k, v]) => [k, normalised(v)] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const sorted = (shape: unknown): unknown =>
  typeof shape === 'object' && shape !== null && !Array.isArray(shape)
    ? Object.fromEntries(
        Object.entries(shape)
          .map(([k, v]) => [k, sorted(v)] as const)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      )
    : Array.isArray(shape)
      ? shape.map(sorted)
      : shape;

describe('the case file keys of core and schema', () => {
  it('are the same: core rejects exactly the unknown keys the schema rejects', () => {
    const schemaShape = sorted(shapeOf(caseSchema)) as Record<string, unknown>;
    schemaShape.options = 'options';
    expect(schemaShape).toEqual(normalised(CASE_FILE_FIELDS));
  });

  it('name the same rule options and spoor-2 thresholds as core’s tables', () => {
    expect(Object.keys(ruleOptionsSchema.shape).sort()).toEqual(
      [...OPTION_RULES.map((o) => o.name), 'spoor2'].sort(),
    );
    const spoor2 = ruleOptionsSchema.shape.spoor2.unwrap();
    expect(Object.keys(spoor2.shape).sort()).toEqual(Object.keys(SPOOR2_THRESHOLDS).sort());
  });
});
