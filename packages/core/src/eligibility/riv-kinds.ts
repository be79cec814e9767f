/**
 * One kind of re-integratieverslag at the end of employment during sickness, with the fewest sick
 * days of the chain (on the last day of employment) from which it is due.
 *
 * @example
 * ```ts
 * const row: RivKindRow = { kind: 'verkort', fromSickDays: 42 };
 * ```
 * @category Eligibility
 */
export interface RivKindRow {
  readonly kind: string;
  readonly fromSickDays: number;
}

/**
 * The re-integratieverslag due when employment ends during sickness, by the sick days of the
 * chain on the last day of employment, in ascending order: fewer than 42 none (`geen`), 42 to 69
 * the short RIV (`verkort`, also when full recovery is expected within 3 months), 70 or more the
 * full RIV (`volledig`, with the eindevaluatie done by the last day of employment). The employer
 * reports the end of employment to UWV by the last working day. {@link rivKind} reads it, and
 * {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#end-of-employment | docs/rules.md §3 ("End of employment")} is generated from it.
 *
 * @see Ziektewet art. 38a; Beleidsregels vorm- en herkenbaarheidsvereisten
 *   reïntegratieverslagen (BWBR0015184) art. 2a; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#end-of-employment | docs/rules.md §3 ("End of employment")}
 * @example
 * ```ts
 * RIV_KINDS.map((r) => `${r.kind} from ${r.fromSickDays}`); // ['geen from 0', 'verkort from 42', 'volledig from 70']
 * ```
 * @category Eligibility
 */
export const RIV_KINDS = [
  { kind: 'geen', fromSickDays: 0 },
  { kind: 'verkort', fromSickDays: 42 },
  { kind: 'volledig', fromSickDays: 70 },
] as const satisfies readonly RivKindRow[];

/**
 * The source of {@link RIV_KINDS}, for messages and documentation.
 *
 * @example
 * ```ts
 * console.log(`RIV at the end of employment: ${RIV_KINDS_SOURCE}`);
 * ```
 * @category Eligibility
 */
export const RIV_KINDS_SOURCE =
  'Ziektewet art. 38a; Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen, art. 2a';
