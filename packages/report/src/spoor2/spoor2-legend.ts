/**
 * The abbreviations the spoor-2 reports use themselves, explained in every trajectplan; a content
 * file's `legend` adds its own (and may word one of these differently).
 *
 * @example
 * ```ts
 * SPOOR2_LEGEND.find((l) => l.abbreviation === 'FML')?.meaning; // 'Functionele mogelijkhedenlijst'
 * ```
 * @category Spoor 2 reports
 */
export const SPOOR2_LEGEND: readonly { abbreviation: string; meaning: string }[] = [
  { abbreviation: 'AD', meaning: 'Arbeidsdeskundige' },
  { abbreviation: 'BSN', meaning: 'Burgerservicenummer' },
  { abbreviation: 'FML', meaning: 'Functionele mogelijkhedenlijst' },
  { abbreviation: 'IZP', meaning: 'Inzetbaarheidsprofiel' },
  { abbreviation: 'UWV', meaning: 'Uitvoeringsinstituut Werknemersverzekeringen' },
  { abbreviation: 'WIA', meaning: 'Wet werk en inkomen naar arbeidsvermogen' },
];
