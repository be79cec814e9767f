import type { LocalizedText } from '../types.js';

/**
 * One bin of the applications a week of spoor-2 trajectories: rates below `below` (and at or
 * above the previous bin's bound) fall in it; `null` is no upper bound.
 *
 * @example
 * ```ts
 * const bin: ApplicationsPerWeekBin = { id: 'under-1', below: 1, label: { nl: 'Minder dan 1', en: 'Fewer than 1' } };
 * ```
 * @category Portfolio
 */
export interface ApplicationsPerWeekBin {
  readonly id: string;
  readonly below: number | null;
  readonly label: LocalizedText;
}

/**
 * The bins of the applications a week over the mediation period (`assessSpoor2`'s
 * `applicationsPerWeek`), around UWV practice of 1 to 3 applications a week by the distance to
 * the labour market.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7} (`spoor-2/few-applications`)
 * @example
 * ```ts
 * APPLICATIONS_PER_WEEK_BINS.map((b) => b.id); // ['under-1', '1-to-2', '2-to-3', '3-or-more']
 * ```
 * @category Portfolio
 */
export const APPLICATIONS_PER_WEEK_BINS = [
  { id: 'under-1', below: 1, label: { nl: 'Minder dan 1', en: 'Fewer than 1' } },
  { id: '1-to-2', below: 2, label: { nl: '1 tot 2', en: '1 to 2' } },
  { id: '2-to-3', below: 3, label: { nl: '2 tot 3', en: '2 to 3' } },
  { id: '3-or-more', below: null, label: { nl: '3 of meer', en: '3 or more' } },
] as const satisfies readonly ApplicationsPerWeekBin[];

/**
 * The id of a bin of {@link APPLICATIONS_PER_WEEK_BINS}.
 *
 * @example
 * ```ts
 * const bin: ApplicationsPerWeekBinId = '1-to-2';
 * ```
 * @category Portfolio
 */
export type ApplicationsPerWeekBinId = (typeof APPLICATIONS_PER_WEEK_BINS)[number]['id'];

/**
 * The bin of a rate given in hundredths of an application a week (exact integers).
 *
 * @param hundredths - The rate × 100.
 * @returns The bin's id.
 * @internal
 */
export function applicationsBinOf(hundredths: number): ApplicationsPerWeekBinId {
  const bins = APPLICATIONS_PER_WEEK_BINS as readonly ApplicationsPerWeekBin[];
  const bin = bins.find((b) => b.below === null || hundredths < b.below * 100) ?? bins.at(-1)!;
  return bin.id as ApplicationsPerWeekBinId;
}
