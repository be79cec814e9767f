import * as z from 'zod';
import { textSchema } from '../fields/text-schema.js';

/**
 * The probleemanalyse summarised in functional terms: what the employee cannot and can do, and
 * the expected course and duration of work resumption. There is no place for a diagnosis.
 *
 * @example
 * ```ts
 * functionalSummarySchema.parse({
 *   limitations: ['Niet langer dan 1 uur achtereen staan'],
 *   possibilities: ['Zittend werk, 4 uur per dag'],
 *   expectedCourse: 'Geleidelijke opbouw naar eigen werk.',
 *   expectedDuration: 'Naar verwachting 3 tot 4 maanden.',
 * });
 * ```
 * @category Document content
 * @see Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2; AP Beleidsregels "De zieke werknemer" (BWBR0037896)
 */
export const functionalSummarySchema = z.strictObject({
  limitations: z.array(textSchema).default([]),
  possibilities: z.array(textSchema).default([]),
  expectedCourse: textSchema.optional(),
  expectedDuration: textSchema.optional(),
});

/**
 * The functional summary of a probleemanalyse (see {@link functionalSummarySchema}).
 *
 * @example
 * ```ts
 * const value: FunctionalSummary = functionalSummarySchema.parse(input);
 * ```
 * @category Document content
 */
export type FunctionalSummary = z.infer<typeof functionalSummarySchema>;
