import { toIsoDate } from '../calendar/day-number.js';
import { type CaseContext, createCaseContext, firstEvent } from '../case/case-context.js';
import { sickDaysUpTo } from '../periods/sick-day-date.js';
import type { CaseInput, ComputeOptions, IsoDate } from '../types.js';
import { RIV_KINDS } from './riv-kinds.js';

/**
 * Which re-integratieverslag is due when employment ends during sickness.
 *
 * @example
 * ```ts
 * const kind: RivKind | undefined = rivKind(caseFile)?.kind; // 'geen' | 'verkort' | 'volledig'
 * ```
 * @category Eligibility
 */
export type RivKind = (typeof RIV_KINDS)[number]['kind'];

/**
 * The outcome of {@link rivKind}.
 *
 * @example
 * ```ts
 * const riv: RivKindResult | null = rivKind(caseFile);
 * if (riv?.kind === 'volledig') console.log(`Full RIV: ${riv.sickDays} sick days`);
 * ```
 * @category Eligibility
 */
export interface RivKindResult {
  kind: RivKind;
  /** The last day of employment (the `einde-dienstverband` event). */
  lastDayOfEmployment: IsoDate;
  /** Sick days of the chain on that day. */
  sickDays: number;
}

/**
 * The re-integratieverslag required when employment ends during sickness, by the sick days of
 * the chain on the last day of employment ({@link RIV_KINDS}): fewer than 42 none; 42 to 69 the short RIV (also when
 * full recovery is expected within 3 months); 70 or more the full RIV (eindevaluatie done by the
 * last day of employment). The employer reports to UWV on the last working day. `null` when no
 * `einde-dienstverband` event is recorded in the current chain.
 *
 * @param input - The case.
 * @param options - Rule options.
 * @returns The kind of RIV with the counted sick days, or `null`.
 * @see Ziektewet art. 38a; Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2a; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#end-of-employment | docs/rules.md ("End of employment")}
 * @example
 * ```ts
 * rivKind({
 *   sickPeriods: [{ start: '2025-01-06' }],
 *   events: [{ type: 'einde-dienstverband', date: '2025-02-28' }],
 * }); // { kind: 'verkort', lastDayOfEmployment: '2025-02-28', sickDays: 54 }
 * ```
 * @category Eligibility
 */
export function rivKind(input: CaseInput, options: ComputeOptions = {}): RivKindResult | null {
  return rivKindOf(createCaseContext(input, { asOf: '1970-01-01', ...options }));
}

/** {@link rivKind} for an already derived case context. */
export function rivKindOf(ctx: CaseContext): RivKindResult | null {
  const end = firstEvent(ctx, 'einde-dienstverband');
  if (!end) return null;
  const sickDays = sickDaysUpTo(ctx.chain, end.day);
  let kind: RivKind = RIV_KINDS[0].kind;
  for (const row of RIV_KINDS) if (sickDays >= row.fromSickDays) kind = row.kind;
  return { kind, lastDayOfEmployment: toIsoDate(end.day), sickDays };
}
