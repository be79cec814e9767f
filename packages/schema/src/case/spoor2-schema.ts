import { SPOOR2_AD_REPORT_STATUSES, validateSpoor2Input } from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import type { MessageParams } from '../messages/message-params.js';
import { spoor2LogActivitySchema } from './spoor2-log-activity-schema.js';
import { spoor2LogApplicationSchema } from './spoor2-log-application-schema.js';
import { spoor2OutcomeSchema } from './spoor2-outcome-schema.js';
import { spoor2PhaseRecordSchema } from './spoor2-phase-record-schema.js';
import { spoor2PlanSchema } from './spoor2-plan-schema.js';
import { spoor2ProviderSchema } from './spoor2-provider-schema.js';
import { spoor2ReportSchema } from './spoor2-report-schema.js';

/**
 * The `spoor2` section of a case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}): a spoor-2 trajectory with its referral
 * (the only required field), intake, the dates of the arbeidsdeskundig report and the functional
 * capacity (never their content), the trajectplan, the phases as they ran, the log of activities
 * and applications, the reports made, the outcome and the end. Every object is strict: nothing
 * medical fits anywhere. Once the shape is right, core's `validateSpoor2Input` checks across
 * fields: referral ≤ intake ≤ trajectplan, phases that end after they start and lie within the
 * trajectory, report numbers unique per kind; its issues keep their codes
 * (`spoor2/before-referral`, …), paths and Dutch and English messages.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#5-privacy | docs/rules.md §5} and §7
 * @example
 * ```ts
 * spoor2Schema.parse({
 *   referral: '2025-02-10',
 *   intake: '2025-02-17',
 *   phases: [{ phase: 'intake', start: '2025-02-17', end: '2025-02-28' }],
 *   applications: [{ date: '2025-05-02', employer: 'Gemeente Utrecht', function: 'Receptionist', channel: 'vacaturesite', result: 'afgewezen' }],
 * });
 * ```
 * @category Case file
 */
export const spoor2Schema = described(
  z
    .strictObject({
      provider: spoor2ProviderSchema.optional(),
      referral: described(
        isoDateSchema,
        'Datum van aanmelding bij het re-integratiebedrijf.',
        'Date of referral to the provider.',
      ),
      intake: described(
        isoDateSchema.nullable(),
        'Datum van de intake; weglaten of null: nog niet.',
        'Date of the intake; omit or null: not yet.',
      ).optional(),
      adReport: described(
        z.strictObject({
          date: described(isoDateSchema, 'Datum van het rapport.', 'Date of the report.'),
          status: described(
            z.enum(SPOOR2_AD_REPORT_STATUSES),
            'concept of definitief.',
            'concept (draft) or definitief (final).',
          ),
        }),
        'Het arbeidsdeskundig rapport: alleen datum en status, nooit de inhoud.',
        "The labour expert's (arbeidsdeskundig) report: its date and status only, never its content.",
      ).optional(),
      capacityDate: described(
        isoDateSchema,
        'Datum van de functionele mogelijkheden (FML of IZP); nooit de inhoud.',
        'Date of the functional capacity assessment (FML or IZP); never its content.',
      ).optional(),
      plan: spoor2PlanSchema.optional(),
      phases: described(
        z.array(spoor2PhaseRecordSchema),
        'De fasen zoals ze liepen; ze mogen overlappen.',
        'The phases as they ran; they may overlap.',
      ).optional(),
      activities: described(
        z.array(spoor2LogActivitySchema),
        'Het logboek van activiteiten.',
        'The log of activities.',
      ).optional(),
      applications: described(
        z.array(spoor2LogApplicationSchema),
        'Het logboek van sollicitaties.',
        'The log of applications.',
      ).optional(),
      reports: described(
        z.array(spoor2ReportSchema),
        'De gemaakte rapporten (trajectplan, voortgang, eind).',
        'The reports made (trajectplan, progress, final).',
      ).optional(),
      outcome: spoor2OutcomeSchema.optional(),
      end: described(
        isoDateSchema.nullable(),
        'Laatste dag van het traject; weglaten of null: loopt nog.',
        'Last day of the trajectory; omit or null: still running.',
      ).optional(),
    })
    .superRefine(
      (value, ctx) => {
        for (const issue of validateSpoor2Input(value)) {
          const params: MessageParams = { code: issue.code, message: issue.message };
          ctx.addIssue({ code: 'custom', path: issue.path.slice(1), params });
        }
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  'Een spoor-2-traject: aanmelding, intake, trajectplan, fasen, logboek, rapporten en resultaat (geen medische gegevens).',
  'A spoor-2 trajectory: referral, intake, trajectplan, phases, log, reports and outcome (no medical data).',
);
