import { isSafeName } from '../issues/is-safe-name.js';
import type { IssuePath } from '../issues/issue.js';
import type { FieldSpec } from './case-file-fields.js';
import type { InputIssue } from './input-issue.js';
import { INPUT_ISSUE_MESSAGES } from './input-issue-codes.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const issueAt = (code: 'field/type' | 'field/unknown', path: IssuePath): InputIssue => ({
  code,
  path,
  message: INPUT_ISSUE_MESSAGES[code],
});

/** A key as it may appear in an issue's path: a plain name, or `…` for a key that may be data. */
const keyInPath = (key: string): string => (isSafeName(key) ? key : '…');

const keySets = new WeakMap<object, Map<string, FieldSpec>>();

/**
 * The keys of an object spec as a map, built once per spec.
 *
 * @param spec - An object spec of {@link CASE_FILE_FIELDS}.
 * @returns Its keys with their specs.
 */
export function fieldsOf(spec: { readonly [key: string]: FieldSpec }): Map<string, FieldSpec> {
  let keys = keySets.get(spec);
  if (keys === undefined) {
    keys = new Map(Object.entries(spec));
    keySets.set(spec, keys);
  }
  return keys;
}

/**
 * The unknown keys of a value against a {@link FieldSpec}, each a `field/unknown` issue at the
 * key's path (a key that is not a plain name, such as a number, is written `…`), and `field/type` where an object or list is expected and something else is given.
 * `'options'` fields are left to the option check; `skip` names keys the caller checks itself.
 *
 * @param value - The value to check.
 * @param spec - What it may hold.
 * @param path - The path of `value`.
 * @param skip - Keys of `value` not to descend into (their key is still known).
 * @returns The issues found (empty when every key is known).
 * @example
 * ```ts
 * unknownFields({ employee: { diagnose: 'x' } }, CASE_FILE_FIELDS, []);
 * // [{ code: 'field/unknown', path: ['employee', 'diagnose'], message: {…} }]
 * ```
 * @category Case file
 */
export function unknownFields(
  value: unknown,
  spec: FieldSpec,
  path: IssuePath,
  skip: ReadonlySet<string> = NONE,
): InputIssue[] {
  const issues: InputIssue[] = [];
  walk(value, spec, [...path], issues, skip);
  return issues;
}

const NONE: ReadonlySet<string> = new Set();

/** Checks `value` against `spec`; `path` is a stack, copied only into an issue. */
function walk(
  value: unknown,
  spec: FieldSpec,
  path: (string | number)[],
  issues: InputIssue[],
  skip: ReadonlySet<string>,
): void {
  if (value === undefined || value === null || spec === 'value' || spec === 'options') return;
  if (Array.isArray(spec)) {
    if (!Array.isArray(value)) return void issues.push(issueAt('field/type', [...path]));
    const item = spec[0] as FieldSpec;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], item, path, issues, NONE);
      path.pop();
    }
    return;
  }
  if (!isObject(value)) return void issues.push(issueAt('field/type', [...path]));
  if (spec === 'record') {
    for (const key in value) {
      if (typeof value[key] !== 'string' && Object.hasOwn(value, key))
        issues.push(issueAt('field/type', [...path, keyInPath(key)]));
    }
    return;
  }
  const fields = fieldsOf(spec as { readonly [key: string]: FieldSpec });
  for (const key in value) {
    const child = fields.get(key);
    if (child === 'value' || skip.has(key) || !Object.hasOwn(value, key)) continue;
    if (child === undefined) issues.push(issueAt('field/unknown', [...path, keyInPath(key)]));
    else {
      path.push(key);
      walk(value[key], child, path, issues, NONE);
      path.pop();
    }
  }
}

/**
 * Records a `field/unknown` issue for every key of a list item that its spec does not name:
 * the check of the case's lists, done while their items are read anyway.
 *
 * @param item - The item (an object).
 * @param fields - The item's keys ({@link fieldsOf} its spec).
 * @param list - The list's key in the case.
 * @param index - The item's index.
 * @param issues - Where to record the issues.
 */
export function unknownItemKeys(
  item: Record<string, unknown>,
  fields: Map<string, FieldSpec>,
  list: string,
  index: number,
  issues: InputIssue[],
): void {
  for (const key in item) {
    if (!fields.has(key) && Object.hasOwn(item, key))
      issues.push(issueAt('field/unknown', [list, index, keyInPath(key)]));
  }
}
