import { type Issue, isSafeName } from '@poortwachter/core';
import type { z } from 'zod';
import type { SchemaIssueCode } from './schema-issue-code.js';
import { type IssueNote, issuesOf, noteOf } from './to-input-issues.js';

/**
 * The result of {@link parseWith} and {@link parseCase}: the parsed data, or the problems found
 * in the one issue shape (code, path as an array, message in Dutch and English).
 *
 * @typeParam T - The parsed data.
 * @example
 * ```ts
 * const result: ParseResult<Case> = parseCase(input);
 * if (!result.success) process.exitCode = 2;
 * ```
 * @category Messages
 */
export type ParseResult<T> =
  | { success: true; data: T }
  | { success: false; issues: Issue<SchemaIssueCode>[] };

/** The error map of {@link parseWith}: it notes our code and details as the message. */
const noting: z.core.$ZodErrorMap = (raw) => JSON.stringify(noteOf(raw));

const isNote = (value: unknown): value is IssueNote =>
  typeof value === 'object' && value !== null && typeof (value as IssueNote).code === 'string';

/**
 * The note of a finished zod issue. A schema that sets its own message (`refine(f, 'text')`)
 * outranks {@link noting}; that message is never shown (it may quote the input), and the issue
 * is read from zod's code alone, as if a value was given.
 */
function noteIn(issue: z.core.$ZodIssue): IssueNote {
  try {
    const note: unknown = JSON.parse(issue.message);
    if (isNote(note)) return note;
  } catch {
    // Not a note: a message of the schema itself.
  }
  return noteOf({ ...issue, input: null } as Parameters<z.core.$ZodErrorMap>[0]);
}

/** A path segment as an issue may show it: a key that is not a plain name may be data (`…`). */
const segment = (p: PropertyKey): string | number =>
  typeof p === 'number' ? p : typeof p === 'string' && isSafeName(p) ? p : '…';

/**
 * Parses input with any schema of this package and returns its problems as issues in the one
 * shape of this library (`code`, `path`, `message: { nl, en }`): the same codes and words core
 * uses for the same problem (`field/unknown`, `date/has-time`, `option/invalid`, `bsn/checksum`,
 * …), one issue per unknown key. No global zod configuration; the issues never carry the input
 * (`reportInput` stays off, a key that is not a plain name is written as `…` in a path, and a
 * message a schema sets itself is replaced by ours).
 *
 * @param schema - A zod schema, e.g. {@link caseSchema} or a document schema.
 * @param input - Untrusted input, e.g. parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { formatIssue } from '@poortwachter/core';
 *
 * const result = parseWith(employeeSchema, { bsn: '123456789' });
 * // { success: false, issues: [{ code: 'bsn/checksum', path: ['bsn'], message: { nl: '…', en: '…' } }] }
 * if (!result.success) console.error(result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
 * ```
 * @category Messages
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ParseResult<z.output<S>> {
  const result = schema.safeParse(input, { error: noting });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.flatMap((issue) =>
      issuesOf(noteIn(issue), issue.path.map(segment)),
    ),
  };
}
