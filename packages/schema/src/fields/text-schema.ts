import * as z from 'zod';
import { messageParams } from '../messages/message-params.js';
import { described } from './schema-descriptions.js';

/**
 * A free text that is not empty or only white space (code `text/blank`). Used for names,
 * addresses, functions and motivations. In JSON Schema: `pattern: "\\S"`.
 *
 * @example
 * ```ts
 * textSchema.safeParse('Orderpicker').success; // true
 * textSchema.safeParse('  ').success; // false
 * ```
 * @category Fields
 */
export const textSchema = described(
  z.string().refine((s) => s.trim() !== '', { params: messageParams('text/blank') }),
  'Tekst, niet leeg.',
  'Text, not empty.',
  { pattern: '\\S' },
);
