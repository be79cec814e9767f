import { z } from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';

/**
 * The engine's rule options (core's `RuleOptions`): the open readings of the rules, each with a
 * default, so every field is optional. Unknown keys are errors.
 *
 * @see poortwachter-rules.md §6; Algemene termijnenwet (BWBR0002448) art. 3 (working days)
 * @example
 * ```ts
 * ruleOptionsSchema.parse({
 *   probleemanalyseDeadline: 'six-weeks-after-d1',
 *   workingDays: { base: 'atw', nonWorkingDays: ['2025-05-30'] },
 *   dueSoonDays: 21,
 * });
 * ```
 * @category Case file
 */
export const ruleOptionsSchema = described(
  z.strictObject({
    probleemanalyseDeadline: described(
      z.enum(['week-6', 'six-weeks-after-d1']),
      'Termijn probleemanalyse: week-6 (standaard, sd(42)) of six-weeks-after-d1 (sd(43)).',
      'Problem analysis deadline: week-6 (default, sd(42)) or six-weeks-after-d1 (sd(43)).',
    ).optional(),
    processDeadlines: described(
      z.enum(['sick-days', 'calendar']),
      'Procestermijnen in ziektedagen (standaard) of in kalenderdagen vanaf de eerste ziektedag.',
      'Process deadlines in sick days (default) or in calendar days from the first sick day.',
    ).optional(),
    leaveAndGaps: described(
      z.enum(['statute', 'exclude-leave-days']),
      'Verlof en de 4-wekengrens: statute (standaard) of exclude-leave-days.',
      'Leave and the 4-week gap: statute (default) or exclude-leave-days.',
    ).optional(),
    wiaInformatiebrief: described(
      z.enum(['week-88', 'week-89']),
      'WIA-informatiebrief na 88 (standaard) of 89 weken.',
      'WIA information letter after 88 (default) or 89 weeks.',
    ).optional(),
    startSpoor2: described(
      z.enum(['werkwijzer', 'one-year']),
      'Uiterste start spoor 2: werkwijzer (standaard) of one-year.',
      'Latest start of spoor 2: werkwijzer (default) or one-year.',
    ).optional(),
    vervroegdeIvaWindowStart: described(
      z.enum(['after-3-weeks', 'after-13-weeks']),
      'Begin van het venster voor een vervroegde IVA-aanvraag.',
      'Start of the window for an early IVA application.',
    ).optional(),
    weekendDeadlines: described(
      z.enum(['unchanged', 'roll-to-working-day']),
      'Termijnen in het weekend of op een feestdag: unchanged (standaard) of roll-to-working-day.',
      'Deadlines on a weekend or holiday: unchanged (default) or roll-to-working-day.',
    ).optional(),
    workingDays: described(
      z.strictObject({
        base: described(
          z.enum(['atw', 'weekends-only']),
          'atw (standaard): de Algemene termijnenwet; weekends-only: alleen zaterdag en zondag.',
          'atw (default): the Algemene termijnenwet list; weekends-only: Saturdays and Sundays only.',
        ).optional(),
        nonWorkingDays: described(
          z.array(isoDateSchema),
          'Extra niet-werkdagen (JJJJ-MM-DD).',
          'Additional non-working days (YYYY-MM-DD).',
        ).optional(),
      }),
      'De werkdagenkalender voor de 42e-weekmelding.',
      'The working-day calendar for the 42-week report.',
    ).optional(),
    dueSoonDays: described(
      z.number().int().min(0),
      'Aantal dagen voor de termijn waarop een mijlpaal "binnenkort" wordt. Standaard 14.',
      'Days before the due date from which a milestone is due soon. Default 14.',
    ).optional(),
  }),
  'Regelopties: de open lezingen van de regels.',
  'Rule options: the open readings of the rules.',
);
