import * as z from 'zod';
import { messageParams } from '../messages/message-params.js';
import { described } from './schema-descriptions.js';

const LOONHEFFINGENNUMMER = /^\d{9}L\d{2}$/;

/**
 * The employer's loonheffingennummer: 9 digits (RSIN or fiscal number), the letter `L` and a
 * 2-digit sequence number, e.g. `001234567L01` (code `loonheffingennummer/format`). The message
 * never repeats the value: for a sole trader the 9 digits can be a BSN.
 *
 * @see Belastingdienst, "Loonheffingennummer"
 * @example
 * ```ts
 * loonheffingennummerSchema.safeParse('001234567L01').success; // true
 * loonheffingennummerSchema.safeParse('001234567').success; // false
 * ```
 * @category Fields
 */
export const loonheffingennummerSchema = described(
  z.string().refine((s) => LOONHEFFINGENNUMMER.test(s), {
    params: messageParams('loonheffingennummer/format'),
  }),
  'Loonheffingennummer van de werkgever: 9 cijfers, L en 2 cijfers.',
  "The employer's wage tax number: 9 digits, L and 2 digits.",
  { pattern: LOONHEFFINGENNUMMER.source },
);
