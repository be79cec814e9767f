import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { PoortwachterInputError } from '../input/poortwachter-input-error.js';
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
 * @throws PoortwachterInputError when `lossPercent` is not a number from 0 to 100.
 * @see Wet WIA art. 4, 5; {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#aow-age | docs/rules.md ("AOW age")}
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
  if (typeof lossPercent !== 'number' || Number.isNaN(lossPercent))
    throw new PoortwachterInputError([
      { code: 'field/type', path: ['lossPercent'], message: INPUT_ISSUE_MESSAGES['field/type'] },
    ]);
  if (lossPercent < 0 || lossPercent > 100) {
    const code = lossPercent < 0 ? 'field/too-small' : 'field/too-big';
    throw new PoortwachterInputError([
      { code, path: ['lossPercent'], message: INPUT_ISSUE_MESSAGES[code] },
    ]);
  }
  if (lossPercent < 35) return '35-minner';
  return lossPercent >= 80 && durable ? 'iva' : 'wga';
}
