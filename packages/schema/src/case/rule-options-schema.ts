import {
  OPTION_RULES,
  type OptionRule,
  type OptionValue,
  type RuleOptionName,
  SPOOR2_THRESHOLDS,
  type Spoor2Options,
} from '@poortwachter/core';
import * as z from 'zod';
import { isoDateSchema } from '../fields/iso-date-schema.js';
import { described } from '../fields/schema-descriptions.js';

type ChoiceName = Extract<(typeof OPTION_RULES)[number], { kind: 'choice' }>['name'];

const rowOf = (name: RuleOptionName): OptionRule => OPTION_RULES.find((r) => r.name === name)!;

/** A choice option of core's option table: its values, the first the default, each described. */
function choice<N extends ChoiceName>(name: N) {
  const row = rowOf(name);
  const values = row.kind === 'choice' ? row.values : [];
  const list = values
    .map(
      (v, i) =>
        `${v.value}${i === 0 ? ' (standaard/default)' : ''}: ${v.description.nl} / ${v.description.en}`,
    )
    .join('; ');
  return described(
    z.enum(values.map((v) => v.value) as [OptionValue<N>, ...OptionValue<N>[]]),
    `${row.label.nl}. ${list}`,
    `${row.label.en}. Source: ${row.source}`,
  ).optional();
}

/** A spoor-2 threshold of core's finding table: a number at least its minimum, whole where needed. */
function threshold(option: keyof Spoor2Options) {
  const t = SPOOR2_THRESHOLDS[option];
  const n = (t.integer ? z.number().int() : z.number()).min(t.min);
  return described(n, `Standaard ${t.default}.`, `Default ${t.default}.`).optional();
}

const calendar = rowOf('workingDays');
const dueSoon = rowOf('dueSoonDays');

/**
 * The engine's rule options (core's `RuleOptions`), built from core's option table
 * (`OPTION_RULES`): the open readings of the rules, each with a default, so every field is
 * optional; and the spoor-2 thresholds (`spoor2`, from core's spoor-2 finding table). Unknown keys
 * are errors.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#6-open-readings | docs/rules.md ("Open readings")}; Algemene termijnenwet (BWBR0002448) art. 3 (working days)
 * @example
 * ```ts
 * ruleOptionsSchema.parse({
 *   probleemanalyseDeadline: 'six-weeks-after-d1',
 *   workingDays: { base: 'atw', nonWorkingDays: ['2025-05-30'] },
 *   dueSoonDays: 21,
 *   spoor2: { applicationsPerWeek: 2 },
 * });
 * ```
 * @category Case file
 */
export const ruleOptionsSchema = described(
  z.strictObject({
    probleemanalyseDeadline: choice('probleemanalyseDeadline'),
    processDeadlines: choice('processDeadlines'),
    leaveAndGaps: choice('leaveAndGaps'),
    wiaInformatiebrief: choice('wiaInformatiebrief'),
    startSpoor2: choice('startSpoor2'),
    vervroegdeIvaWindowStart: choice('vervroegdeIvaWindowStart'),
    weekendDeadlines: choice('weekendDeadlines'),
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
      `${calendar.label.nl}.`,
      `${calendar.label.en}. Source: ${calendar.source}`,
    ).optional(),
    dueSoonDays: described(
      z
        .number()
        .int()
        .min(dueSoon.kind === 'integer' ? dueSoon.min : 0),
      `${dueSoon.label.nl}. Standaard ${dueSoon.kind === 'integer' ? dueSoon.default : ''}.`,
      `${dueSoon.label.en}. Default ${dueSoon.kind === 'integer' ? dueSoon.default : ''}.`,
    ).optional(),
    spoor2: described(
      z.strictObject({
        intakeWithinDays: threshold('intakeWithinDays'),
        planWithinDays: threshold('planWithinDays'),
        minZoekprofielFunctions: threshold('minZoekprofielFunctions'),
        applicationsPerWeek: threshold('applicationsPerWeek'),
        applicationWindowDays: threshold('applicationWindowDays'),
        maxActivityGapDays: threshold('maxActivityGapDays'),
        reportEveryWeeks: threshold('reportEveryWeeks'),
        eindrapportageWithinDays: threshold('eindrapportageWithinDays'),
      }),
      'Drempels van de spoor-2-beoordeling; een in het trajectplan afgesproken waarde gaat voor.',
      'Thresholds of the spoor-2 assessment; a value agreed in the trajectplan wins.',
    ).optional(),
  }),
  'Regelopties: de open lezingen van de regels.',
  'Rule options: the open readings of the rules.',
);
