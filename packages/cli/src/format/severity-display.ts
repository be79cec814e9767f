import type { LocalizedText, Severity } from '@poortwachter/core';
import type { Style } from '../output/create-painter.js';

/**
 * How each finding severity (contract.md §4) reads in text output, and its colour.
 *
 * @example
 * ```ts
 * SEVERITY_DISPLAY.error.label.nl; // 'fout'
 * ```
 * @category Output
 */
export const SEVERITY_DISPLAY: Record<Severity, { label: LocalizedText; style: Style }> = {
  error: { label: { nl: 'fout', en: 'error' }, style: ['bold', 'red'] },
  warning: { label: { nl: 'waarschuwing', en: 'warning' }, style: 'yellow' },
  info: { label: { nl: 'info', en: 'info' }, style: 'dim' },
};
