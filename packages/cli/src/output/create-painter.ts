import { styleText } from 'node:util';

/**
 * A text style of `util.styleText`, such as `'red'` or `['bold', 'green']`.
 *
 * @example
 * ```ts
 * const overdue: Style = ['bold', 'red'];
 * ```
 * @category Output
 */
export type Style = Parameters<typeof styleText>[0];

/**
 * Wraps text in a style, or returns it unchanged when colour is off.
 *
 * @example
 * ```ts
 * const paint: Painter = createPainter(useColour(io, 'stdout'));
 * paint('green', 'gedaan');
 * ```
 * @category Output
 */
export type Painter = (style: Style, text: string) => string;

/**
 * Makes the function that colours text, once the decision on colour is made (see
 * {@link useColour}). `styleText`'s own stream check is bypassed: the decision is ours.
 *
 * @param enabled - Whether escape codes may be written.
 * @returns A painter; with `enabled` false it returns the text as is.
 * @example
 * ```ts
 * createPainter(true)('red', 'te laat'); // '\u001b[31mte laat\u001b[39m'
 * createPainter(false)('red', 'te laat'); // 'te laat'
 * ```
 * @category Output
 */
export function createPainter(enabled: boolean): Painter {
  return enabled
    ? (style, text) => styleText(style, text, { validateStream: false })
    : (_style, text) => text;
}
