import * as z from 'zod';

/**
 * A calendar date written as `YYYY-MM-DD` that exists (`2025-02-30` and `06-01-2025` fail, with
 * the message "Dit is geen bestaande datum in de vorm JJJJ-MM-DD."). A string, never a `Date`, so
 * no time zone can shift it. zod's `z.iso.date()` checks month lengths and leap years exactly as
 * core's `isIsoDate` does (a property test keeps them equal); in JSON Schema it is
 * `format: date` with that pattern.
 *
 * @example
 * ```ts
 * isoDateSchema.safeParse('2024-02-29').success; // true
 * isoDateSchema.safeParse('2025-02-30').success; // false
 * ```
 * @category Fields
 */
export const isoDateSchema = z.iso.date();
