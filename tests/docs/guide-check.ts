import { isDeepStrictEqual } from 'node:util';

/**
 * Whether `actual` has everything `expected` has: equal primitives, arrays of the same length
 * whose items match, objects whose listed keys match (keys not listed are not compared).
 */
function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => matches(actual[i], e))
    );
  if (typeof expected === 'object' && expected !== null)
    return (
      typeof actual === 'object' &&
      actual !== null &&
      Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v))
    );
  return isDeepStrictEqual(actual, expected);
}

/**
 * The check behind a `value; // → expected` line of a guide: the value must match what the line
 * shows (an object shows a subset of the keys; everything else is compared exactly).
 *
 * @param actual - The value of the expression.
 * @param expected - The value the guide shows.
 * @param where - `file:line` of the line in the guide.
 * @throws Error naming the line, what it shows and what the code gave.
 * @example
 * ```ts
 * checkShown({ a: 1, b: 2 }, { a: 1 }, 'docs/guides/x.md:10'); // passes
 * ```
 * @category Documentation
 */
export function checkShown(actual: unknown, expected: unknown, where: string): void {
  if (!matches(actual, expected))
    throw new Error(
      `${where}: the guide shows ${JSON.stringify(expected)}, the code gives ${JSON.stringify(actual)}`,
    );
}
