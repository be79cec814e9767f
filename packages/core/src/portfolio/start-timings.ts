import type { LocalizedText } from '../types.js';

/**
 * How a start timing is recognised; the first row of {@link START_TIMINGS} whose test holds wins:
 * - `sick-week-below`: spoor 2 started in a sick week below `week`;
 * - `by-latest-start`: it started on or before the latest start (the `start-spoor-2` due date),
 *   or that date is not reached;
 * - `otherwise`: always.
 *
 * @example
 * ```ts
 * const test: StartTimingTest = { type: 'sick-week-below', week: 52 };
 * ```
 * @category Portfolio
 */
export type StartTimingTest =
  | { readonly type: 'sick-week-below'; readonly week: number }
  | { readonly type: 'by-latest-start' }
  | { readonly type: 'otherwise' };

/**
 * One start timing of spoor 2: its id, label, definition in words and test.
 *
 * @example
 * ```ts
 * const row: StartTimingRow = START_TIMINGS[0];
 * ```
 * @category Portfolio
 */
export interface StartTimingRow {
  readonly id: string;
  readonly label: LocalizedText;
  readonly definition: LocalizedText;
  readonly test: StartTimingTest;
}

/**
 * When spoor 2 started, against the rules (docs/guides/portfolio.md, "Spoor 2"): `early` before
 * sick week 52 (in the first year, before the eerstejaarsevaluatie is due), `at-deadline` from
 * week 52 up to the latest start of the `start-spoor-2` milestone (the earlier of the
 * eerstejaarsevaluatie + 42 days and sick day 406, end of week 58), `late` after it. The sick
 * week is counted in sick days of the latest chain (week k = sick days 7k−6 … 7k).
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md | docs/rules.md} ("Tracks", `start-spoor-2`)
 * @example
 * ```ts
 * START_TIMINGS.map((t) => t.id); // ['early', 'at-deadline', 'late']
 * ```
 * @category Portfolio
 */
export const START_TIMINGS = [
  {
    id: 'early',
    label: { nl: 'Vroeg', en: 'Early' },
    definition: { nl: 'Gestart vóór ziekteweek 52.', en: 'Started before sick week 52.' },
    test: { type: 'sick-week-below', week: 52 },
  },
  {
    id: 'at-deadline',
    label: { nl: 'Rond de termijn', en: 'At the deadline' },
    definition: {
      nl: 'Gestart vanaf week 52, uiterlijk op de laatste startdatum van spoor 2.',
      en: 'Started from week 52, by the latest start date of track 2.',
    },
    test: { type: 'by-latest-start' },
  },
  {
    id: 'late',
    label: { nl: 'Te laat', en: 'Late' },
    definition: {
      nl: 'Gestart na de laatste startdatum van spoor 2.',
      en: 'Started after the latest start date of track 2.',
    },
    test: { type: 'otherwise' },
  },
] as const satisfies readonly StartTimingRow[];

/**
 * The id of a start timing: a closed union derived from {@link START_TIMINGS}.
 *
 * @example
 * ```ts
 * const timing: StartTiming = 'at-deadline';
 * ```
 * @category Portfolio
 */
export type StartTiming = (typeof START_TIMINGS)[number]['id'];

/**
 * The start timing of a start of spoor 2: the first row of {@link START_TIMINGS} whose test holds.
 *
 * @param week - The sick week the start falls in.
 * @param start - The day number of the start.
 * @param latestStart - The day number of the latest start, or `null` when not reached.
 * @returns The timing.
 * @internal
 */
export function startTimingOf(
  week: number,
  start: number,
  latestStart: number | null,
): StartTiming {
  for (const row of START_TIMINGS as readonly (StartTimingRow & { id: StartTiming })[]) {
    const { test } = row;
    switch (test.type) {
      case 'sick-week-below':
        if (week < test.week) return row.id;
        break;
      case 'by-latest-start':
        if (latestStart === null || start <= latestStart) return row.id;
        break;
      case 'otherwise':
        return row.id;
    }
  }
  throw new RangeError('START_TIMINGS has no row for every start');
}
