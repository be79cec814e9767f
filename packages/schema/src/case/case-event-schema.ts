import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';
import { textSchema } from '../fields/text-schema.js';
import { spoor2SkipGroundSchema } from './spoor2-skip-ground-schema.js';

const date = described(isoDateSchema, 'Datum van de gebeurtenis.', 'Date of the event.');
const motivation = described(
  textSchema,
  'Motivering, bijvoorbeeld waarom een stap later is gezet.',
  'Motivation, e.g. why a step was taken late.',
);

/** An event that carries only its type, date and an optional motivation. */
const event = <T extends string>(type: T, nl: string, en: string) =>
  described(
    z.strictObject({ type: z.literal(type), date, motivation: motivation.optional() }),
    nl,
    en,
  );

/**
 * A recorded event of a case, discriminated on `type` ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1}). Every event has a `date`
 * and may carry a `motivation`; `spoor-2-niet-nodig` requires a `ground` and a `motivation`,
 * `vrijwillige-verlenging` a whole number of `weeks` (≥ 1) and `loonsanctie` 1 to 52 `weeks`. An
 * unknown type is reported with the list of allowed types.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1}; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#1-milestones | docs/rules.md §1} (milestones), {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#skip-grounds | docs/rules.md ("Skip grounds")}; Wet WIA art. 24
 * (vrijwillige verlenging) and art. 25 lid 9 (loonsanctie)
 * @example
 * ```ts
 * caseEventSchema.parse({ type: 'probleemanalyse', date: '2025-02-14' });
 * caseEventSchema.parse({
 *   type: 'spoor-2-niet-nodig', date: '2025-12-01', ground: 'terugkeer-binnen-3-maanden',
 *   motivation: 'Volledige terugkeer in eigen werk verwacht per februari.',
 * });
 * ```
 * @category Case file
 */
export const caseEventSchema = z.discriminatedUnion('type', [
  event(
    'ziekmelding-bedrijfsarts',
    'Ziekmelding bij de bedrijfsarts of arbodienst.',
    'Sickness reported to the bedrijfsarts or health service.',
  ),
  event(
    'probleemanalyse',
    'Probleemanalyse van de bedrijfsarts.',
    'Problem analysis by the bedrijfsarts.',
  ),
  event(
    'plan-van-aanpak',
    'Plan van aanpak opgesteld.',
    'Plan of action (plan van aanpak) agreed.',
  ),
  event(
    'evaluatie',
    'Evaluatie (bijstelling) van het plan van aanpak.',
    'Evaluation (revision) of the plan of action.',
  ),
  event('ziekmelding-uwv', '42e-weekmelding aan UWV.', '42-week sickness report to UWV.'),
  event('eerstejaarsevaluatie', 'Eerstejaarsevaluatie.', 'First-year evaluation.'),
  event('start-spoor-2', 'Start van spoor 2.', 'Start of spoor 2 (work with another employer).'),
  described(
    z.strictObject({
      type: z.literal('spoor-2-niet-nodig'),
      date,
      ground: spoor2SkipGroundSchema,
      motivation,
    }),
    'Besluit dat spoor 2 niet nodig is, met grond en motivering.',
    'Decision that spoor 2 is not needed, with ground and motivation.',
  ),
  event('vervroegde-iva-aanvraag', 'Vervroegde IVA-aanvraag.', 'Early IVA application.'),
  event(
    'actueel-oordeel',
    'Actueel oordeel van de bedrijfsarts.',
    "The bedrijfsarts' current judgement.",
  ),
  event('eindevaluatie', 'Eindevaluatie.', 'Final evaluation.'),
  event('wia-aanvraag', 'WIA-aanvraag ingediend.', 'WIA application filed.'),
  described(
    z.strictObject({
      type: z.literal('vrijwillige-verlenging'),
      date,
      weeks: described(
        z.number().int().min(1),
        'Aantal weken verlenging.',
        'Number of weeks of extension.',
      ),
      motivation: motivation.optional(),
    }),
    'Vrijwillige verlenging van de wachttijd.',
    'Voluntary extension of the waiting period.',
  ),
  described(
    z.strictObject({
      type: z.literal('loonsanctie'),
      date,
      weeks: described(
        z.number().int().min(1).max(52),
        'Aantal weken loonsanctie (hoogstens 52).',
        'Number of weeks of wage sanction (at most 52).',
      ),
      motivation: motivation.optional(),
    }),
    'Loonsanctie opgelegd door UWV.',
    'Wage sanction imposed by UWV.',
  ),
  event(
    'bekortingsbesluit',
    'Besluit van UWV dat de loonsanctie bekort.',
    'UWV decision shortening the wage sanction.',
  ),
  event('einde-dienstverband', 'Einde van het dienstverband.', 'End of employment.'),
]);
