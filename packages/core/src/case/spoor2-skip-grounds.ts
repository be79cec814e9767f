import type { LocalizedText } from '../types.js';

/**
 * One ground on which spoor 2 may be skipped.
 *
 * @example
 * ```ts
 * const row: Spoor2SkipGroundRow = SPOOR2_SKIP_GROUNDS[0];
 * ```
 * @category Tracks
 */
export interface Spoor2SkipGroundRow {
  readonly ground: string;
  readonly label: LocalizedText;
  readonly source: string;
  /**
   * The ground holds only when the employee reaches AOW age at most this many days after the
   * last day of the waiting period; otherwise the finding `spoor-2-niet-nodig/aow-ground`.
   */
  readonly aowWithinDaysAfterWaitingPeriod?: number;
}

/**
 * The grounds on which spoor 2 may be skipped, recorded as a `spoor-2-niet-nodig` event with a
 * required motivation ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#tracks | docs/rules.md, "Tracks"}).
 *
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter, hoofdstuk 5; UWV Werkwijzer Poortwachter §4.3
 * @example
 * ```ts
 * SPOOR2_SKIP_GROUNDS.map((g) => g.ground);
 * // ['terugkeer-binnen-3-maanden', 'marginale-mogelijkheden', 'geen-benutbare-mogelijkheden', 'aow-binnen-jaar-na-wachttijd']
 * ```
 * @category Tracks
 */
export const SPOOR2_SKIP_GROUNDS = [
  {
    ground: 'terugkeer-binnen-3-maanden',
    label: {
      nl: 'Concreet uitzicht op structurele terugkeer bij de eigen werkgever binnen ongeveer 3 maanden',
      en: 'Concrete prospect of structural return at the own employer within about 3 months',
    },
    source: 'UWV Werkwijzer Poortwachter §4.3',
  },
  {
    ground: 'marginale-mogelijkheden',
    label: { nl: 'Blijvend marginale mogelijkheden', en: 'Lasting marginal possibilities' },
    source: 'UWV Werkwijzer Poortwachter §4.3',
  },
  {
    ground: 'geen-benutbare-mogelijkheden',
    label: {
      nl: 'Geen benutbare mogelijkheden volgens de bedrijfsarts',
      en: 'No usable possibilities according to the company doctor',
    },
    source: 'UWV Werkwijzer Poortwachter §4.3',
  },
  {
    ground: 'aow-binnen-jaar-na-wachttijd',
    label: {
      nl: 'AOW-leeftijd binnen een jaar na de wachttijd, en beiden eens',
      en: 'AOW age within a year after the waiting period, and both agree',
    },
    source: 'UWV Werkwijzer Poortwachter §4.3',
    aowWithinDaysAfterWaitingPeriod: 365,
  },
] as const satisfies readonly Spoor2SkipGroundRow[];
