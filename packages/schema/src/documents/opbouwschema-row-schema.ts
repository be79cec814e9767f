import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';

/**
 * One row of the build-up schedule (*opbouwschema*): from a date, so many hours a week.
 *
 * @example
 * ```ts
 * opbouwschemaRowSchema.parse({ from: '2024-04-08', hoursPerWeek: 12, tasks: 'Administratieve taken' });
 * ```
 * @category Document content
 */
export const opbouwschemaRowSchema = z.strictObject({
  from: isoDateSchema,
  hoursPerWeek: z.number().min(0).max(168),
  tasks: textSchema.optional(),
});

/**
 * A row of the opbouwschema (see {@link opbouwschemaRowSchema}).
 *
 * @example
 * ```ts
 * const value: OpbouwschemaRow = opbouwschemaRowSchema.parse(input);
 * ```
 * @category Document content
 */
export type OpbouwschemaRow = z.infer<typeof opbouwschemaRowSchema>;
