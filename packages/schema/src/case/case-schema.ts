import { validateCaseInput } from '@poortwachter/core';
import * as z from 'zod';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';
import type { MessageParams } from '../messages/message-params.js';
import { bedrijfsartsSchema } from '../parties/bedrijfsarts-schema.js';
import { casemanagerSchema } from '../parties/casemanager-schema.js';
import { employeeSchema } from '../parties/employee-schema.js';
import { employerSchema } from '../parties/employer-schema.js';
import { caseEventSchema } from './case-event-schema.js';
import { leavePeriodSchema } from './leave-period-schema.js';
import { ruleOptionsSchema } from './rule-options-schema.js';
import { sickPeriodSchema } from './sick-period-schema.js';
import { spoor2Schema } from './spoor2-schema.js';

/**
 * The case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1}): only `sickPeriods` (at least one) is required; every object is
 * strict, so an unknown key (a `diagnose`, say) is an error and no health data fits anywhere.
 * Once the shape is right, core's `validateCaseInput` checks across fields: periods that overlap,
 * end before they start or are open while not the latest, and leave that overlaps sickness; its
 * issues keep their codes (`period/overlap`, …), paths and Dutch and English messages.
 * Parse with {@link parseCase} for messages in Dutch or English.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#sick-periods | docs/rules.md ("Sick periods", "Leave")}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5}
 * @example
 * ```ts
 * const result = caseSchema.safeParse(
 *   { sickPeriods: [{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-03-20' }] },
 *   { error: errorMap('nl') },
 * );
 * result.success; // true
 * ```
 * @category Case file
 */
export const caseSchema = described(
  z
    .strictObject({
      $schema: described(
        z.string(),
        'Verwijzing naar dit JSON Schema, voor editors.',
        'Reference to this JSON Schema, for editors.',
      ).optional(),
      externalRef: described(
        textSchema,
        'Eigen kenmerk van het dossier, bijvoorbeeld uit het HR-systeem.',
        "The case's own reference, e.g. from the HR system.",
      ).optional(),
      groups: described(
        z.record(z.string(), z.string()),
        'Vrije groeperingen (zoals afdeling) voor overzichten; nooit medische gegevens.',
        'Free-form groupings (such as department) for portfolio views; never medical data.',
      ).optional(),
      employee: employeeSchema.optional(),
      employer: employerSchema.optional(),
      bedrijfsarts: bedrijfsartsSchema.optional(),
      casemanager: casemanagerSchema.optional(),
      sickPeriods: described(
        z.array(sickPeriodSchema).min(1),
        'De ziekteperioden (minstens één); een gat korter dan 4 weken telt samen.',
        'The sick periods (at least one); a gap of less than 4 weeks adds them together.',
      ),
      leavePeriods: described(
        z.array(leavePeriodSchema),
        'Perioden van zwangerschaps- en bevallingsverlof.',
        'Periods of pregnancy and childbirth leave.',
      ).optional(),
      events: described(
        z.array(caseEventSchema),
        'De vastgelegde gebeurtenissen van het dossier.',
        'The recorded events of the case.',
      ).optional(),
      options: ruleOptionsSchema.optional(),
      spoor2: spoor2Schema.optional(),
    })
    .superRefine(
      (value, ctx) => {
        for (const issue of validateCaseInput(value)) {
          const params: MessageParams = { code: issue.code, message: issue.message };
          ctx.addIssue({ code: 'custom', path: issue.path, params });
        }
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  'Een verzuimdossier voor de Wet verbetering poortwachter (geen medische gegevens).',
  'A sick-leave case file for the Wet verbetering poortwachter (no medical data).',
  { title: 'Poortwachter-dossier (case file)' },
);

/**
 * A parsed case file: the type inferred from {@link caseSchema}. It satisfies core's
 * `CaseInput`, so it can be passed to `computeTimeline` and `checkCase` as it is.
 *
 * @example
 * ```ts
 * import { computeTimeline } from '@poortwachter/core';
 *
 * const result = parseCase(input);
 * if (result.success) {
 *   const c: Case = result.data;
 *   computeTimeline(c, { asOf: '2025-09-01' });
 * }
 * ```
 * @category Case file
 */
export type Case = z.infer<typeof caseSchema>;
