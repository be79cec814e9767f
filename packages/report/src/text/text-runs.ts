import { type IRunPropertiesOptions, Tab, TextRun } from 'docx';
import { sanitizeText } from './sanitize-text.js';

/**
 * Turns user text into docx runs that keep its layout: what a Word file cannot hold is taken out
 * (control characters, U+FFFE/U+FFFF, lone surrogates), bidi overrides left open are closed,
 * every line after the first starts with a line break and every tab becomes a tab element (docx
 * would otherwise write them raw and Word would collapse them). Nothing else changes.
 *
 * @param text - Any string, possibly with newlines and tabs.
 * @param style - Run formatting (bold, size, colour, …) applied to every run.
 * @returns One `TextRun` per line.
 * @example
 * ```ts
 * import { Paragraph } from 'docx';
 *
 * new Paragraph({ children: textRuns('Eerste regel\nTweede\tregel', { bold: true }) });
 * ```
 * @category Text
 */
export function textRuns(text: string, style: IRunPropertiesOptions = {}): TextRun[] {
  return sanitizeText(text)
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({
          ...style,
          ...(index > 0 ? { break: 1 } : {}),
          children: line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part])),
        }),
    );
}
