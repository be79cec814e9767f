import type { z } from 'zod';
import type { CaseIssue } from './case-issue.js';
import { errorMap } from './error-map.js';
import type { Lang } from './lang.js';
import { pathText } from './path-text.js';

/**
 * The result of {@link parseWith} and {@link parseCase}: the parsed data, or the problems found.
 *
 * @example
 * ```ts
 * const result: ParseResult<Case> = parseCase(JSON.parse(text));
 * if (!result.success) process.exitCode = 2;
 * ```
 * @category Messages
 */
export type ParseResult<T> = { success: true; data: T } | { success: false; issues: CaseIssue[] };

/**
 * Parses input with any schema of this package and returns its problems as {@link CaseIssue}s in
 * Dutch (default) or English, with the language passed to this parse only (no global zod
 * configuration). The issues never carry the input (`reportInput` stays off).
 *
 * @param schema - A zod schema, e.g. {@link caseSchema} or a document schema.
 * @param input - Untrusted input, e.g. parsed JSON.
 * @param options - `lang`: `nl` (default) or `en`.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * const result = parseWith(employeeSchema, { bsn: '123456789' }, { lang: 'en' });
 * // { success: false, issues: [{ pathText: 'bsn', code: 'bsn/checksum', message: '…' }] }
 * ```
 * @category Messages
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  { lang = 'nl' }: { lang?: Lang } = {},
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: errorMap(lang) });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const code =
        issue.code === 'custom' && typeof issue.params?.code === 'string'
          ? issue.params.code
          : issue.code;
      return { path, pathText: pathText(path), code, message: issue.message };
    }),
  };
}
