/**
 * Words and phrases that contain a medical term of {@link MEDICAL_TERMS} but say nothing
 * medical: a hit that lies inside one of them is no hit. Written and matched like the terms
 * (whole words, case and diacritics ignored, an ending on the last word).
 *
 * - Occupational health and reintegration, which is not treatment: `arbeidstherapie` (working on
 *   a therapeutic basis), `bedrijfsfysiotherapeut`, `arbeidspsycholoog`, `loopbaanpsycholoog`.
 * - Complaints as a task or a procedure: `klantklachten`, `afhandelen van klachten`,
 *   `klachten over …`, `aanklacht`, `tuchtklacht`.
 * - An institution as an employer in spoor 2: `ggz-instelling`.
 * - Other words that end in a term: `boomchirurg` (a tree surgeon), `verkeersinfarct`,
 *   `dokteren` (to tinker), the ignition of an engine (`vonkontsteking`), and first names and
 *   surnames ending in `-pijn` (`Crispijn`, `Turpijn`).
 *
 * @example
 * ```ts
 * NON_MEDICAL_PHRASES.includes('arbeidstherapie'); // true
 * ```
 * @category Privacy
 */
export const NON_MEDICAL_PHRASES: readonly string[] = [
  'arbeidstherapie',
  'arbeidstherapeut',
  'arbeidsrevalidatie',
  'bedrijfsfysiotherapeut',
  'arbeidspsycholoog',
  'bedrijfspsycholoog',
  'loopbaanpsycholoog',
  'organisatiepsycholoog',
  'klantklacht',
  'klantklachten',
  'consumentenklachten',
  'onderhoudsklachten',
  'discriminatieklachten',
  'tuchtklachten',
  'strafklachten',
  'milieuklachten',
  'bezorgklachten',
  'motiveringsklachten',
  'aanklachten',
  'afhandelen van klachten',
  'afhandeling van klachten',
  'behandelen van klachten',
  'behandeling van klachten',
  'klachten afhandelen',
  'klachten behandelen',
  'klachten van klanten',
  'klachten over',
  'klachtenregeling',
  'ggz-instelling',
  'ggz instelling',
  'preventief medisch onderzoek',
  'boomchirurg',
  'verkeersinfarct',
  'dokteren',
  'batterijontsteking',
  'vonkontsteking',
  'voorontsteking',
  'stokanker',
  'crispijn',
  'chrispijn',
  'krispijn',
  'filipijn',
  'filipijnen',
  'turpijn',
];
