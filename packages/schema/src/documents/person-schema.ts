import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';

/**
 * A person with a function, such as a participant of an evaluation meeting.
 *
 * @example
 * ```ts
 * personSchema.parse({ name: 'K. Visser', function: 'Leidinggevende' });
 * ```
 * @category Document content
 */
export const personSchema = z.strictObject({
  name: textSchema,
  function: textSchema,
});

/**
 * A person with a function (see {@link personSchema}).
 *
 * @example
 * ```ts
 * const value: Person = personSchema.parse(input);
 * ```
 * @category Document content
 */
export type Person = z.infer<typeof personSchema>;
