import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { textSchema } from '../fields/text-schema.js';
import { authorSchema } from '../parties/author-schema.js';
import { documentFields } from './document-fields.js';
import { rivPartSchema } from './riv-part-schema.js';
import { signatureSchema } from './signature-schema.js';

/**
 * The eindevaluatie section of a full re-integratieverslag: the state of reintegration at the WIA
 * application (based on the actueel oordeel), the judgement on the working relationship and on
 * suitable work at the employer, the employee's current work and earnings (`currentWork`: hours
 * per week, 0 when not working; gross wage per hour or month; since when) and the employer's
 * view of whether the result of the reintegration is sufficient (`resultSufficient`), dated, with
 * its authors, signed by employer and employee. The nature of the business comes from the case.
 *
 * @example
 * ```ts
 * eindevaluatieSchema.parse({
 *   date: '2025-10-14',
 *   authors: [{ name: 'P. de Boer', function: 'HR-adviseur' }],
 *   stateOfReintegration: 'Werknemer werkt 12 uur per week in aangepast werk.',
 * });
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const eindevaluatieSchema = z.strictObject({
  date: isoDateSchema.optional(),
  authors: z.array(authorSchema).default([]),
  stateOfReintegration: textSchema.optional(),
  workingRelationship: textSchema.optional(),
  suitableWorkAtEmployer: textSchema.optional(),
  currentWork: z
    .strictObject({
      description: textSchema.optional(),
      hoursPerWeek: z.number().min(0).max(168),
      wage: z.strictObject({ amount: z.number().min(0), per: z.enum(['uur', 'maand']) }).optional(),
      since: isoDateSchema.optional(),
    })
    .optional(),
  resultSufficient: z
    .strictObject({ sufficient: z.boolean(), motivation: textSchema.optional() })
    .optional(),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The employee's own view on the reintegration (*oordeel van de werknemer*), dated and signed by
 * the employee, whose name comes from the case.
 *
 * @example
 * ```ts
 * oordeelWerknemerSchema.parse({ date: '2025-10-16', view: 'Ik kan mij vinden in de eindevaluatie.', agreesWithEindevaluatie: true });
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 */
export const oordeelWerknemerSchema = z.strictObject({
  date: isoDateSchema.optional(),
  view: textSchema.optional(),
  agreesWithEindevaluatie: z.boolean().optional(),
  signatures: z.array(signatureSchema).default([]),
});

/**
 * The content of a re-integratieverslag (kind `re-integratieverslag`), the dossier for the WIA
 * application. `variant` is `volledig` (the full RIV) or `verkort` (the short RIV of the
 * Ziektewet, which holds the `currentStatus` and the employee's view). `parts` lists every part
 * (see {@link rivPartSchema}); `skills` go on the cover sheet with the function from the case.
 *
 * @example
 * ```ts
 * reIntegratieverslagContentSchema.parse({
 *   kind: 're-integratieverslag',
 *   case: 'case.json',
 *   date: '2025-10-20',
 *   variant: 'volledig',
 *   parts: [{ kind: 'plan-van-aanpak', contentFile: '01-plan-van-aanpak.json' }],
 * });
 * ```
 * @category Document content
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 and 2a; Wet WIA art. 64 lid 3
 */
export const reIntegratieverslagContentSchema = z.strictObject({
  kind: z.literal('re-integratieverslag'),
  ...documentFields,
  variant: z.enum(['volledig', 'verkort']),
  skills: z.array(textSchema).default([]),
  parts: z.array(rivPartSchema).default([]),
  currentStatus: textSchema.optional(),
  eindevaluatie: eindevaluatieSchema.optional(),
  oordeelWerknemer: oordeelWerknemerSchema.optional(),
});

/**
 * The content of a re-integratieverslag (see {@link reIntegratieverslagContentSchema}).
 *
 * @example
 * ```ts
 * const value: ReIntegratieverslagContent = reIntegratieverslagContentSchema.parse(input);
 * ```
 * @category Document content
 */
export type ReIntegratieverslagContent = z.infer<typeof reIntegratieverslagContentSchema>;

/**
 * The eindevaluatie section (see {@link eindevaluatieSchema}).
 *
 * @example
 * ```ts
 * const value: Eindevaluatie = eindevaluatieSchema.parse(input);
 * ```
 * @category Document content
 */
export type Eindevaluatie = z.infer<typeof eindevaluatieSchema>;

/**
 * The employee's view (see {@link oordeelWerknemerSchema}).
 *
 * @example
 * ```ts
 * const value: OordeelWerknemer = oordeelWerknemerSchema.parse(input);
 * ```
 * @category Document content
 */
export type OordeelWerknemer = z.infer<typeof oordeelWerknemerSchema>;
