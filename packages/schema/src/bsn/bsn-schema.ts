import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { messageParams } from '../messages/message-params.js';
import { bsnProblem } from './bsn-problem.js';

/**
 * A burgerservicenummer as a string of 9 digits (or 8, read with a leading zero; see
 * {@link normalizeBsn}) that passes the elfproef and is not 000000000. Its messages
 * (`bsn/format`, `bsn/zero`, `bsn/checksum`) never contain the number.
 *
 * @see Wet algemene bepalingen burgerservicenummer (BWBR0022428); AP Beleidsregels "De zieke
 * werknemer" (BWBR0037896); {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5}
 * @example
 * ```ts
 * bsnSchema.safeParse('123456782').success; // true
 * bsnSchema.safeParse('000000000').success; // false
 * ```
 * @category BSN
 */
export const bsnSchema = described(
  z.string().superRefine((value, ctx) => {
    const problem = bsnProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', params: messageParams(problem) });
  }),
  'Burgerservicenummer: 9 cijfers (of 8, met een 0 ervoor gelezen) die de elfproef doorstaan.',
  'Citizen service number (BSN): 9 digits (or 8, read with a leading 0) passing the eleven test.',
  { pattern: '^\\d{8,9}$' },
);
