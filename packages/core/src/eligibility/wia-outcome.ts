/**
 * The WIA outcome class.
 *
 * @example
 * ```ts
 * const outcome: WiaOutcome = wiaOutcome(60, true); // 'wga'
 * ```
 * @category Eligibility
 */
export type WiaOutcome = '35-minner' | 'wga' | 'iva';

/**
 * The WIA outcome class by loss of earning capacity: below 35% no WIA benefit ("35-minner");
 * 35% up to 80% WGA; 80% or more and durable IVA; 80% or more and not durable WGA.
 *
 * @param lossPercent - Loss of earning capacity in percent (0–100).
 * @param durable - Whether the incapacity is durable (*duurzaam*).
 * @returns The class.
 * @throws RangeError when `lossPercent` is outside 0–100.
 * @see Wet WIA art. 4, 5; poortwachter-rules.md §3
 * @example
 * ```ts
 * wiaOutcome(30, true); // '35-minner'
 * wiaOutcome(60, true); // 'wga'
 * wiaOutcome(85, true); // 'iva'
 * wiaOutcome(85, false); // 'wga'
 * ```
 * @category Eligibility
 */
export function wiaOutcome(lossPercent: number, durable: boolean): WiaOutcome {
  if (!(lossPercent >= 0 && lossPercent <= 100))
    throw new RangeError('lossPercent must be between 0 and 100');
  if (lossPercent < 35) return '35-minner';
  return lossPercent >= 80 && durable ? 'iva' : 'wga';
}
