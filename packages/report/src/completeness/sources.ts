/**
 * The legal sources the completeness findings cite.
 *
 * @example
 * ```ts
 * SOURCES.rivForm; // 'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2'
 * ```
 * @category Completeness
 */
export const SOURCES = {
  rivForm:
    'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2',
  planVanAanpak:
    'Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; BW 7:658a lid 3',
  evaluation: 'BW 7:658a lid 3; UWV: ten minste elke zes weken',
  eerstejaarsevaluatie:
    'Regeling procesgang eerste en tweede ziektejaar (BWBR0013540); BW 7:658a lid 1',
  spoor2: 'BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) hoofdstuk 5',
} as const;
