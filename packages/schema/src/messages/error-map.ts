import type { Lang } from '@poortwachter/core';
import type { z } from 'zod';
import { issuesOf, noteOf } from './to-input-issues.js';

/**
 * A zod error map that writes every message in Dutch or English, with the same words as
 * {@link parseWith} (and core) for the same problem, for one parse:
 * `schema.safeParse(input, { error: errorMap('nl') })`. For calling zod yourself; `parseWith`
 * gives the issues in both languages with their codes. Several unknown keys of one object give
 * one sentence (the message names no key; the issue's path leads to the object). It never calls
 * `z.config()` and never puts an input value in a message.
 *
 * @param lang - `nl` (default) or `en`.
 * @returns An error map to pass as `error` in zod's parse options.
 * @example
 * ```ts
 * const result = caseSchema.safeParse(input, { error: errorMap('en') });
 * if (!result.success) console.log(result.error.issues[0]?.message);
 * ```
 * @category Messages
 */
export function errorMap(lang: Lang = 'nl'): z.core.$ZodErrorMap {
  return (raw) =>
    [...new Set(issuesOf(noteOf(raw), []).map((issue) => issue.message[lang]))].join(' ');
}
