import { documentContentSchema } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { REQUIRED_PARTS } from './required-parts.js';

/** The object schema at a path of a content schema, or undefined when the path does not exist. */
function fieldExists(schema: unknown, path: readonly (string | number)[]): boolean {
  let node = schema as { unwrap?: () => unknown; shape?: Record<string, unknown> } | undefined;
  for (const key of path) {
    while (node?.unwrap && !node.shape) node = node.unwrap() as typeof node;
    node = node?.shape?.[key] as typeof node;
    if (node === undefined) return false;
  }
  return true;
}

describe('REQUIRED_PARTS', () => {
  it('names only fields that exist in the content schema of its kind', () => {
    for (const option of documentContentSchema.options) {
      const kind = option.shape.kind.value;
      for (const part of REQUIRED_PARTS[kind]) {
        expect(fieldExists(option, part.path), `${kind}: ${part.path.join('.')}`).toBe(true);
      }
    }
    expect(fieldExists(documentContentSchema.options[0], ['diagnose'])).toBe(false);
  });

  it('words every label in lower case, to follow "Dit ontbreekt nog:"', () => {
    for (const parts of Object.values(REQUIRED_PARTS)) {
      for (const { label } of parts) {
        expect(label.nl.charAt(0)).toBe(label.nl.charAt(0).toLowerCase());
        expect(label.en.charAt(0)).toBe(label.en.charAt(0).toLowerCase());
      }
    }
  });
});
